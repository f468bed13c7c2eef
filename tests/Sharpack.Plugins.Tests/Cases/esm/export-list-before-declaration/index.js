import { a, b as bee, c } from "./late";

it("exports names listed before their declarations", () => {
  expect(a).toBe("a");
  expect(bee).toBe("b");
  expect(c()).toBe("c");
});
