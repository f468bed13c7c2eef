const other = require("./other");

it("exposes the current module as __webpack_module__", () => {
  expect(__webpack_module__.id).toBe("./index.js");
  expect(__webpack_module__).toBe(module);
  expect(other.id).toBe("./other.js");
});
