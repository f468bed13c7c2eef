import { count, increment, addTen, destructure, reset, loop } from "./state";

it("sees ++, += and reassignment through the import", () => {
  expect(count).toBe(0);
  increment();
  expect(count).toBe(1);
  addTen();
  expect(count).toBe(11);
  destructure();
  expect(count).toBe(42);
  reset();
  expect(count).toBe(0);
});

it("sees updates made in a loop", () => {
  loop(5);
  expect(count).toBe(5);
});
