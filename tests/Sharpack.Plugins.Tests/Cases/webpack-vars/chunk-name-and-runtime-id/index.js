it("exposes the chunk name and runtime id", () => {
  expect(__webpack_chunkname__).toBe("main");
  expect(__webpack_runtime_id__).toBe("main");
});
