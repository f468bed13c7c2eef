// The parser option commonjsMagicComments: `webpackIgnore: true` leaves require() and
// require.resolve() to the platform (the missing requests are not bundled, so the build has no
// error); `webpackIgnore: false` is an ordinary require.
const fs = require("fs");

it("leaves ignored requires to the platform", () => {
  const load = () => require(/* webpackIgnore: true */ "./not-bundled");
  const resolve = () => require.resolve(/* webpackIgnore: true */ "./not-bundled");
  expect(typeof load).toBe("function");
  expect(typeof resolve).toBe("function");
  const source = fs.readFileSync(__filename, "utf-8");
  expect(source).toContain('require(/* webpackIgnore: true */ "./not-bundled")');
  expect(source).toContain('require.resolve(/* webpackIgnore: true */ "./not-bundled")');
});

it("bundles a require that is not ignored", () => {
  expect(require(/* webpackIgnore: false */ "./bundled")).toBe("bundled");
});
