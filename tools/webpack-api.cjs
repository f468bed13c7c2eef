// The webpack API for ../shared/conformance/run-webpack-config-cases.mjs (`--webpack-api`), whose
// configs require webpack's root. Inside sharpack's config loader, require("sharpack") answers
// with the loader's own classes (so their instances are recognised); in plain node, where the
// harness evaluates the config too, the same classes come from their file.
let api;
try {
	api = require("sharpack");
} catch {
	api = require("../src/Sharpack.Cli/Config/sharpack-api.cjs");
}
module.exports = api;
