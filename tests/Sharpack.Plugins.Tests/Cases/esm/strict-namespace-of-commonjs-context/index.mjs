// A strict ES module (.mjs) imports CommonJS through a context as it imports it directly: the
// namespace's default is module.exports itself, whatever __esModule says (webpack's
// namespaceObject "strict").
it("gives a strict module the whole exports as default through a lazy context", async () => {
  const name = "flagged";
  const direct = await import("./parts/flagged.js");
  const viaContext = await import(`./parts/${name}.js`);
  const eager = await import(/* webpackMode: "eager" */ `./parts/${name}.js`);
  for (const ns of [direct, viaContext, eager]) {
    expect(ns.default).toEqual({ __esModule: true, default: "inner default", named: "named" });
    expect(ns.named).toBe("named");
  }
});
