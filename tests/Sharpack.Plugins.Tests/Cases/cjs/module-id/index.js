it("exposes module.id, equal to require.resolve of the module", () => {
  const mod = require("./mod");
  expect(mod.id).toBe(require.resolve("./mod"));
  expect(mod.id).toBe("./mod.js");
  expect(module.id).toBe("./index.js");
});
