import { getThis } from "./fns";
import * as ns from "./fns";

it("calls imported functions with undefined this", () => {
  expect(getThis()).toBe(undefined);
});

it("calls namespace members with the namespace as this", () => {
  expect(ns.getThis()).toBe(ns);
});

it("has undefined this at the top level of an ES module", () => {
  expect(ns.topLevelThis).toBe(undefined);
});
