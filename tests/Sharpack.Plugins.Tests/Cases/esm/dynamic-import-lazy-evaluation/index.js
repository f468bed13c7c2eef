it("does not evaluate an import() target before import() is called", async () => {
  expect(globalThis.__lazyEvaluated).toBe(undefined);
  const load = () => import("./lazy");
  expect(globalThis.__lazyEvaluated).toBe(undefined);
  const ns = await load();
  expect(globalThis.__lazyEvaluated).toBe(true);
  expect(ns.value).toBe("lazy");
});
