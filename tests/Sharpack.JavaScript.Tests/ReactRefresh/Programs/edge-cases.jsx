// Registrations react-refresh skips or finds by use, and signatures in odd places.
import { useState, memo } from "react";
export const NotComponent = 42;
export const FromRequire = requireLike("./x");
export const Curried = () => () => <p />;
const UsedInJsx = memo;
const WithTemplate = tag`x`;
function tag() { return () => <b />; }
export const Lazy = memo(Inner);
function Inner() { return <UsedInJsxUser />; }
function UsedInJsxUser() { return <WithTemplate />; }
function requireLike() { return null; }
export function App() {
  const value = useState(() => "lazy")[0];
  const [{ a }, set] = useState({ a: 1 });
  const Local = () => { useState(0); return null; };
  return <main>{value}{a}<Lazy /><Local /></main>;
}
export const Wrapped = memo(memo(() => { useState("deep"); return null; }));
let Reassigned = () => null;
Reassigned = () => { useState(); return null; };
