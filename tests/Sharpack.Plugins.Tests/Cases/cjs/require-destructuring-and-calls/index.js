const { a, b: renamed } = require("./obj");
const callable = require("./callable");

it("destructures require()", () => {
  expect(a).toBe("a");
  expect(renamed).toBe("b");
});

it("calls require() results and members", () => {
  expect(require("./callable")()).toBe("called");
  expect(callable.method()).toBe(callable);
  expect(require("./callable").method()).toBe(callable);
});
