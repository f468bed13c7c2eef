import { a, b } from "./mod";
import def from "./mod";

it("expands shorthand properties that reference imports", () => {
  const obj = { a, b, def };
  expect(obj).toEqual({ a: "a", b: "b", def: "default" });
  expect(Object.keys(obj)).toEqual(["a", "b", "def"]);
});

it("expands shorthand properties in nested objects and arrays", () => {
  expect([{ nested: { a } }, { b }]).toEqual([{ nested: { a: "a" } }, { b: "b" }]);
});

it("keeps imported names as defaults in destructuring patterns", () => {
  const { x = a, y: { z = b } = {} } = {};
  expect(x).toBe("a");
  expect(z).toBe("b");
});
