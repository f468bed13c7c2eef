it("replaces process.env.NODE_ENV from optimization.nodeEnv", () => {
  expect(process.env.NODE_ENV).toBe("development");
  const env = process.env.NODE_ENV === "production" ? "prod" : "dev";
  expect(env).toBe("dev");
});

it("keeps module.hot undefined without HMR", () => {
  expect(module.hot).toBe(undefined);
});
