it("sets module.loaded once the module has run", () => {
  const mod = require("./mod");
  expect(mod.loadedDuringEvaluation).toBe(false);
  expect(mod.module.loaded).toBe(true);
});
