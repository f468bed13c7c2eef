const fs = require("fs");

it("keeps webpackMode eager modules in the parent chunk", async () => {
  const ns = await import(/* webpackMode: "eager" */ "./eager.js");
  expect(ns.default).toBe("eager");
  expect(fs.readFileSync(__dirname + "/bundle.js", "utf8")).toContain("\"eager\"");
});

it("rejects a weak import() of a module no chunk has", async () => {
  await expect(import(/* webpackMode: "weak" */ "./weak-missing.js")).rejects.toThrow("is not available (weak dependency)");
});

it("resolves a weak import() of a module another chunk has loaded", async () => {
  await import("./weak-present.js");
  const ns = await import(/* webpackMode: "weak" */ "./weak-present.js");
  expect(ns.default).toBe("weak present");
});

it("leaves webpackIgnore imports to the platform", async () => {
  const ns = await import(/* webpackIgnore: true */ "data:text/javascript,export default 42");
  expect(ns.default).toBe(42);
});

it("warns about magic comment values of the wrong type and still builds", async () => {
  const ns = await import(/* webpackChunkName: 123 */ "./named.js");
  expect(ns.default).toBe("named");
});

it("writes no chunk for eager, weak and ignored imports", () => {
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith(".js")).sort();
  expect(files).toEqual(["bundle.js", "named_js.bundle.js", "weak-present_js.bundle.js"]);
});
