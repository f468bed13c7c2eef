it("gives a namespace with default = module.exports for CommonJS", async () => {
  const ns = await import("./plain");
  expect(ns.default).toEqual({ a: 1, b: 2 });
  expect(ns.a).toBe(1);
  expect(ns[Symbol.toStringTag]).toBe("Module");
});

it("wraps a function module.exports as default", async () => {
  const ns = await import("./fn");
  expect(typeof ns).toBe("object");
  expect(ns.default()).toBe("called");
});

it("uses exports.default of a module flagged with __esModule", async () => {
  const ns = await import("./flagged");
  expect(ns.default).toBe("flagged default");
  expect(ns.named).toBe("named");
});
