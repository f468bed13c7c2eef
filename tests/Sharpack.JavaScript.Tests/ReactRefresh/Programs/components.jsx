import { useState, useEffect, useReducer, memo, forwardRef } from "react";
import * as React from "react";
import { useCustom, Hooks } from "./hooks.mjs";

export function App() {
  const [count, setCount] = useState(0);
  useEffect(() => {});
  useCustom();
  return <div>{count}<Arrow /><Memo /><Forwarded /><Styled /><Outer /></div>;
}
const Arrow = () => {
  const ref = React.useRef(null);
  const [state, dispatch] = useReducer((s) => s, { n: 1 });
  return <span>{state.n}</span>;
};
export const Memo = memo(() => {
  useState(1);
  return null;
});
const Forwarded = React.forwardRef(function Inner(props, ref) {
  Hooks.useShared();
  return <b ref={ref} />;
});
export default memo(function Named() { return <i />; });
const Styled = styled(() => <em />);
function styled(component) { return component; }
function notComponent() { return useState(2); }
const lower = () => {};
function useThing() {
  const [a] = useState();
  const b = useGlobalThing();
  return [a, b];
}
function Outer() {
  function Nested() { const [x] = useState("nested"); return x; }
  const cb = () => { useEffect(() => {}); };
  return <Nested />;
}
export const Concise = () => useState(5)[0];
