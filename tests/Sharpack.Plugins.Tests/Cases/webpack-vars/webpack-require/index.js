import { value } from "./mod";

it("exposes __webpack_require__ as a function", () => {
  expect(typeof __webpack_require__).toBe("function");
  expect(__webpack_require__("./mod.js").value).toBe(value);
});

it("exposes __webpack_modules__ keyed by module id", () => {
  expect(typeof __webpack_modules__).toBe("object");
  expect(typeof __webpack_modules__["./mod.js"]).toBe("function");
  expect(typeof __webpack_modules__["./index.js"]).toBe("function");
});
