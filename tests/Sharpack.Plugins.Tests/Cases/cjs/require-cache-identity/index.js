it("returns the same exports object for every request of a module", () => {
  const a = require("./obj");
  const b = require("./obj.js");
  const c = require("./sub/../obj");
  expect(a).toBe(b);
  expect(a).toBe(c);
  a.mutated = true;
  expect(require("./obj").mutated).toBe(true);
});
