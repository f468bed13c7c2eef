const fn = require("./replaced");

it("returns the replaced module.exports", () => {
  expect(typeof fn).toBe("function");
  expect(fn()).toBe("replaced");
  expect(fn.extra).toBe("extra");
  expect(fn.lost).toBe(undefined);
});
