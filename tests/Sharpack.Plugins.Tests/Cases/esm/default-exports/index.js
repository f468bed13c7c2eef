import expr from "./expr";
import fn from "./named-function";
import anon from "./anonymous-function";
import Klass from "./class";
import AnonClass from "./anonymous-class";
import gen from "./generator";

it("exports default expressions", () => {
  expect(expr).toBe(42);
});

it("exports default functions, named and anonymous", () => {
  expect(fn()).toBe("named");
  expect(anon()).toBe("anonymous");
  expect([...gen()]).toEqual([1, 2]);
});

it("exports default classes", () => {
  expect(new Klass().kind).toBe("class");
  expect(new AnonClass().kind).toBe("anonymous class");
});
