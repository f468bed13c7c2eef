const ns = require("./esm");

it("requires an ES module as a namespace object with getters", () => {
  expect(Object.keys(ns).sort()).toEqual(["default", "value"]);
  expect(ns.__esModule).toBe(true);
  expect(ns.default).toBe("esm default");
  expect(Object.getOwnPropertyDescriptor(ns, "value").get).toBeInstanceOf(Function);
});
