import { café, \u0061bc, π } from "./unicode";

it("imports and exports unicode and escaped identifiers", () => {
  expect(café).toBe("café");
  expect(abc).toBe("abc");
  expect(π).toBe(3.14);
});
