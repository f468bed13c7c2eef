const mod = require("./reassign");

it("ignores assigning a new object to the exports variable", () => {
  expect(mod).toEqual({ kept: true });
});
