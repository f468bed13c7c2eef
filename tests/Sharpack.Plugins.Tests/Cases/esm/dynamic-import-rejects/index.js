it("rejects import() when the module throws during evaluation", async () => {
  await expect(import("./throws")).rejects.toThrow("boom");
});
