import * as ns from "./mod";

it("has a non-enumerable __esModule flag in webpack's namespace", () => {
  expect(ns.__esModule).toBe(true);
  expect(Object.keys(ns)).not.toContain("__esModule");
});

it("is the same object for require and import *", () => {
  expect(require("./mod")).toBe(ns);
});
