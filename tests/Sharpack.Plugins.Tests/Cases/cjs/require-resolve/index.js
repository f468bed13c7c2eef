it("returns module ids from require.resolve", () => {
  const id = require.resolve("./target");
  expect(id).toBe("./target.js");
  expect(__webpack_require__(id).ok).toBe(true);
});
