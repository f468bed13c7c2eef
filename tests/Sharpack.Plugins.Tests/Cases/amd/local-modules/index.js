it("resolves named local modules inside one file", () => {
  expect(require("./locals")).toBe("first,second:first");
});
