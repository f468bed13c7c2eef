import { early } from "./hoist";

it("hoists default function declarations within their module", () => {
  expect(early).toBe("hoisted");
});
