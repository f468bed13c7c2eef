it("replaces import.meta.url with the module's file URL", () => {
  expect(import.meta.url.startsWith("file://")).toBe(true);
  expect(import.meta.url.endsWith("/misc/import-meta/index.js")).toBe(true);
  expect(import.meta.webpack).toBe(5);
});
