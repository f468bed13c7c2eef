// builtin:swc-loader with Rspack's `detectSyntax: "auto"` and no jsc.parser: .ts is TypeScript,
// .tsx TypeScript with JSX, .jsx JavaScript with JSX, each told by its extension.
import { Badge } from "./badge";
import { List } from "./list";
import { size } from "./units";

it("reads each file's syntax from its extension", () => {
  expect(size(3)).toBe("3px");
  expect(Badge({ labels: ["new", "old"] })).toEqual({ type: "span", props: { style: "2em" }, children: ["new"] });
  expect(List({ items: ["a"] })).toEqual({ type: "ul", props: {}, children: [[{ type: "li", props: { key: "a" }, children: ["a"] }]] });
});
