import * as ns from "./mod";

it("supports optional chaining on namespace members", () => {
  expect(ns?.value).toBe("value");
  expect(ns.fn?.()).toBe("fn");
  expect(ns.missing?.deep).toBe(undefined);
});
