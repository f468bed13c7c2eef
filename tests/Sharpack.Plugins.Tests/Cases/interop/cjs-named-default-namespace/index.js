import def, { a, b } from "./cjs";
import * as ns from "./cjs";

it("imports module.exports as default and its properties as named exports", () => {
  expect(def).toEqual({ a: "a", b: "b" });
  expect(a).toBe("a");
  expect(b).toBe("b");
});

it("gives the namespace the named properties and default = module.exports", () => {
  expect(ns.a).toBe("a");
  expect(ns.default).toBe(def);
});
