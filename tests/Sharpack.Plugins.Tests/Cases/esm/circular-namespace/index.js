import { describe } from "./a";

it("reads a circular partner through its namespace object", () => {
  expect(describe()).toBe("a sees b:b, b sees a:a");
});
