import { greet, swap } from "./fns";

it("sees a reassigned function declaration", () => {
  expect(greet()).toBe("hello");
  swap();
  expect(greet()).toBe("bye");
});
