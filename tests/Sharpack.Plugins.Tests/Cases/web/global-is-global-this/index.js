// webpack 5 (node.global defaults to true for targets without `global`): `global` becomes
// __webpack_require__.g, the global object.
it("replaces node's global with the global object for the web target", () => {
  expect(global).toBe(globalThis);
  expect(global.setTimeout).toBe(setTimeout);
});
