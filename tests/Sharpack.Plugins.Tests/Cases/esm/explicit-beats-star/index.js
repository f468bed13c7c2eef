import { value, other, fromB } from "./barrel";

it("prefers local exports over star exports", () => {
  expect(value).toBe("local");
});

it("prefers explicit re-exports over star exports", () => {
  expect(other).toBe("explicit");
  expect(fromB).toBe("b");
});
