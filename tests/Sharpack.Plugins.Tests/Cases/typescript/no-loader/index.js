// TypeScript and JSX with no loader and no rule: .ts, .tsx, .mts and .jsx files resolve without
// their extension and are transformed with the options of the nearest tsconfig.json (here the
// automatic JSX runtime from a local package).
import { Circle, Geometry, Kind } from "./shapes";
import { view } from "./view";
import { tree } from "./legacy";
import { next } from "./counter";

it("erases types and emits enums, namespaces and parameter properties", () => {
  expect(Kind.Square).toBe(2);
  expect(Kind[2]).toBe("Square");
  expect(Kind.Label).toBe("label");
  expect(Geometry.Deep.twice).toBe(4);
  const circle = new Circle(2, "c");
  // A parameter property is declared as a field before the class's other fields (TypeScript, useDefineForClassFields).
  expect(Object.keys(circle)).toEqual(["name", "size", "label", "kind"]);
  expect(circle.describe()).toBe("c:13");
});

it("renders .tsx with the runtime tsconfig.json names", () => {
  // JSX text decodes its entities (this runtime writes text as it is).
  expect(view([new Circle(1)])).toBe('<ul><li><span class="badge" data-label="Circle">circle:3</span></li>& more</ul>');
});

it("uses a .jsx file's @jsx pragma", () => {
  expect(tree).toEqual({ type: "div", props: { id: "root" }, children: [2, { type: "br", props: {}, children: [] }] });
});

it("builds .mts", () => {
  expect(next()).toBe(1);
  expect(next()).toBe(2);
});

it("bundles nothing of a module whose imports were all types", () => {
  const ids = Object.keys(__webpack_modules__);
  expect(ids.some((id) => id.includes("types"))).toBe(false);
  expect(ids.some((id) => id.includes("shapes"))).toBe(true);
});
