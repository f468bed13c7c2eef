it("prefers a file over a directory of the same name", () => {
  expect(require("./thing")).toBe("file");
  expect(require("./thing/")).toBe("directory");
});
