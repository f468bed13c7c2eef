import { value, kind, cached } from "./strict.mjs";

it("makes createRequire's function a require function in a strict ES module too", () => {
  expect(value).toBe(42);
  expect(kind).toBe("function");
  expect(cached).toBe(true);
});
