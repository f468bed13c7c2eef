import { execution } from "./shared";

it("runs the first entry's copy of a shared module first", () => {
  expect(execution).toBe(1);
});
