const log = require("./log");
require("./first");
require("./second");

it("evaluates required modules in call order", () => {
  expect(log).toEqual(["first", "nested", "second"]);
});
