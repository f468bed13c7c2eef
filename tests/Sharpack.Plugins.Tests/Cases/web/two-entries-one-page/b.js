import { execution } from "./shared";

it("gives each entry's runtime its own module cache", () => {
  expect(execution).toBe(2);
  expect(window.sharedExecutions).toBe(2);
});
