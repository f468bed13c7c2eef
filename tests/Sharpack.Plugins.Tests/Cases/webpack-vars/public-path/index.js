it("defaults __webpack_public_path__ to an empty string for node", () => {
  expect(__webpack_public_path__).toBe("");
});

it("allows assigning __webpack_public_path__", () => {
  __webpack_public_path__ = "/assets/";
  expect(__webpack_public_path__).toBe("/assets/");
  expect(require("./reader")).toBe("/assets/");
});
