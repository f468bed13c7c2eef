it("calls define(function (require, exports, module)) with CommonJS arguments", () => {
  const mod = require("./wrapper");
  expect(mod.dep).toBe("dep");
  expect(mod.sameModule).toBe(true);
});
