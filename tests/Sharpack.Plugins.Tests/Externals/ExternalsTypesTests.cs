// The externals types beyond require and variables: those a library wrapper passes in (umd, amd,
// system), the asynchronous ones (promise, import, amd-async, script), type prefixes and arrays,
// externalsType's default from output.library, and externalsPresets. Each build's code is
// checked against webpack's and run in node.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests.Externals;

public sealed class ExternalsTypesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-externals-types-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Core.Stats.BuildStats Build(string index, string config)
    {
        File.WriteAllText(Path.Combine(_root, "index.js"), index);
        var configuration = JsonNode.Parse($$"""
            { "mode": "development", "devtool": false, "entry": "./index.js", "output": { "path": "{{_root.Replace("\\", "/", StringComparison.Ordinal)}}/dist" } }
            """)!.AsObject();
        foreach (var (key, value) in JsonNode.Parse(config)!.AsObject())
        {
            if (key == "output")
            {
                foreach (var (outputKey, outputValue) in value!.AsObject())
                    configuration["output"]![outputKey] = outputValue?.DeepClone();
            }
            else
            {
                configuration[key] = value?.DeepClone();
            }
        }
        var result = OptionsNormalizer.Normalize(configuration, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.FormatErrors());
        return SharpackPlugins.CreateCompiler(result.Options!).Run();
    }

    private string Output(string file = "main.js") => File.ReadAllText(Path.Combine(_root, "dist", file));

    private string Node(string script)
    {
        var (code, output) = TestPaths.RunNode(_root, "-e", script);
        Assert.True(code == 0, output);
        return output;
    }

    private const string UmdIndex = """
        import ext from "my-external";
        export const value = ext.sep !== undefined ? "path" : ext;
        """;

    private const string UmdConfig = """
        { "output": { "library": { "type": "umd", "name": "MyLib" } },
          "externals": { "my-external": { "root": "MyExternal", "commonjs": "path", "commonjs2": "path", "amd": "my/external" } } }
        """;

    // In development module ids are names, an external's the request that named it (webpack's
    // ExternalModule.libIdent), so its variable is Template.toIdentifier of `my-external` (as webpack 5.112 writes it).
    [Fact]
    public void Umd_externals_are_loaded_by_each_branch_of_the_wrapper()
    {
        Assert.Empty(Build(UmdIndex, UmdConfig).Errors);
        var code = Output();
        Assert.Contains("module.exports = factory(require(\"path\"));", code, StringComparison.Ordinal);
        Assert.Contains("define([\"my/external\"], factory);", code, StringComparison.Ordinal);
        Assert.Contains("exports[\"MyLib\"] = factory(require(\"path\"));", code, StringComparison.Ordinal);
        Assert.Contains("root[\"MyLib\"] = factory(root[\"MyExternal\"]);", code, StringComparison.Ordinal);
        Assert.Contains("})(self, (__WEBPACK_EXTERNAL_MODULE_my_external__) => {", code, StringComparison.Ordinal);
        Assert.Contains("module.exports = __WEBPACK_EXTERNAL_MODULE_my_external__;", code, StringComparison.Ordinal);
        Assert.Equal("path\nfrom amd\nfrom root\n", Node("""
            const fs = require("fs"), vm = require("vm"); const code = fs.readFileSync("dist/main.js", "utf8");
            global.self = {}; console.log(require("./dist/main.js").value);
            let amd; const define = (deps, factory) => { amd = factory(...deps.map(() => "from amd")); }; define.amd = true;
            vm.runInNewContext(code, { define, self: {} }); console.log(amd.value);
            const ctx = { self: { MyExternal: "from root" } }; vm.runInNewContext(code, ctx); console.log(ctx.self.MyLib.value);
            """));
    }

    // webpack's ExternalModule is strict, but for a `this` external: its function reads the global `this`.
    [Fact]
    public void A_this_external_reads_the_global_this()
    {
        Assert.Empty(Build("console.log(require('external'));\n", """
            { "externals": { "external": "this EXTERNAL_TEST_GLOBAL" } }
            """).Errors);
        Assert.Equal("42\n", Node("""
            require("vm").runInNewContext(require("fs").readFileSync("dist/main.js", "utf8"), { EXTERNAL_TEST_GLOBAL: 42, console });
            """));
    }

    [Fact]
    public void A_deterministic_external_id_hashes_the_identifier_with_its_type_as_webpack_does()
    {
        Assert.Empty(Build("module.exports = require('my-external');", """
            { "mode": "production", "output": { "library": { "type": "umd", "name": "MyLib" } }, "externals": { "my-external": "MyExternal" }, "optimization": { "minimize": false } }
            """).Errors);
        // webpack 5.113 writes this id for `external umd "MyExternal"`; the readable name (`external "MyExternal"`) would give another.
        Assert.Contains("})(self, (__WEBPACK_EXTERNAL_MODULE__557__) => {", Output(), StringComparison.Ordinal);
    }

    [Fact]
    public void Umd2_passes_optional_externals_to_amd_as_globals()
    {
        Assert.Empty(Build("""
            let ext; try { ext = require("optional"); } catch (e) {}
            export const value = ext;
            """, """
            { "output": { "library": { "type": "umd2", "name": "MyLib" } }, "externals": { "optional": "optional" } }
            """).Errors);
        var code = Output();
        Assert.Contains("module.exports = factory((function webpackLoadOptionalExternalModule() { try { return require(\"optional\"); } catch(e) {} }()));", code, StringComparison.Ordinal);
        Assert.Contains("define([], function webpackLoadOptionalExternalModuleAmd() {\n\t\t\treturn factory(root[\"optional\"]);\n\t\t});", code, StringComparison.Ordinal);
        Assert.Contains("if(typeof __WEBPACK_EXTERNAL_MODULE_optional__ === 'undefined') { var e = new Error(\"Cannot find module 'optional'\"); e.code = 'MODULE_NOT_FOUND'; throw e; }", code, StringComparison.Ordinal);
        Assert.Equal("undefined\n", Node("global.self = {}; console.log(require('./dist/main.js').value)"));
    }

    [Fact]
    public void Amd_externals_are_the_defines_dependencies()
    {
        Assert.Empty(Build("""
            import $ from "jquery";
            export const value = $("x");
            """, """
            { "output": { "library": { "type": "amd", "name": "MyLib" } }, "externals": { "jquery": "jquery" } }
            """).Errors);
        Assert.StartsWith("define(\"MyLib\", [\"jquery\"], (__WEBPACK_EXTERNAL_MODULE_jquery__) => { return ", Output(), StringComparison.Ordinal);
        Assert.Equal("MyLib jquery:x\n", Node("""
            const define = (name, deps, factory) => console.log(name, factory(...deps.map((d) => (x) => d + ":" + x)).value);
            new Function("define", require("fs").readFileSync("dist/main.js", "utf8"))(define);
            """));
    }

    [Fact]
    public void System_externals_are_registered_dependencies_with_setters()
    {
        Assert.Empty(Build("""
            import { named } from "dep";
            export const value = named;
            """, """
            { "output": { "library": { "type": "system" } }, "externals": { "dep": "dep" } }
            """).Errors);
        var code = Output();
        Assert.StartsWith("System.register([\"dep\"], function(__WEBPACK_DYNAMIC_EXPORT__, __system_context__) {\n\tvar __WEBPACK_EXTERNAL_MODULE_dep__ = {};\n", code, StringComparison.Ordinal);
        Assert.Contains("\t\tsetters: [\n\t\t\tfunction(module) {\n", code, StringComparison.Ordinal);
        Assert.Equal("[\"dep\"] 7\n", Node("""
            let exported, setters, execute;
            const System = { register: (deps, declare) => { const r = declare((v) => { exported = v; }, {}); console.log(JSON.stringify(deps), (r.setters.forEach((s) => s({ named: 7 })), r.execute(), exported.value)); } };
            new Function("System", require("fs").readFileSync("dist/main.js", "utf8"))(System);
            """));
    }

    [Fact]
    public void Promise_import_and_amd_async_externals_are_awaited_by_their_importers()
    {
        File.WriteAllText(Path.Combine(_root, "esm.mjs"), "export const fromImport = 'import';\n");
        var esm = new Uri(Path.Combine(_root, "esm.mjs")).AbsoluteUri;
        Assert.Empty(Build("""
            import fromPromise from "from-promise";
            import { fromImport } from "from-import";
            import fromAmd from "from-amd";
            export const values = [fromPromise, fromImport, fromAmd].join(",");
            """, $$"""
            { "target": "node14", "output": { "library": { "type": "commonjs2" } },
              "externals": { "from-promise": "promise Promise.resolve('promise')", "from-import": "import {{esm}}", "from-amd": ["amd-async amd-module", "sub"] } }
            """).Errors);
        var code = Output();
        Assert.Contains("module.exports = Promise.resolve('promise');", code, StringComparison.Ordinal);
        Assert.Contains($"module.exports = import(\"{esm}\");", code, StringComparison.Ordinal);
        Assert.Contains("\trequire([\"amd-module\"], (module) => {\n\t\tresolve(module[\"sub\"]);\n\t}, reject);", code, StringComparison.Ordinal);
        // The default import of an async module is read after the module awaited it.
        Assert.Matches(@"await __webpack_async_dependencies__\)\(\) : __webpack_async_dependencies__\);\n/\* harmony import \*/ var \w+_default = ", code);
        Assert.Equal("promise,import,amd\n", Node("""
            const real = require; const amdRequire = (deps, load) => Array.isArray(deps) ? setTimeout(() => load({ sub: "amd" }), 1) : real(deps);
            const m = { exports: {} }; new Function("module", "exports", "require", real("fs").readFileSync("dist/main.js", "utf8"))(m, m.exports, amdRequire);
            m.exports.then((e) => console.log(e.values));
            """));
    }

    [Fact]
    public void A_script_external_loads_its_url_and_reads_the_global()
    {
        Assert.Empty(Build("""
            import lib from "lib";
            console.log(lib);
            """, """
            { "target": "web", "externals": { "lib": "script Lib@https://example.com/lib.js" } }
            """).Errors);
        var code = Output();
        Assert.Contains("if(typeof Lib !== \"undefined\") return resolve();", code, StringComparison.Ordinal);
        Assert.Contains("__webpack_require__.l(\"https://example.com/lib.js\", (event) => {", code, StringComparison.Ordinal);
        Assert.Contains("}).then(() => (Lib));", code, StringComparison.Ordinal);
        Assert.Contains("__webpack_require__.l = ", code, StringComparison.Ordinal);
    }

    // webpack's getAlternateCoreModuleRequest: a built-in's key matches its request with or without
    // node:, on a target with no node preset (nothing else would make it external there).
    [Theory]
    [InlineData("fs", "node:fs")]
    [InlineData("node:fs", "fs")]
    public void A_built_in_module_key_matches_the_request_with_or_without_the_node_prefix(string key, string other)
    {
        Assert.Empty(Build($$"""
            module.exports = [typeof require("{{key}}").readFileSync, typeof require("{{other}}").readFileSync].join(" ");
            """, $$"""
            { "target": "web", "output": { "library": { "type": "commonjs2" } }, "externals": { "{{key}}": "commonjs {{key}}", "not-core": "commonjs fs" } }
            """).Errors);
        Assert.Equal("function function\n", Node("console.log(require('./dist/main.js'))"));
    }

    // webpack's options form { external, sideEffects }: an external said to have no side effects is
    // dropped where it is imported for its side effects only; the others stay.
    [Fact]
    public void An_external_without_side_effects_is_dropped_when_nothing_of_it_is_used()
    {
        Assert.Empty(Build("""
            import "free-ext";
            import "keep-ext";
            import "default-ext";
            import { sep } from "used-free-ext";
            console.log(sep);
            """, """
            { "mode": "production", "target": "node", "optimization": { "minimize": false },
              "externals": { "free-ext": { "external": "commonjs fs", "sideEffects": false }, "keep-ext": { "external": "commonjs os", "sideEffects": true },
                "default-ext": "commonjs util", "used-free-ext": { "external": "commonjs path", "sideEffects": false } } }
            """).Errors);
        var code = Output();
        Assert.DoesNotContain("require(\"fs\")", code, StringComparison.Ordinal);
        Assert.Contains("require(\"os\")", code, StringComparison.Ordinal);
        Assert.Contains("require(\"util\")", code, StringComparison.Ordinal);
        Assert.Contains("require(\"path\")", code, StringComparison.Ordinal);
        Assert.Equal(System.IO.Path.DirectorySeparatorChar + "\n", Node("require('./dist/main.js')"));
    }

    // webpack's output.importFunctionName: an import external calls it instead of import(), which
    // the environment then need not support.
    [Fact]
    public void An_import_external_calls_output_import_function_name()
    {
        Assert.Empty(Build("""
            import("lazy-ext").then(m => console.log(m.request));
            """, """
            { "target": ["web", "es5"], "output": { "importFunctionName": "globalThis.myImport", "library": { "type": "commonjs2" } },
              "externals": { "lazy-ext": "import /some/module.js" } }
            """).Errors);
        Assert.Contains("module.exports = globalThis.myImport(\"/some/module.js\");", Output(), StringComparison.Ordinal);
        Assert.Equal("/some/module.js\n", Node("globalThis.myImport = (name) => Promise.resolve({ request: name }); require('./dist/main.js')"));
    }

    [Fact]
    public void Type_prefixes_arrays_and_the_library_types_default()
    {
        Assert.Empty(Build("""
            const sep = require("sep");
            const fs = require("fs-cjs");
            const os = require("os-default");
            module.exports = [sep, typeof fs.readFileSync, typeof os.cpus].join(" ");
            """, """
            { "target": "web", "output": { "library": { "type": "commonjs2" } },
              "externals": { "sep": ["commonjs path", "sep"], "fs-cjs": "commonjs fs", "os-default": "os" } }
            """).Errors);
        var code = Output();
        // externalsType defaults to output.library.type.
        Assert.Contains("module.exports = require(\"os\");", code, StringComparison.Ordinal);
        Assert.Contains("module.exports = require(\"path\")[\"sep\"];", code, StringComparison.Ordinal);
        Assert.Equal("/ function function\n", Node("console.log(require('./dist/main.js'))"));
    }

    [Fact]
    public void A_context_element_matches_externals_by_the_request_as_written()
    {
        // The elements of `./parts` are `./a.js` and `./b.js` in their folder; externals name them
        // as written (webpack's originalRequest), and an external's value defaults to that request.
        Directory.CreateDirectory(Path.Combine(_root, "parts"));
        File.WriteAllText(Path.Combine(_root, "parts", "a.js"), "module.exports = 'bundled a';");
        File.WriteAllText(Path.Combine(_root, "parts", "b.js"), "module.exports = 'bundled b';");
        File.WriteAllText(Path.Combine(_root, "parts", "c.js"), "module.exports = 'bundled c';");
        Assert.Empty(Build("""
            const load = (name) => require("./parts/" + name + ".js");
            module.exports = ["a", "b", "c"].map(load).map((x) => typeof x === "string" ? x : typeof x.cpus).join(" ");
            """, """
            { "target": "node", "output": { "library": { "type": "commonjs2" } },
              "externals": [{ "./parts/a.js": "commonjs os" }, "./parts/b.js"], "externalsType": "commonjs" }
            """).Errors);
        var code = Output();
        Assert.Contains("module.exports = require(\"os\");", code, StringComparison.Ordinal);
        Assert.Contains("module.exports = require(\"./parts/b.js\");", code, StringComparison.Ordinal);
        Assert.DoesNotContain("bundled a", code, StringComparison.Ordinal);
        Assert.Contains("bundled c", code, StringComparison.Ordinal);
        Directory.CreateDirectory(Path.Combine(_root, "dist", "parts"));
        File.WriteAllText(Path.Combine(_root, "dist", "parts", "b.js"), "module.exports = 'external b';");
        Assert.Equal("function external b bundled c\n", Node("console.log(require('./dist/main.js'))"));
    }

    [Fact]
    public void A_record_without_the_types_value_is_webpacks_error()
    {
        var stats = Build("require('x');", """{ "externals": { "x": { "root": "X", "amd": "x" } } }""");
        var error = Assert.Single(stats.Errors);
        Assert.Contains("Missing external configuration for type \"var\" in external", error.Message, StringComparison.Ordinal);
        Assert.Contains("set 'output.externalsType'/'output.library.type' to one of: \"root\", \"amd\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Externals_presets_override_the_target()
    {
        Assert.Empty(Build("module.exports = typeof require('fs').readFileSync;", """
            { "target": "web", "externalsPresets": { "node": true, "web": false }, "output": { "library": { "type": "commonjs2" } } }
            """).Errors);
        Assert.Contains("external \"fs\"", Output(), StringComparison.Ordinal);
        Assert.Equal("function\n", Node("console.log(require('./dist/main.js'))"));
    }

    [Fact]
    public void The_web_preset_makes_url_requests_module_externals()
    {
        Assert.Empty(Build("import('https://example.com/x.js').then(console.log);", """{ "target": ["web", "es2020"] }""").Errors);
        // A module external stays in the chunk that imports it (webpack's chunk condition); outside ES module output it is an import().
        var chunk = Assert.Single(Directory.GetFiles(Path.Combine(_root, "dist")), f => Path.GetFileName(f) != "main.js");
        Assert.Contains("module.exports = import(\"https://example.com/x.js\");", File.ReadAllText(chunk), StringComparison.Ordinal);
    }

    [Fact]
    public void Url_externals_are_the_url_in_javascript_and_in_a_stylesheet()
    {
        File.WriteAllText(Path.Combine(_root, "style.css"), ".a { background: url(old-bg); }\n.b { background: url(new-bg); }\n");
        var stats = Build("import './style.css';\nconsole.log(new URL('old-bg', import.meta.url).href);\n", """
            { "target": "web", "experiments": { "css": true },
              "externals": { "old-bg": "css-url https://cdn.example/old.png", "new-bg": "asset-url https://cdn.example/new.png" } }
            """);
        Assert.Empty(stats.Errors);
        // css-url is webpack's old spelling of asset-url: both are the URL as written, never "data:,".
        var css = Output("main.css");
        Assert.Contains("url(https://cdn.example/old.png)", css, StringComparison.Ordinal);
        Assert.Contains("url(https://cdn.example/new.png)", css, StringComparison.Ordinal);
        Assert.Contains("module.exports = \"https://cdn.example/old.png\";", Output(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_imported_only_by_an_async_chunk_moves_to_the_entry_chunk()
    {
        File.WriteAllText(Path.Combine(_root, "later.js"), "export const sep = require('path').sep;\n");
        Assert.Empty(Build("import('./later.js').then((m) => console.log(m.sep));", """{ "target": "node", "externals": { "path": "commonjs path" } }""").Errors);
        // webpack's chunk condition: an external lives in an entry's chunk, where a library wrapper can pass it in.
        Assert.Contains("/***/ \"path\"\n", Output(), StringComparison.Ordinal);
        var chunk = Assert.Single(Directory.GetFiles(Path.Combine(_root, "dist")), f => Path.GetFileName(f) != "main.js");
        Assert.DoesNotContain("!*** external \"path\" ***!", File.ReadAllText(chunk), StringComparison.Ordinal);
        Assert.Equal("/\n", Node("require('./dist/main.js')"));
    }

    [Fact]
    public void Bad_externals_presets_are_configuration_errors()
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse("""{ "externalsPresets": { "node": "yes", "deno": true, "android": true } }"""), new OptionsOverrides(), _root);
        Assert.Contains("configuration.externalsPresets.node should be a boolean.", result.Errors);
        Assert.Contains(result.Errors, e => e.StartsWith("configuration.externalsPresets has an unknown property 'android'", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Errors, e => e.Contains("'deno'", StringComparison.Ordinal));
    }

    // externalsPresets.nodeModules: a package resolved in node_modules is required at run time (the
    // build's copy is not bundled), an allowlisted one and a relative file are bundled, and a package's
    // non-JavaScript file stays a module of the build.
    [Fact]
    public void The_node_modules_preset_makes_installed_packages_externals()
    {
        foreach (var (package, text) in (ReadOnlySpan<(string, string)>)[("ext-pkg", "module.exports = 'bundled ext';"), ("kept-pkg", "module.exports = 'bundled kept';")])
        {
            Directory.CreateDirectory(Path.Combine(_root, "node_modules", package));
            File.WriteAllText(Path.Combine(_root, "node_modules", package, "package.json"), $$"""{ "name": "{{package}}", "main": "index.js" }""");
            File.WriteAllText(Path.Combine(_root, "node_modules", package, "index.js"), text + "\n");
            File.WriteAllText(Path.Combine(_root, "node_modules", package, "data.txt"), "text of " + package);
        }
        File.WriteAllText(Path.Combine(_root, "local.js"), "module.exports = 'local';\n");
        var stats = Build("""
            const ext = require("ext-pkg");
            const kept = require("kept-pkg");
            const local = require("./local.js");
            const data = require("ext-pkg/data.txt");
            console.log([ext, kept, local, data].join(", "));
            """, """
            { "target": "node", "externalsPresets": { "nodeModules": { "allowlist": ["kept-pkg"] } },
              "module": { "rules": [{ "test": { "__regexp": { "source": "\\.txt$", "flags": "" } }, "type": "asset/source" }] } }
            """);
        Assert.Empty(stats.Errors);
        Assert.Contains("module.exports = require(\"ext-pkg\");", Output(), StringComparison.Ordinal);
        Assert.DoesNotContain("bundled ext", Output(), StringComparison.Ordinal);
        Assert.Contains("bundled kept", Output(), StringComparison.Ordinal);
        // Run from another folder, where the installed package is not the build's copy.
        Directory.CreateDirectory(Path.Combine(_root, "dist", "node_modules", "ext-pkg"));
        File.WriteAllText(Path.Combine(_root, "dist", "node_modules", "ext-pkg", "index.js"), "module.exports = 'installed ext';\n");
        Directory.Delete(Path.Combine(_root, "node_modules", "ext-pkg"), recursive: true);
        Assert.Equal("installed ext, bundled kept, local, text of ext-pkg\n", Node("require('./dist/main.js')"));
    }
}
