import { doubled, value } from "./barrel";

it("imports and re-exports the same binding", () => {
  expect(value).toBe(21);
  expect(doubled).toBe(42);
});
