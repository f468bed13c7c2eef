it("leaves other process.env keys to the runtime", () => {
  process.env.SHARPACK_CASE_VALUE = "runtime";
  expect(process.env.SHARPACK_CASE_VALUE).toBe("runtime");
  expect(typeof process.env).toBe("object");
  expect(process.env.SHARPACK_CASE_MISSING).toBe(undefined);
});
