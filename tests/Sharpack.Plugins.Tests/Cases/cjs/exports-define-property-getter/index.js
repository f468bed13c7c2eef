const mod = require("./getter");

it("keeps getters defined on exports live", () => {
  expect(mod.value).toBe(1);
  mod.bump();
  expect(mod.value).toBe(2);
});
