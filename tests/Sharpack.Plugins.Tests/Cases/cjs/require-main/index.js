it("points require.main at the entry module", () => {
  expect(require.main === module).toBe(true);
  expect(require("./other").isMain).toBe(false);
});
