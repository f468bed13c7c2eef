import Point from "./point";
import * as ns from "./point";

it("constructs a default-imported CommonJS class with new", () => {
  const p = new Point(1, 2);
  expect(p.x + p.y).toBe(3);
  expect(p).toBeInstanceOf(Point);
});

it("constructs without arguments", () => {
  expect(new Point).toBeInstanceOf(Point);
});
