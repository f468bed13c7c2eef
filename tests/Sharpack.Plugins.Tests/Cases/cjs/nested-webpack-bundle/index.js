const prebuilt = require("./prebuilt.js");

it("keeps a bundled package's own __webpack_require__ apart from the bundle's", () => {
  expect(prebuilt.message).toBe("inner module 0 sees the outer module");
  expect(prebuilt.loaded).toBe(2);
  expect(prebuilt.tag).toBe("nested");
});

it("still provides this bundle's __webpack_require__ at the top level", () => {
  expect(typeof __webpack_require__).toBe("function");
  expect(__webpack_require__("./outer.js")).toBe("the outer module");
});
