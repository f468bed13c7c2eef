function load() { return require("./lazy"); }

it("evaluates a required module only when require() runs", () => {
  expect(globalThis.__lazyRequired).toBe(undefined);
  expect(load().value).toBe("lazy");
  expect(globalThis.__lazyRequired).toBe(true);
});

it("does not evaluate the branch that is not taken", () => {
  const pick = Math.random() < 2 ? require("./taken") : require("./not-taken");
  expect(pick).toBe("taken");
  expect(globalThis.__notTakenRequired).toBe(undefined);
});
