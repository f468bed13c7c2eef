it("follows define into a UMD wrapper's parameter", () => {
  expect(require("./umd")).toBe("umd:dep");
});

it("calls define through a conditional callee", () => {
  expect(require("./callee").dep).toBe("dep");
});

it("gives the factory's parameters require, exports and module by position", () => {
  var result = require("./params");
  expect(result.dep).toBe("dep");
  expect(result.same).toBe(true);
});

it("skips the bound arguments of a bound factory", () => {
  expect(require("./bound")).toBe("bound:dep");
});

it("treats an expression factory as either a function or a value", () => {
  expect(require("./value")).toBe(42);
});

it("makes define used as a value a function that throws", () => {
  var indirect = require("./indirect")();
  expect(() => indirect(function () {})).toThrow("define cannot be used indirect");
});
