import * as ns from "./no-default";

it("has no default on the namespace of an ES module without one", () => {
  expect(ns.default).toBe(undefined);
  expect("default" in ns).toBe(false);
  expect(ns.only).toBe("only");
});
