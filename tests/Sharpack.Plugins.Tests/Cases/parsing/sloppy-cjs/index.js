const mod = require("./sloppy");

it("keeps CommonJS modules in sloppy mode", () => {
  expect(mod.thisInFunction).toBe(globalThis);
  expect(mod.withResult).toBe(3);
  expect(mod.octal).toBe(8);
});
