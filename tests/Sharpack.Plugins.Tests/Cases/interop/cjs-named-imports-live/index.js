import { count, bump } from "./counter";

it("reads CommonJS named imports from the exports object on each access", () => {
  expect(count).toBe(0);
  bump();
  expect(count).toBe(1);
});
