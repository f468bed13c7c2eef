const Point = require("./point");

it("exports a class as module.exports", () => {
  const p = new Point(1, 2);
  expect(p).toBeInstanceOf(Point);
  expect(p.sum()).toBe(3);
  expect(Point.name).toBe("Point");
});
