it("provides require.amd as the AMD options object", () => {
  expect(typeof require.amd).toBe("object");
  expect(require.amd).toBe(define.amd);
});
