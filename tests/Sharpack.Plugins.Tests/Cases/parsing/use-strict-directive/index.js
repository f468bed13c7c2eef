const mod = require("./strict");

it("keeps the use strict directive of a CommonJS module", () => {
  expect(mod.thisInFunction).toBe(undefined);
});
