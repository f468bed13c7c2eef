it("passes dependencies in order to the factory", () => {
  expect(require("./combined")).toBe("esm+cjs+amd+json");
});
