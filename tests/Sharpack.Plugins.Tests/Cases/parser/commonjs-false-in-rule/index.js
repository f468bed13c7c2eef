import { cacheIsNodes, requireSource } from "./no-commonjs";

it("leaves require alone where a rule sets commonjs: false", () => {
  expect(cacheIsNodes).toBe(true);
  expect(requireSource).toContain('require("./other")');
});

it("keeps CommonJS in the other modules", () => {
  expect(require.cache === __non_webpack_require__.cache).toBe(false);
  expect(require("./other")).toBe("other");
});
