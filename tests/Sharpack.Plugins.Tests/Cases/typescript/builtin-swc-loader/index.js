// Rspack's builtin:swc-loader, with Rspack's options: TypeScript with JSX and the classic runtime
// (pragma and pragmaFrag), so an Rspack configuration builds unchanged.
import { app, typed } from "./app";

it("transforms with the loader's options", () => {
  expect(app).toEqual({ type: "#fragment", props: null, children: [{ type: "li", props: { class: "high" }, children: [["a"]] }, null] });
  expect(typed(3)).toEqual([3]);
});
