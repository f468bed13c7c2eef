define("assigned", function (require, exports, module) {
  module.exports = "assigned";
});

define("returned", function () {
  return "returned";
});

it("requires AMD local modules by name", () => {
  expect(require("assigned")).toBe("assigned");
  expect(require("returned")).toBe("returned");
});
