import fn from "./fn";
import Klass from "./klass";

it("treats parenthesized function and class as default expressions", () => {
  expect(fn()).toBe("fn");
  expect(new Klass().value).toBe("klass");
});
