// The webpack API a configuration evaluated by sharpack's config loader sees: the loader answers
// require("sharpack") (and require("webpack") when no webpack is installed) with webpack's
// built-in plugins by name. Pass this file as `--webpack-api` to
// ../shared/conformance/run-webpack-config-cases.mjs, whose configs require webpack's root.
module.exports = require("sharpack");
