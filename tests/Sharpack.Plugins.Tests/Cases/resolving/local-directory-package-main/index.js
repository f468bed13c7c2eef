it("uses the main field of a package.json in a local directory", () => {
  expect(require("./lib-dir")).toBe("entry");
});

it("uses index.js when the package.json has no main", () => {
  expect(require("./no-main")).toBe("index");
});
