import { x, renamed, first, third, rest, deep } from "./destructure";

it("exports bindings declared by destructuring", () => {
  expect(x).toBe(1);
  expect(renamed).toBe(2);
  expect(first).toBe("a");
  expect(third).toBe("c");
  expect(rest).toEqual(["d", "e"]);
  expect(deep).toBe("deep");
});
