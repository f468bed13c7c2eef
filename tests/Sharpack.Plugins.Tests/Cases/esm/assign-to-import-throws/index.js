import { value } from "./mod";

it("throws a TypeError when assigning to an imported binding", () => {
  expect(() => { value = 2; }).toThrow(TypeError);
  expect(value).toBe(1);
});
