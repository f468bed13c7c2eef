it("leaves __non_webpack_require__ as node's require", () => {
  expect(typeof __non_webpack_require__).toBe("function");
  expect(__non_webpack_require__("path")).toBe(require("path"));
});
