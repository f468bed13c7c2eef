// A star re-export from an async module whose own exports come from a CommonJS module (names
// known only at run time) reads them after the module awaited its dependencies: each link of
// the chain re-exports every name.
it("re-exports run-time names through an async module", async () => {
  const ns = await import("./outer");
  expect(ns.alpha).toBe("a");
  expect(ns.beta).toBe("b");
  expect(ns.default).toBe("outer default");
  const { alpha, beta } = await import("./outer?named");
  expect([alpha, beta]).toEqual(["a", "b"]);
});
