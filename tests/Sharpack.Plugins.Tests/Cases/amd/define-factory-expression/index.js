it("calls a factory passed as an identifier to define([deps], factory)", () => {
  expect(require("./array-identifier")).toBe("array:dep");
});

it("calls a factory passed as an identifier to define(factory)", () => {
  expect(require("./identifier")).toBe("identifier");
});

it("uses a non-function expression as the exports", () => {
  expect(require("./value")).toEqual({ value: "object via identifier" });
});
