import { Counter, big, sum } from "./modern";

it("bundles class fields, private members and static blocks", () => {
  const c = new Counter();
  c.inc();
  expect(c.value).toBe(1);
  expect(Counter.initialized).toBe(true);
  expect(Counter.hasCount(c)).toBe(true);
});

it("bundles BigInt, numeric separators, ?? and logical assignment", () => {
  expect(big).toBe(10n ** 20n);
  expect(sum).toBe(1_000_001);
  let a = null;
  a ??= "set";
  let b = 0;
  b ||= 2;
  expect([a, b, undefined ?? "fallback"]).toEqual(["set", 2, "fallback"]);
});
