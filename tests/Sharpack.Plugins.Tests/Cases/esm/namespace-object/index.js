import * as ns from "./exports";

it("enumerates exactly the exports", () => {
  expect(Object.keys(ns).sort()).toEqual(["a", "b", "default"]);
  const seen = [];
  for (const key in ns) seen.push(key);
  expect(seen.sort()).toEqual(["a", "b", "default"]);
});

it("is tagged as a Module", () => {
  expect(ns[Symbol.toStringTag]).toBe("Module");
  expect(Object.prototype.toString.call(ns)).toBe("[object Module]");
});

it("is read-only", () => {
  expect(() => { ns.a = 2; }).toThrow(TypeError);
  expect(ns.a).toBe(1);
});

it("supports `in` and spreading", () => {
  expect("a" in ns).toBe(true);
  expect("missing" in ns).toBe(false);
  expect({ ...ns }).toEqual({ a: 1, b: 2, default: 3 });
});
