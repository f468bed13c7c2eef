it("supports primitive module.exports values", () => {
  expect(require("./number")).toBe(42);
  expect(require("./string")).toBe("text");
  expect(require("./null")).toBe(null);
  expect(require("./undefined")).toBe(undefined);
});
