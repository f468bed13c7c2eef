import * as ns from "./mod";

it("reads namespace members by computed key", () => {
  const key = "al" + "pha";
  expect(ns[key]).toBe(1);
  expect(Object.entries(ns).sort()).toEqual([["alpha", 1], ["beta", 2]]);
  expect(JSON.stringify(ns, Object.keys(ns).sort())).toBe('{"alpha":1,"beta":2}');
});

it("destructures the namespace", () => {
  const { alpha, ...rest } = ns;
  expect(alpha).toBe(1);
  expect(rest).toEqual({ beta: 2 });
});
