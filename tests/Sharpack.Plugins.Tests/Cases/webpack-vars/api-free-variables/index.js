it("maps webpack's free variables to runtime globals", () => {
  expect(__webpack_chunk_load__).toBe(__webpack_require__.e);
  expect(__webpack_modules__).toBe(__webpack_require__.m);
  expect(__webpack_global__).toBe(__webpack_require__);
  expect(typeof __webpack_modules__).toBe("object");
  expect(__webpack_exports_info__).toBe(true);
  expect(require.onError).toBe(__webpack_require__.oe);
  expect(__webpack_amd_options__).toBe(require.amd);
});
