const mod = require("./this");

it("binds top-level this to module.exports", () => {
  expect(mod.sameAsExports).toBe(true);
  expect(mod.viaThis).toBe("this");
});
