it("rejects with a ChunkLoadError naming the chunk and URL, then loads on retry", async () => {
  let error;
  try {
    await import(/* webpackChunkName: "flaky" */ "./flaky.js");
  } catch (e) {
    error = e;
  }
  expect(error).toBeDefined();
  expect(error.name).toBe("ChunkLoadError");
  expect(error.message).toContain("Loading chunk flaky failed.");
  expect(error.request).toBe(new URL("flaky.bundle.js", location.href).href);
  const ns = await import(/* webpackChunkName: "flaky" */ "./flaky.js");
  expect(ns.default).toBe("flaky loaded");
});
