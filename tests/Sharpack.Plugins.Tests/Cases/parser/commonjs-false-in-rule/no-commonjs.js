// With commonjs: false, require and require.cache are node's own (the bundle's require), not
// webpack's; __non_webpack_require__ is node's require in every module.
export const cacheIsNodes = require.cache === __non_webpack_require__.cache;
export const requireSource = (() => require("./other")).toString();
