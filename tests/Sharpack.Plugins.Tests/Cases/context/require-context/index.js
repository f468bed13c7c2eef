it("bundles require.context with a pattern, recursively", () => {
  const context = require.context("./dir", true, /\.js$/);
  expect(context.keys().sort()).toEqual(["./a", "./a.js", "./b", "./b.js", "./sub/c", "./sub/c.js"]);
  expect(context("./a.js")).toBe("a");
  expect(context("./sub/c")).toBe("c");
  expect(() => context("./missing.js")).toThrow("Cannot find module './missing.js'");
});

it("bundles a non-recursive context", () => {
  const context = require.context("./dir", false, /\.js$/);
  expect(context.keys().sort()).toEqual(["./a", "./a.js", "./b", "./b.js"]);
});
