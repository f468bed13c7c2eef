const a = require("./a");

it("gives a circular require the partial exports", () => {
  expect(a.sawFromB).toEqual({ early: "early" });
  expect(a.done).toBe(true);
  expect(require("./b").aAtLoad).toEqual({ early: "early" });
  expect(require("./b").aNow.done).toBe(true);
});
