// require.include puts a module in the chunk without running it (RequireIncludePlugin).
it("includes a module without running it", () => {
  expect(require.include("./included")).toBeUndefined();
  expect(globalThis.includedRan).toBeUndefined();
  expect(require("./included")).toBe("included");
  expect(globalThis.includedRan).toBe(true);
});
