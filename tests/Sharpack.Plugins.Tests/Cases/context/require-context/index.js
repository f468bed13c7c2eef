it("bundles require.context with a pattern, recursively", () => {
  const context = require.context("./dir", true, /\.js$/);
  // As in webpack, the pattern is tested on every alternative request: "./a" does not end in .js.
  expect(context.keys()).toEqual(["./a.js", "./b.js", "./sub/c.js"]);
  expect(context("./a.js")).toBe("a");
  expect(context("./sub/c.js")).toBe("c");
  expect(() => context("./sub/c")).toThrow("Cannot find module './sub/c'");
  expect(() => context("./missing.js")).toThrow("Cannot find module './missing.js'");
});

it("bundles a non-recursive context", () => {
  const context = require.context("./dir", false, /\.js$/);
  expect(context.keys()).toEqual(["./a.js", "./b.js"]);
});

it("offers a file without its extension when the pattern allows it", () => {
  const context = require.context("./dir", true, /^\.\/(a|sub\/c)(\.js)?$/);
  expect(context.keys()).toEqual(["./a", "./a.js", "./sub/c", "./sub/c.js"]);
  expect(context("./sub/c")).toBe("c");
});
