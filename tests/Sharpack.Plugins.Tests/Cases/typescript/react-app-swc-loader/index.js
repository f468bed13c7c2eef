// The React 19 + TypeScript app of typescript/react-app (its tests run here too), built by
// Rspack's builtin:swc-loader rules as an Rspack configuration writes them (automatic runtime,
// TypeScript with TSX, jsc.target es2017) instead of with no loader: the app's ES2020+ syntax is
// lowered and it renders the same.
import "../react-app/index.js";
import { Counter, Steps } from "../react-app/counter";

it("lowers the app's code to ES2017", () => {
  const code = Counter.toString() + Steps.toString();
  for (const syntax of ["?.", "??", "#by"]) expect(code).not.toContain(syntax);
  expect([new Steps().by, new Steps(10).by]).toEqual([1, 10]);
});
