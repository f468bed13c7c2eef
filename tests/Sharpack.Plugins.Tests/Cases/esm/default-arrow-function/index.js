import add from "./add";

it("exports a default arrow function", () => {
  expect(add(2, 3)).toBe(5);
  expect(add.length).toBe(2);
});
