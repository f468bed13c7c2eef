import Base, { Derived, withStatic } from "./classes";

it("exports classes that can be extended across modules", () => {
  class Local extends Derived { kind() { return "local:" + super.kind(); } }
  expect(new Local().kind()).toBe("local:derived:base");
  expect(new Local()).toBeInstanceOf(Base);
});

it("keeps class names and static members", () => {
  expect(Derived.name).toBe("Derived");
  expect(Base.name).toBe("Base");
  expect(withStatic.count).toBe(3);
  expect(withStatic.create()).toBeInstanceOf(withStatic);
});
