import { count } from "./shared.js";

it("sees the module evaluated by the other entry", () => {
  expect(count()).toBe(1);
});
