const counter = require("./counter");

it("reads live ES module bindings through require()", () => {
  expect(counter.count).toBe(0);
  counter.inc();
  counter.inc();
  expect(counter.count).toBe(2);
});
