// Bundles jest's `expect` (from tests/fixtures/node_modules) into one browser script that sets
// `self.expect`, for the browser test page. Usage: node build-expect.cjs NODE_MODULES OUTFILE
//
// Built with esbuild, not Sharpack: Sharpack cannot bundle `expect` for the web yet. At least
// three bugs stand in the way (see Browser/README.md): `resolve.alias` from the configuration never
// reaches the resolver, so node built-ins cannot be mapped to `false`; a required module that is
// ignored becomes `{}`, a syntax error at the start of a statement (`require("assert").equal(…)`
// in graceful-fs); and expect's own build is a webpack bundle whose nested `__webpack_require__`
// shadows the one Sharpack's `require()` replacements call (webpack renames the nested one).
//
// expect only needs node's built-ins for stack-trace paths and jest's environment: they become
// empty modules (path a tiny POSIX stand-in), as does graceful-fs; `process` is a stand-in
// scoped to the bundle (injected, never a global the test cases could see).
"use strict";
const path = require("path");
const { builtinModules } = require("module");
const [nodeModules, outfile] = process.argv.slice(2).map((arg) => path.resolve(arg));
const esbuild = require(path.join(nodeModules, "esbuild"));

const builtins = new Set(builtinModules);
const pathStandIn = `
const join = (...parts) => parts.filter(Boolean).join("/").replace(/\\/+/g, "/");
module.exports = {
  sep: "/", delimiter: ":", join, resolve: join, normalize: (p) => p, isAbsolute: (p) => p.startsWith("/"),
  basename: (p) => p.split("/").pop(), dirname: (p) => p.split("/").slice(0, -1).join("/") || "/",
  extname: (p) => (/\\.[^./]*$/.exec(p) || [""])[0], relative: (from, to) => to,
};`;

esbuild.build({
  stdin: { contents: 'self.expect = require("expect").expect;', resolveDir: nodeModules, sourcefile: "expect-entry.js" },
  bundle: true,
  platform: "browser",
  format: "iife",
  outfile,
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"', global: "globalThis", __dirname: '"/"', __filename: '"/index.js"' },
  inject: [path.join(__dirname, "expect-process.js")],
  plugins: [{
    name: "node-only-modules-empty",
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        const name = args.path.replace(/^node:/, "");
        return builtins.has(name) || name === "graceful-fs" ? { path: name, namespace: "node-only" } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: "node-only" }, (args) =>
        ({ contents: args.path === "path" ? pathStandIn : "module.exports = {};", loader: "js" }));
    },
  }],
}).catch(() => { process.exitCode = 1; });
