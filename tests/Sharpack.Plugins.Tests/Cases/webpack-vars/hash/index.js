import { hashFromModule } from "./other";

it("exposes the compilation hash as __webpack_hash__", () => {
  expect(typeof __webpack_hash__).toBe("string");
  expect(__webpack_hash__).toMatch(/^[0-9a-f]{16,}$/);
  expect(hashFromModule).toBe(__webpack_hash__);
});
