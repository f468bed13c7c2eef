import { top, bumpBottom } from "./level1";

it("follows a chain of renamed re-exports with live bindings", () => {
  expect(top).toBe(0);
  bumpBottom();
  expect(top).toBe(1);
});
