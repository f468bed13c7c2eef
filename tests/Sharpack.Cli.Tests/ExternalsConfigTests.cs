// The externals option from a JavaScript configuration, as webpack's ExternalModuleFactoryPlugin
// reads it: names, RegExps, objects (type prefixes, property paths, per-type objects), functions
// with a callback or a promise; each external's code checked by running the bundle.

using Sharpack.Cli.Tests.Support;

namespace Sharpack.Cli.Tests;

public sealed class ExternalsConfigTests : IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    [Fact]
    public void Every_form_of_externals_makes_its_module_external()
    {
        _box.Write("src/index.js", """
            import React from "react";
            import { join } from "pathlike";
            const sep = require("lodash-sep");
            const fromRegExp = require("globalthing");
            const fromCallback = require("cb-os");
            import("promised-fs").then(fs => console.log(React.name, join("a", "b"), sep, fromRegExp, typeof fromCallback.platform, typeof fs.readFileSync));
            """);
        _box.Write("webpack.config.js", """
            module.exports = {
              mode: "development", devtool: false, target: "node", entry: "./src/index.js",
              externals: [
                { react: "MyReact", pathlike: "commonjs path", "lodash-sep": ["PathHolder", "sep"], unused: false },
                /^globalthing$/,
                ({ request }, callback) => request === "cb-os" ? callback(null, "os", "commonjs") : callback(),
                async ({ request }) => request === "promised-fs" ? "node-commonjs fs" : undefined,
              ],
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        _box.Write("run.cjs", """
            globalThis.MyReact = { name: "R" };
            globalThis.PathHolder = { sep: "/" };
            globalThis.globalthing = "g";
            require("./dist/main.js");
            """);
        Assert.Equal("R a/b / g function function\n", _box.RunBundle("run.cjs"));
        var main = File.ReadAllText(Path.Combine(_box.Project, "dist", "main.js"));
        Assert.Contains("module.exports = globalthing;", main, StringComparison.Ordinal);
        Assert.Contains("module.exports = PathHolder[\"sep\"];", main, StringComparison.Ordinal);
        Assert.Contains("module.exports = require(\"path\");", main, StringComparison.Ordinal);
        Assert.Contains("module.exports = require(\"os\");", main, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interop_on_an_external_decides_what_its_default_import_is()
    {
        // webpack's ExternalItemInterop: "esModule" reads the value's `default`, "default" takes the
        // whole value (node's CommonJS), whatever the importing module is.
        _box.Write("src/index.js", """
            import esm, { named as esmNamed } from "esm-ext";
            import cjs, { named as cjsNamed } from "cjs-ext";
            console.log(esm, esmNamed, typeof cjs, cjs.default, cjsNamed);
            """);
        _box.Write("webpack.config.js", """
            module.exports = {
              mode: "development", devtool: false, target: "node", entry: "./src/index.js",
              module: { rules: [{ test: /index\.js$/, type: "javascript/esm" }] },
              externalsType: "global",
              externals: { "esm-ext": { global: "Shaped", interop: "esModule" }, "cjs-ext": { global: "Shaped", interop: "default" } },
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        _box.Write("run.cjs", """
            globalThis.Shaped = { __esModule: true, default: "D", named: 42 };
            require("./dist/main.js");
            """);
        Assert.Equal("D 42 object D 42\n", _box.RunBundle("run.cjs"));
    }

    [Fact]
    public void Global_and_optional_var_externals_run()
    {
        _box.Write("src/index.js", """
            const lib = require("lib");
            let missing;
            try { missing = require("missing"); } catch (e) { missing = e.code; }
            console.log(lib.answer, missing);
            """);
        _box.Write("webpack.config.js", """
            module.exports = {
              mode: "development", devtool: false, target: "node", entry: "./src/index.js",
              externalsType: "global",
              externals: { lib: "TheLib", missing: "var NotThere" },
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        _box.Write("run.cjs", "globalThis.TheLib = { answer: 42 };\nrequire('./dist/main.js');\n");
        Assert.Equal("42 MODULE_NOT_FOUND\n", _box.RunBundle("run.cjs"));
    }

    [Fact]
    public void An_amd_external_outside_an_amd_library_reads_its_variable_and_a_bad_value_is_an_error()
    {
        // As webpack: an amd external is the variable the AMD wrapper would pass in; without that
        // wrapper the build succeeds and the variable is missing at run time.
        _box.Write("src/index.js", "require('lib');\n");
        _box.Write("webpack.config.js", """
            module.exports = { mode: "development", devtool: false, target: "node", entry: "./src/index.js", externals: { lib: "amd lib" } };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Contains("module.exports = __WEBPACK_EXTERNAL_MODULE_lib__;", File.ReadAllText(Path.Combine(_box.Project, "dist", "main.js")), StringComparison.Ordinal);
        _box.Write("webpack.config.js", """
            module.exports = { mode: "development", target: "node", entry: "./src/index.js", externals: { lib: 42 } };
            """);
        (code, output, err) = _box.Build();
        Assert.NotEqual(0, code);
        Assert.Contains("configuration.externals.lib should be a string, a boolean, an array of strings or an object", err + output, StringComparison.Ordinal);
    }

    [Fact]
    public void Es_module_output_imports_module_externals_once_and_node_s_require_only_when_used()
    {
        _box.Write("src/index.js", """
            import { a } from "lib-a";
            import { b } from "lib-b";
            import $ from "jquery";
            console.log(a, b, typeof $);
            """);
        _box.Write("webpack.config.js", """
            module.exports = {
              mode: "development", devtool: false, target: "web", entry: "./src/index.js",
              experiments: { outputModule: true }, output: { module: true },
              externals: { "lib-a": "module shared", "lib-b": "module shared", jquery: "var jQuery" },
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        var main = File.ReadAllText(Path.Combine(_box.Project, "dist", "main.mjs"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(main, "import \\* as __WEBPACK_EXTERNAL_MODULE_shared__ from \"shared\";"));
        Assert.DoesNotContain("createRequire", main, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("node22.12", false)]
    [InlineData("node18", true)]
    public void A_universal_es_module_bundle_reads_node_s_require_through_the_guarded_builtin_getter(string node, bool guarded)
    {
        // webpack's getExternalModuleNodeCommonjsInitFragment on a universal target: a static import of
        // node:module would stop the bundle loading in a browser, so createRequire comes from
        // process.getBuiltinModule(), with a typeof check where node may predate it (22.3).
        _box.Write("src/index.js", """
            import * as os from "os";
            console.log(typeof os.platform());
            """);
        _box.Write("webpack.config.js", $$"""
            module.exports = {
              mode: "development", devtool: false, target: ["{{node}}", "web"], entry: "./src/index.js",
              experiments: { outputModule: true }, output: { module: true }, externalsType: "node-commonjs", externals: { os: "os" },
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        var main = File.ReadAllText(Path.Combine(_box.Project, "dist", "main.mjs"));
        Assert.DoesNotContain("from \"node:module\"", main, StringComparison.Ordinal);
        Assert.Contains("__WEBPACK_EXTERNAL_createRequire_require = typeof process !== \"undefined\" && ", main, StringComparison.Ordinal);
        Assert.Contains("process.getBuiltinModule(\"node:module\").createRequire(import.meta.url);", main, StringComparison.Ordinal);
        Assert.Equal(guarded, main.Contains("typeof process.getBuiltinModule === \"function\"", StringComparison.Ordinal));
        _box.Write("run.mjs", "await import(\"./dist/main.mjs\");\n");
        Assert.Equal("string\n", _box.RunBundle("run.mjs"));
    }

    [Fact]
    public void An_externals_function_resolves_requests_through_get_resolve()
    {
        // webpack's getResolve(options) in an externals function's data: the build's resolver with
        // the options given over the configuration's, as a promise or with a callback whose third
        // argument is the resolved request's parts; false for a request aliased to false.
        _box.Write("node_modules/promised/index.js", "module.exports = 'bundled';\n");
        _box.Write("node_modules/called/main.js", "module.exports = 'bundled';\n");
        _box.Write("node_modules/called/package.json", "{ \"main\": \"main.js\" }\n");
        _box.Write("node_modules/ignored/index.js", "module.exports = 'kept in the bundle';\n");
        _box.Write("src/index.js", """
            console.log([require("promised"), require("called"), require("ignored")].join("|"));
            """);
        _box.Write("webpack.config.js", """
            const path = require("path");
            module.exports = {
              mode: "development", devtool: false, target: "node", entry: "./src/index.js",
              externals: [
                async ({ context, request, getResolve }) => {
                  if (request !== "promised") return false;
                  const resolved = await getResolve()(context, request);
                  return "var " + JSON.stringify(path.relative(__dirname, resolved).split(path.sep).join("/"));
                },
                ({ context, request, getResolve }, callback) => {
                  if (request !== "called" && request !== "ignored") return callback();
                  getResolve({ alias: { ignored: false } })(context, request, (err, resolved, parts) => {
                    if (err) return callback(err);
                    if (resolved === false) return callback(null, false);
                    callback(null, "var " + JSON.stringify(path.relative(__dirname, parts.path).split(path.sep).join("/") + parts.query));
                  });
                },
              ],
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal("node_modules/promised/index.js|node_modules/called/main.js|kept in the bundle\n", _box.RunBundle());
    }
}
