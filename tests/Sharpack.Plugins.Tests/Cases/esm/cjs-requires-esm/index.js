const esm = require("./esm");

it("requires an ES module as its namespace", () => {
  expect(esm.value).toBe(1);
  expect(esm.default).toBe("default");
  expect(esm.__esModule).toBe(true);
});
