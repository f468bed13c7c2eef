import { isEven } from "./even";

it("resolves circular imports through live bindings", () => {
  expect(isEven(10)).toBe(true);
  expect(isEven(7)).toBe(false);
});
