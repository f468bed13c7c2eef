it("requires a directory through its index.js", () => {
  expect(require("./dir")).toBe("dir index");
  expect(require("./dir/")).toBe("dir index");
  expect(require("./dir/index")).toBe("dir index");
});
