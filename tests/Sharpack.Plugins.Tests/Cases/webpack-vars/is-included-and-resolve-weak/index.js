import "./used.js";

it("tells whether a module is in a chunk with __webpack_is_included__", () => {
  expect(typeof __webpack_is_included__).toBe("function");
  expect(__webpack_is_included__("./used.js")).toBe(true);
  expect(__webpack_is_included__("./unused.js")).toBe(false);
  expect(__webpack_is_included__("./missing.js")).toBe(false);
});

it("gives ids with require.resolveWeak without bundling the module", () => {
  const name = "present";
  expect(require.resolveWeak("./dir/" + name + ".js")).toBe(require("./dir/present.js"));
  // A module in no chunk has no id (webpack's IdHelpers give ids only to modules in chunks).
  expect(require.resolveWeak("./unused.js")).toBe(null);
  expect(() => __webpack_require__("./unused.js")).toThrow();
});
