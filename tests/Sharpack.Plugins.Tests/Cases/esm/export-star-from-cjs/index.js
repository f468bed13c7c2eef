import { fromCjs, other } from "./barrel";
import * as barrel from "./barrel";

it("re-exports CommonJS exports through export *", () => {
  expect(fromCjs).toBe("cjs");
  expect(other).toBe(2);
  expect(barrel.fromCjs).toBe("cjs");
  expect(barrel.local).toBe("local");
});
