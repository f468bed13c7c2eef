// node.__filename and node.__dirname true: the module's path relative to the context, the
// context itself being "" (node's path.relative).
it("writes paths relative to the context", () => {
  expect(__dirname).toBe("");
  expect(__filename).toBe("index.js");
  expect(require("./dir/file").dirname).toBe("dir");
  expect(require("./dir/file").filename).toBe("dir/file.js");
});
