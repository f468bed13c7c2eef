import { used, provided } from "./info";

it("reports exports as used when usedExports is off (development)", () => {
  expect(used).toBe(true);
});

it("reports provideInfo of declared exports", () => {
  expect(provided).toBe(true);
});
