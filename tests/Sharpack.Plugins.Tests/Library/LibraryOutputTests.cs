// output.library of every type, built from files on disk and run in node: each build's wrapper is
// checked against what webpack writes, then loaded the way its module system would (require,
// a define shim for AMD, a System.register shim, a global scope for the assigning types, an ES
// import for module output) and its exports read back.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests.Library;

public sealed class LibraryOutputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-library-").FullName;

    public LibraryOutputTests()
    {
        File.WriteAllText(Path.Combine(_root, "index.js"), """
            import dep from "./dep";
            export const answer = 42;
            export default function hello() { return "hello " + dep; }
            """);
        File.WriteAllText(Path.Combine(_root, "dep.js"), "export default \"dep\";\n");
        // Loads dist/<file> as the given module system and prints what it exports.
        File.WriteAllText(Path.Combine(_root, "load.cjs"), """
            const vm = require("vm"), fs = require("fs"), path = require("path");
            const [kind, file, name] = process.argv.slice(2);
            const code = fs.readFileSync(path.join(__dirname, "dist", file), "utf8");
            const show = (v) => console.log(v && typeof v === "object"
              ? JSON.stringify({ answer: v.answer, hello: typeof v.default === "function" ? v.default() : v.default, esModule: v.__esModule === true })
              : typeof v === "function" ? "function " + v() : String(v));
            const run = async () => {
              switch (kind) {
                case "commonjs2": { const m = { exports: {} }; new Function("module", "exports", "require", "self", code)(m, m.exports, require, {}); return show(m.exports); }
                case "commonjs": { const m = { exports: {} }; new Function("module", "exports", "require", "self", code)(undefined, m.exports, require, {}); return show(name ? m.exports[name] : m.exports); }
                case "global": { const ctx = { self: {}, window: {}, console }; ctx.globalThis = ctx; vm.runInNewContext(code, ctx); return show(ctx.self[name] ?? ctx.window[name] ?? ctx[name]); }
                case "this": { const ctx = {}; vm.runInNewContext(code, ctx); return show(ctx[name]); }
                case "amd": {
                  let got; const define = (...args) => { const factory = args.pop(); got = { name: typeof args[0] === "string" ? args[0] : null, value: factory() }; };
                  define.amd = {}; new Function("define", "require", "self", code)(define, (deps, factory) => { got = { name: "require", value: factory() }; }, {});
                  console.log("amd " + got.name); return show(got.value);
                }
                case "system": {
                  let got; const System = { register: (...args) => { const declare = args.pop(); console.log("system " + (typeof args[0] === "string" ? args[0] : null)); declare((v) => { got = v; }, {}).execute(); } };
                  new Function("System", code)(System); return show(got);
                }
                case "jsonp": { let got; new Function(name, code)((v) => { got = v; }); return show(got); }
                case "module": return show(await import(require("url").pathToFileURL(path.join(__dirname, "dist", file)).href));
              }
            };
            run().catch((e) => { console.log("ERROR " + e.message); process.exitCode = 1; });
            """);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    // Builds index.js with the given output properties; extra is an object whose properties replace the configuration's.
    private Core.Stats.BuildStats Build(string output, string? extra = null) => BuildWith(output, extra).Stats;

    private (Core.Stats.BuildStats Stats, NormalizedOptions Options) BuildWith(string output, string? extra = null)
    {
        var config = JsonNode.Parse($$"""
            { "mode": "production", "entry": "./index.js", "devtool": false, "optimization": { "minimize": false, "concatenateModules": false, "sideEffects": false, "mangleExports": false },
              "output": { "path": "{{_root.Replace("\\", "/", StringComparison.Ordinal)}}/dist", {{output}} } }
            """)!.AsObject();
        if (extra is not null)
        {
            foreach (var (key, value) in JsonNode.Parse(extra)!.AsObject())
                config[key] = value?.DeepClone();
        }
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.FormatErrors());
        return (SharpackPlugins.CreateCompiler(result.Options!).Run(), result);
    }

    private string Output(string file = "main.js") => File.ReadAllText(Path.Combine(_root, "dist", file));

    private string Load(string kind, string file = "main.js", string name = "")
    {
        var (code, output) = TestPaths.RunNode(_root, "load.cjs", kind, file, name);
        Assert.True(code == 0, output);
        return output;
    }

    private const string Exports = "{\"answer\":42,\"hello\":\"hello dep\",\"esModule\":true}\n";

    [Theory]
    [InlineData("var", "var MyLib;\n", "MyLib = __webpack_exports__;\n", "this")]
    [InlineData("assign", "/******/ (() => {", "MyLib = __webpack_exports__;\n", "this")]
    [InlineData("this", "/******/ (() => {", "this.MyLib = __webpack_exports__;\n", "this")]
    [InlineData("window", "/******/ (() => {", "window.MyLib = __webpack_exports__;\n", "global")]
    [InlineData("self", "/******/ (() => {", "self.MyLib = __webpack_exports__;\n", "global")]
    [InlineData("global", "/******/ (() => {", "self.MyLib = __webpack_exports__;\n", "global")]
    [InlineData("commonjs", "/******/ (() => {", "exports.MyLib = __webpack_exports__;\n", "commonjs")]
    public void A_named_assigning_library_assigns_the_entrys_exports(string type, string head, string startup, string kind)
    {
        var stats = Build($$"""
            "library": { "type": "{{type}}", "name": "MyLib" }
            """);
        Assert.Empty(stats.Errors);
        var code = Output();
        Assert.StartsWith(head, code, StringComparison.Ordinal);
        // The entry is written into the runtime's scope (inlined), its exports object declared for it;
        // in a sloppy runtime ("assign") the strict entry gets an IIFE of its own.
        Assert.Contains(type == "assign"
            ? "\nlet __webpack_exports__ = {};\n// This entry needs to be wrapped in an IIFE because it needs to be in strict mode.\n(() => {\n\"use strict\";\n__webpack_require__.r(__webpack_exports__);\n"
            : "\nlet __webpack_exports__ = {};\n__webpack_require__.r(__webpack_exports__);\n", code, StringComparison.Ordinal);
        Assert.DoesNotContain("__webpack_require__(__webpack_require__.s", code, StringComparison.Ordinal);
        Assert.EndsWith(startup + "/******/ })()\n;", code, StringComparison.Ordinal);
        Assert.Equal(Exports, Load(kind, name: "MyLib"));
        // Assigning an undeclared global is not allowed in strict mode: only "assign" keeps the runtime out of it (webpack's strictRuntimeBailout).
        Assert.Equal(type == "assign", code.Contains("/******/ \t// runtime can't be in strict mode because a global variable is assign and maybe created.\n", StringComparison.Ordinal));
    }

    [Fact]
    public void An_assign_library_whose_runtime_is_in_another_chunk_keeps_the_entry_chunk_sloppy_too()
    {
        // webpack's renderChunk asks strictRuntimeBailout as renderMain does: the entry chunk runs the
        // startup that assigns the undeclared global, which strict mode would reject.
        var stats = Build("""
            "filename": "[name].js", "library": { "type": "assign", "name": "MyLib" }
            """, """{ "optimization": { "minimize": false, "concatenateModules": false, "runtimeChunk": true } }""");
        Assert.Empty(stats.Errors);
        var main = Output();
        Assert.StartsWith("// runtime can't be in strict mode because a global variable is assign and maybe created.\n", main, StringComparison.Ordinal);
        Assert.DoesNotContain("\"use strict\";\n(self", main, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_root, "both.cjs"), """
            const vm = require("vm"), fs = require("fs"), path = require("path");
            const ctx = { self: {}, console }; ctx.globalThis = ctx; vm.createContext(ctx);
            for (const file of ["runtime~main.js", "main.js"]) vm.runInContext(fs.readFileSync(path.join(__dirname, "dist", file), "utf8"), ctx);
            console.log(vm.runInContext("MyLib.answer", ctx));
            """);
        var (code, output) = TestPaths.RunNode(_root, "both.cjs");
        Assert.True(code == 0, output);
        Assert.Equal("42\n", output);
    }

    [Theory]
    [InlineData("commonjs2", "module.exports = __webpack_exports__;\n")]
    [InlineData("commonjs-module", "module.exports = __webpack_exports__;\n")]
    [InlineData("commonjs", "const __webpack_export_target__ = exports;\nfor(var __webpack_i__ in __webpack_exports__) __webpack_export_target__[__webpack_i__] = __webpack_exports__[__webpack_i__];\nif(__webpack_exports__.__esModule) Object.defineProperty(__webpack_export_target__, \"__esModule\", { value: true });\n")]
    public void An_unnamed_commonjs_library_is_the_module_or_copies_onto_exports(string type, string startup)
    {
        Assert.Empty(Build($$""" "library": { "type": "{{type}}" } """).Errors);
        Assert.EndsWith(startup + "/******/ })()\n;", Output(), StringComparison.Ordinal);
        Assert.Equal(Exports, Load(type == "commonjs" ? "commonjs" : "commonjs2"));
    }

    [Fact]
    public void Commonjs_static_assigns_each_provided_export_where_node_can_see_it()
    {
        Assert.Empty(Build(""" "library": { "type": "commonjs-static" } """).Errors);
        Assert.Contains("""
            exports.answer = __webpack_exports__.answer;
            exports["default"] = __webpack_exports__["default"];
            for(var __webpack_i__ in __webpack_exports__) {
              if (["answer","default"].indexOf(__webpack_i__) === -1) {
                exports[__webpack_i__] = __webpack_exports__[__webpack_i__];
              }
            }
            Object.defineProperty(exports, "__esModule", { value: true });
            """.Replace("\r", "", StringComparison.Ordinal), Output(), StringComparison.Ordinal);
        Assert.Equal(Exports, Load("commonjs"));
    }

    [Fact]
    public void Assign_properties_copies_onto_an_object_it_creates_when_missing()
    {
        Assert.Empty(Build(""" "library": { "type": "assign-properties", "name": ["a", "b"] } """).Errors);
        Assert.Contains("const __webpack_export_target__ = ((a = typeof a === \"undefined\" ? {} : a).b = a.b || {});\n", Output(), StringComparison.Ordinal);
        var (code, output) = TestPaths.RunNode(_root, "-e", "const vm = require('vm'); const ctx = { a: { b: { kept: 1 } } }; vm.runInNewContext(require('fs').readFileSync('dist/main.js', 'utf8'), ctx); console.log(ctx.a.b.kept, ctx.a.b.answer)");
        Assert.True(code == 0, output);
        Assert.Equal("1 42\n", output);
    }

    [Fact]
    public void A_var_library_with_a_path_name_creates_the_objects_on_the_way()
    {
        Assert.Empty(Build(""" "library": { "type": "var", "name": ["Outer", "Inner"] } """).Errors);
        var code = Output();
        Assert.StartsWith("var Outer;\n", code, StringComparison.Ordinal);
        Assert.Contains("(Outer = typeof Outer === \"undefined\" ? {} : Outer).Inner = __webpack_exports__;\n", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Umd_loads_as_commonjs_amd_and_a_global_with_webpacks_wrapper()
    {
        Assert.Empty(Build(""" "library": { "type": "umd", "name": "MyLib" } """).Errors);
        var code = Output();
        Assert.StartsWith("""
            (function webpackUniversalModuleDefinition(root, factory) {
            	if(typeof exports === 'object' && typeof module === 'object')
            		module.exports = factory();
            	else if(typeof define === 'function' && define.amd)
            		define([], factory);
            	else if(typeof exports === 'object')
            		exports["MyLib"] = factory();
            	else
            		root["MyLib"] = factory();
            })(self, () => {
            return /******/ (() => { // webpackBootstrap
            """.Replace("\r", "", StringComparison.Ordinal), code, StringComparison.Ordinal);
        Assert.EndsWith("/******/ \treturn __webpack_exports__;\n/******/ })()\n;\n});", code, StringComparison.Ordinal);
        Assert.Equal(Exports, Load("commonjs2"));
        Assert.Equal("amd null\n" + Exports, Load("amd"));
        Assert.Equal(Exports, Load("global", name: "MyLib"));
    }

    [Fact]
    public void Umd_names_per_module_system_named_define_and_auxiliary_comments()
    {
        Assert.Empty(Build("""
            "library": { "type": "umd", "name": { "root": ["My", "Lib"], "amd": "my-lib", "commonjs": "my-lib-cjs" }, "umdNamedDefine": true,
              "auxiliaryComment": { "root": "Root", "commonjs": "CommonJS", "commonjs2": "CommonJS2", "amd": "AMD" } }
            """).Errors);
        Assert.StartsWith("""
            (function webpackUniversalModuleDefinition(root, factory) {
            	//CommonJS2
            	if(typeof exports === 'object' && typeof module === 'object')
            		module.exports = factory();
            	//AMD
            	else if(typeof define === 'function' && define.amd)
            		define("my-lib", [], factory);
            	//CommonJS
            	else if(typeof exports === 'object')
            		exports["my-lib-cjs"] = factory();
            	//Root
            	else
            		root["My"] = root["My"] || {}, root["My"]["Lib"] = factory();
            })(self, () => {
            """.Replace("\r", "", StringComparison.Ordinal), Output(), StringComparison.Ordinal);
        Assert.Equal("amd my-lib\n" + Exports, Load("amd"));
        var (code, output) = TestPaths.RunNode(_root, "-e", "const vm = require('vm'); const ctx = { self: {} }; vm.runInNewContext(require('fs').readFileSync('dist/main.js', 'utf8'), ctx); console.log(ctx.self.My.Lib.answer)");
        Assert.True(code == 0, output);
        Assert.Equal("42\n", output);
    }

    [Fact]
    public void The_legacy_output_options_and_export_give_one_export()
    {
        Assert.Empty(Build(""" "library": "MyLib", "libraryTarget": "umd", "libraryExport": "default", "umdNamedDefine": true """).Errors);
        var code = Output();
        Assert.Contains("define(\"MyLib\", [], factory);", code, StringComparison.Ordinal);
        Assert.Contains("__webpack_exports__ = __webpack_exports__[\"default\"];\n/******/ \treturn __webpack_exports__;", code, StringComparison.Ordinal);
        Assert.Equal("function hello dep\n", Load("commonjs2"));
    }

    [Theory]
    [InlineData("amd", "define(\"MyLib\", [], () => { return /******/ (() => { // webpackBootstrap\n", "amd MyLib\n")]
    [InlineData("amd-require", "require([], () => { return /******/ (() => { // webpackBootstrap\n", "amd require\n")]
    public void Amd_defines_or_requires_with_the_runtime_as_factory(string type, string head, string prefix)
    {
        var name = type == "amd" ? ", \"name\": \"MyLib\"" : "";
        Assert.Empty(Build($$""" "library": { "type": "{{type}}"{{name}} } """).Errors);
        var code = Output();
        Assert.StartsWith(head, code, StringComparison.Ordinal);
        // webpack ends the IIFE's statement after the wrapper too: "});;".
        Assert.EndsWith("/******/ })()\n;\n});;", code, StringComparison.Ordinal);
        Assert.Equal(prefix + Exports, Load("amd"));
    }

    [Fact]
    public void System_context_is_the_register_calls_context_in_a_system_library_only()
    {
        File.WriteAllText(Path.Combine(_root, "dep.js"), "export default typeof __system_context__ === \"object\" ? \"in system\" : \"elsewhere\";\n");
        Assert.Empty(Build(""" "library": { "type": "system", "name": "MyLib" } """).Errors);
        Assert.Contains("__webpack_require__.y = __system_context__;", Output(), StringComparison.Ordinal);
        Assert.Contains("\"hello\":\"hello in system\"", Load("system"), StringComparison.Ordinal);
        Assert.Empty(Build(""" "library": { "type": "commonjs2" } """).Errors);
        Assert.DoesNotContain("__webpack_require__.y = __system_context__", Output(), StringComparison.Ordinal);
        Assert.Contains("\"hello\":\"hello elsewhere\"", Load("commonjs2"), StringComparison.Ordinal);
    }

    [Fact]
    public void System_registers_with_the_runtime_as_dynamic_export()
    {
        Assert.Empty(Build(""" "library": { "type": "system", "name": "MyLib" } """).Errors);
        var code = Output();
        Assert.StartsWith("System.register(\"MyLib\", [], function(__WEBPACK_DYNAMIC_EXPORT__, __system_context__) {\n\n\n\treturn {\n\n\t\texecute: function() {\n\t\t\t__WEBPACK_DYNAMIC_EXPORT__(\n", code, StringComparison.Ordinal);
        Assert.EndsWith("\n\t\t\t);\n\t\t}\n\t};\n});", code, StringComparison.Ordinal);
        Assert.Equal("system MyLib\n" + Exports, Load("system"));
    }

    [Fact]
    public void Jsonp_calls_the_named_function_with_the_exports()
    {
        Assert.Empty(Build(""" "library": { "type": "jsonp", "name": "callback" } """).Errors);
        Assert.StartsWith("callback(/******/ (() => {", Output(), StringComparison.Ordinal);
        Assert.Equal(Exports, Load("jsonp", name: "callback"));
    }

    [Theory]
    [InlineData("module")]
    [InlineData("modern-module")]
    public void A_module_library_exports_the_entrys_exports_as_an_es_module(string type)
    {
        Assert.Empty(Build($$""" "library": { "type": "{{type}}" } """, """{ "experiments": { "outputModule": true } }""").Errors);
        // The entry is written at the top level beside dep.js: its own declarations are exported directly.
        Assert.EndsWith("\nexport { answer, hello as default };\n", Output("main.mjs"), StringComparison.Ordinal);
        Assert.Equal("{\"answer\":42,\"hello\":\"hello dep\",\"esModule\":false}\n", Load("module", "main.mjs"));
    }

    [Theory]
    [InlineData("false")]
    [InlineData("true")]
    public void A_module_library_whose_entry_is_written_at_the_top_level_exports_its_bindings_live(string concatenate)
    {
        // webpack's direct bindings of an inlined entry: `export { count }` of the declaration
        // itself, so a consumer sees what tick() did (a snapshot of __webpack_exports__ would not).
        // A re-export is such a binding only in a concatenation (as webpack's, it is read off the
        // exports object otherwise).
        File.WriteAllText(Path.Combine(_root, "counter.js"), "import { bump } from './bumped.js';\nexport let count = 0;\nexport function tick() { count += 1; bump(); }\nexport default function named() { return 'd'; }\nexport { bumps } from './bumped.js';\n");
        File.WriteAllText(Path.Combine(_root, "bumped.js"), "export let bumps = 0;\nexport function bump() { bumps += 1; }\n");
        File.WriteAllText(Path.Combine(_root, "consume.mjs"), "import * as m from './dist/main.mjs';\nm.tick();\nm.tick();\nconsole.log(m.count, m.bumps, m.default());\n");
        Assert.Empty(Build(""" "library": { "type": "module" } """, $$"""{ "entry": "./counter.js", "experiments": { "outputModule": true }, "optimization": { "minimize": false, "concatenateModules": {{concatenate}} } }""").Errors);
        var code = Output("main.mjs");
        Assert.Contains("export { ", code, StringComparison.Ordinal);
        Assert.Contains(" count,", code, StringComparison.Ordinal);
        Assert.DoesNotContain("const __webpack_exports__count", code, StringComparison.Ordinal);
        var (exit, output) = TestPaths.RunNode(_root, "consume.mjs");
        Assert.True(exit == 0, output);
        Assert.Equal(concatenate == "true" ? "2 2 d\n" : "2 0 d\n", output);
    }

    [Fact]
    public void Placeholders_in_the_name_are_the_chunks_and_entries_can_have_their_own_library()
    {
        File.WriteAllText(Path.Combine(_root, "other.js"), "exports.other = 'other';\n");
        var stats = Build("""
            "filename": "[name].js", "library": { "type": "var", "name": "Lib_[name]" }
            """, """
            { "entry": { "main": "./index.js", "other": { "import": "./other.js", "library": { "type": "commonjs2" } } } }
            """);
        Assert.Empty(stats.Errors);
        Assert.StartsWith("var Lib_main;\n", Output(), StringComparison.Ordinal);
        Assert.EndsWith("Lib_main = __webpack_exports__;\n/******/ })()\n;", Output(), StringComparison.Ordinal);
        Assert.EndsWith("module.exports = __webpack_exports__;\n/******/ })()\n;", Output("other.js"), StringComparison.Ordinal);
        var (code, output) = TestPaths.RunNode(_root, "-e", "console.log(require('./dist/other.js').other)");
        Assert.True(code == 0, output);
        Assert.Equal("other\n", output);
    }

    [Theory]
    [InlineData("\"type\": \"commonjs\", \"name\": \"MyLib\"", "require('./dist/main.js').MyLib")]
    [InlineData("\"type\": \"commonjs2\"", "require('./dist/main.js')")]
    [InlineData("\"type\": \"commonjs-static\"", "require('./dist/main.js')")]
    public void An_entry_chunk_without_runtime_exports_from_its_own_startup(string library, string read)
    {
        // runtimeChunk: the entry chunk requires the runtime, starts its entry and runs the library's startup itself.
        Assert.Empty(Build($$""" "library": { {{library}} } """, """{ "target": "node", "optimization": { "runtimeChunk": "single", "minimize": false } }""").Errors);
        Assert.True(File.Exists(Path.Combine(_root, "dist", "runtime.js")));
        var (code, output) = TestPaths.RunNode(_root, "-e", $"const lib = {read}; console.log(lib.answer, lib.default())");
        Assert.True(code == 0, output);
        Assert.Equal("42 hello dep\n", output);
    }

    [Fact]
    public void The_library_name_is_part_of_the_chunk_hash()
    {
        Build(""" "filename": "[name].[chunkhash].js", "library": { "type": "var", "name": "First" } """);
        var first = Directory.GetFiles(Path.Combine(_root, "dist"), "main.*.js").Single();
        Directory.Delete(Path.Combine(_root, "dist"), recursive: true);
        Build(""" "filename": "[name].[chunkhash].js", "library": { "type": "var", "name": "Second" } """);
        var second = Directory.GetFiles(Path.Combine(_root, "dist"), "main.*.js").Single();
        Assert.NotEqual(Path.GetFileName(first), Path.GetFileName(second));
    }

    [Theory]
    [InlineData("\"library\": { \"type\": \"commonjs2\" }", "true true")]
    [InlineData("\"library\": { \"type\": \"commonjs2\", \"export\": \"answer\" }", "true false")]
    [InlineData("\"library\": { \"type\": \"module\" }", "true true")]
    [InlineData("\"filename\": \"main.js\"", "false false")]
    public void The_exports_a_library_reads_are_used(string output, string expected)
    {
        // webpack's finishEntryModule: the library's exports are used (__webpack_exports_info__ answers from usage).
        File.WriteAllText(Path.Combine(_root, "usage.js"), """
            export const answer = 42;
            export const other = 1;
            globalThis.usage = __webpack_exports_info__.answer.used + " " + __webpack_exports_info__.other.used;
            """);
        var module = output.Contains("module", StringComparison.Ordinal);
        var stats = Build(output + (module ? ", \"filename\": \"main.mjs\"" : ""), module
            ? """{ "entry": "./usage.js", "experiments": { "outputModule": true }, "optimization": { "usedExports": true, "minimize": false } }"""
            : """{ "entry": "./usage.js", "optimization": { "usedExports": true, "minimize": false } }""");
        Assert.Empty(stats.Errors);
        var file = module ? "main.mjs" : "main.js";
        var (code, result) = TestPaths.RunNode(_root, "--input-type=module", "-e", $"await import('./dist/{file}'); console.log(globalThis.usage)");
        Assert.True(code == 0, result);
        Assert.Equal(expected + "\n", result);
    }

    [Fact]
    public void Iife_false_with_umd_is_turned_back_on_with_webpacks_warning()
    {
        var (stats, options) = BuildWith(""" "iife": false, "library": { "type": "umd", "name": "MyLib" } """);
        Assert.Empty(stats.Errors);
        Assert.True(options.Options!.Output.Iife);
        Assert.Contains(options.Warnings, w => w.Contains("Setting 'output.iife' to 'false' is incompatible with 'output.library.type' set to 'umd'", StringComparison.Ordinal));
        Assert.Equal(Exports, Load("commonjs2"));
    }

    [Theory]
    [InlineData("\"library\": { \"type\": \"var\" }", "Library name must be a string or string array.")]
    [InlineData("\"library\": { \"type\": \"amd\", \"name\": [\"a\", \"b\"] }", "AMD library name must be a simple string or unset.")]
    [InlineData("\"library\": { \"type\": \"amd-require\", \"name\": \"a\" }", "AMD library name must be unset.")]
    [InlineData("\"library\": { \"type\": \"jsonp\" }", "Jsonp library name must be a simple string.")]
    [InlineData("\"library\": { \"type\": \"system\", \"name\": [\"a\"] }", "System.js library name must be a simple string or unset.")]
    [InlineData("\"library\": { \"type\": \"var\", \"name\": \"my-lib\" }", "Library name base (my-lib) must be a valid identifier when using a var declaring library type.")]
    public void A_name_the_type_cannot_take_is_webpacks_error(string output, string message)
    {
        var stats = Build(output);
        Assert.Contains(stats.Errors, e => e.Message.StartsWith(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "output": { "library": { "type": "nope", "name": "a" } } }""", "configuration.output.library.type should be one of these:")]
    [InlineData("""{ "output": { "library": 5 } }""", "configuration.output.library should be a non-empty string, a non-empty array of non-empty strings, or an object { root?, amd?, commonjs? }.")]
    [InlineData("""{ "output": { "library": { "type": "var", "name": "a", "extra": 1 } } }""", "configuration.output.library has an unknown property 'extra'")]
    [InlineData("""{ "output": { "enabledLibraryTypes": ["var"] }, "entry": { "a": { "import": "./index.js", "library": { "type": "umd" } } } }""", "configuration.entry.a.library has the type \"umd\", which is not enabled.")]
    [InlineData("""{ "entry": { "a": { "import": "./index.js", "library": { "name": "x" } } } }""", "configuration.entry.a.library misses the property 'type'.")]
    [InlineData("""{ "output": { "library": { "type": "module" } } }""", "library type \"module\" is only allowed when 'experiments.outputModule' is enabled")]
    [InlineData("""{ "output": { "enabledLibraryTypes": ["modern-module"] } }""", "library type \"modern-module\" is only allowed when 'experiments.outputModule' is enabled")]
    [InlineData("""{ "externalsType": "module-import" }""", "'externalsType: \"module\"' is only allowed when 'experiments.outputModule' is enabled")]
    public void Bad_library_options_are_configuration_errors(string config, string message)
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse(config), new OptionsOverrides(), _root);
        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.StartsWith(message, StringComparison.Ordinal));
    }
}
