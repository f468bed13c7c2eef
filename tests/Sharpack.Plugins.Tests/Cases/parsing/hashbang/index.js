import { value } from "./cli";

it("accepts a hashbang line", () => {
  expect(value).toBe("cli");
});
