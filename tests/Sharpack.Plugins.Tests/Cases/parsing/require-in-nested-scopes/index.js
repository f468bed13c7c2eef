function loadInFunction() { return require("./a"); }
const loadInArrow = () => require("./b");
class Loader { load() { return require("./a"); } }

it("finds require() calls nested in functions, arrows and methods", () => {
  expect(loadInFunction()).toBe("a");
  expect(loadInArrow()).toBe("b");
  expect(new Loader().load()).toBe("a");
});
