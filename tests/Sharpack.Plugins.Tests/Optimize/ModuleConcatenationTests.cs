// optimization.concatenateModules (webpack's ModuleConcatenationPlugin and ConcatenatedModule):
// ES modules imported only by ES imports from within are merged into their root's scope — no
// function or __webpack_require__ of their own; top-level names that collide, or that a reference
// site shadows, are renamed; namespaces used whole get a namespace object; strict CommonJS modules
// (and what require() loads) join wrapped, behind a lazy accessor with their own module and exports;
// sloppy ones stay modules of their own read through interop; modules that cannot be merged say why in stats.
// Each bundle runs.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;
using Xunit;

namespace Sharpack.Plugins.Tests.Optimize;

public sealed class ModuleConcatenationTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-concat-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private (string Bundle, string Output, BuildStats Stats) Build(bool concatenate = true) => Build(concatenate ? "true" : "false");

    // concatenateModules: the option's JSON (true, false, { "commonjs": false }); more: further top-level options.
    private (string Bundle, string Output, BuildStats Stats) Build(string concatenateModules, string more = "")
    {
        var config = JsonNode.Parse($$"""{ {{more}} "mode": "production", "devtool": false, "target": "node", "entry": "./index.js", "optimization": { "minimize": false, "inlineExports": false, "concatenateModules": {{concatenateModules}} } }""");
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var stats = SharpackPlugins.CreateCompiler(result.Options!).Run();
        Assert.Empty(stats.Errors);
        var dist = Path.Combine(_root, "dist");
        // ES module output names its file .mjs.
        var file = File.Exists(Path.Combine(dist, "main.mjs")) ? "main.mjs" : "main.js";
        var (code, output) = TestPaths.RunNode(dist, file);
        Assert.True(code == 0, output);
        return (File.ReadAllText(Path.Combine(dist, file)), output, stats);
    }

    [Fact]
    public void Imported_modules_are_merged_and_colliding_names_renamed()
    {
        Write("index.js", "import { add, value as v } from './math';\nconst value = 10;\nfunction helper(add) { return add + v; }\n" +
            "console.log(add(1, 2), helper(3), value, { v }, { value });\n");
        Write("math.js", "export function add(a, b) { return a + b + value; }\nconst value = 100;\nexport { value };\n");
        var (bundle, output, stats) = Build();
        Assert.Equal("103 103 10 { v: 100 } { value: 10 }\n", output);
        Assert.Contains(";// ./math.js", bundle, StringComparison.Ordinal);
        // One module function for both; the root's `value` is renamed (math's keeps it), shorthand keys stay.
        Assert.Contains("const index_value = 10;", bundle, StringComparison.Ordinal);
        Assert.Contains("{ value: ", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("__WEBPACK_IMPORTED_MODULE_", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("__WEBPACK_MODULE_REFERENCE__", bundle, StringComparison.Ordinal);
        var concatenated = Assert.Single(stats.Modules, m => m.Name == "./index.js + 1 modules");
        Assert.Equal(["./index.js", "./math.js"], concatenated.Modules!.Select(m => m.Name));
        // As webpack's: the root leaves the compilation, the merged module stays as an orphan.
        Assert.DoesNotContain(stats.Modules, m => m.Name == "./index.js");
        var math = Assert.Single(stats.Modules, m => m.Name == "./math.js");
        Assert.True(math.Merged);
        Assert.True(math.Details!.Value.Orphan);
    }

    [Fact]
    public void A_binding_shadowed_where_it_is_read_gets_another_name()
    {
        // `c` is state's `counter`: read where a parameter is named counter, it needs another name.
        Write("index.js", "import { counter as c } from './state';\nfunction read(counter) { return counter + ':' + c; }\n" +
            "console.log(read('local'), ((counter) => counter * c)(6));\n");
        Write("state.js", "export const counter = 7;\n");
        var (bundle, output, _) = Build();
        Assert.Equal("local:7 42\n", output);
        Assert.Contains("return counter + ':' + state_counter;", bundle, StringComparison.Ordinal);
        Assert.Contains("const state_counter = 7;", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_expression_heritage_reads_the_import_its_own_name_shadows()
    {
        // webpack's scope-hoisting/issue-11840: the heritage is walked outside the class scope, so
        // `extends fn(Mixin)` reads the imported Mixin, renamed away from the class's own name.
        Write("index.js", "import { Mixin } from './mixin';\nconst createMixin = fn => class Mixin extends fn(Mixin) {};\n" +
            "console.log(new (createMixin(x => x))() instanceof Mixin);\n");
        Write("mixin.js", "export const Mixin = class Mixin {};\n");
        foreach (var concatenate in new[] { true, false })
        {
            var (bundle, output, _) = Build(concatenate);
            Assert.Equal("true\n", output);
            Assert.DoesNotContain("extends fn(Mixin)", bundle, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_namespace_used_whole_gets_a_namespace_object_with_used_exports_only()
    {
        Write("index.js", "import * as ns from './lib';\nimport { read } from './reader';\nconsole.log(Object.keys(ns).join(), ns.a, read());\n");
        Write("lib.js", "export const a = 'A';\nexport const b = 'B';\nexport default 'D';\n");
        Write("reader.js", "import * as lib from './lib';\nexport function read() { return lib.b; }\n");
        var (bundle, output, _) = Build();
        Assert.Equal("a,b,default A B\n", output);
        // The namespace escapes as a value and an export is renamed: its object has the original names (webpack's decoupled one).
        Assert.Contains("// NAMESPACE OBJECT (decoupled): ./lib.js", bundle, StringComparison.Ordinal);
        Assert.Contains("__webpack_require__.r(lib_namespaceObject);", bundle, StringComparison.Ordinal);
        Assert.Contains("\"default\": () => (lib)", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escaping_namespace_whose_export_is_a_namespace_gets_both_objects()
    {
        // The decoupled object's getter reads the re-exported namespace: that member's own
        // namespace object is made too (the three.js x10 entry re-exports whole copies).
        Write("index.js", "import * as all from './all';\nglobalThis.ALL = all;\nconsole.log(Object.keys(all).join(), Object.keys(all.innerNamespace).join(), all.innerNamespace.innerValue);\n");
        Write("all.js", "import * as innerNamespace from './inner';\nexport { innerNamespace };\nexport const longExportName = 1;\n");
        Write("inner.js", "export const innerValue = 'I';\nexport const otherValue = 'O';\n");
        var (bundle, output, _) = Build();
        Assert.Equal("innerNamespace,longExportName innerValue,otherValue I\n", output);
        Assert.Contains("// NAMESPACE OBJECT (decoupled): ./all.js", bundle, StringComparison.Ordinal);
        Assert.Contains("// NAMESPACE OBJECT: ./inner.js", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void Sloppy_commonjs_modules_stay_on_their_own_and_are_read_through_interop()
    {
        Write("index.js", "import def, { named } from './cjs';\nimport * as whole from './cjs';\nimport { esm } from './esm';\nconsole.log(def.named, named, typeof whole, whole.named, esm);\n");
        Write("esm.js", "export const esm = 'E';\n");
        Write("cjs.js", "exports.named = 'N';\n");
        var (bundle, output, stats) = Build();
        Assert.Equal("N N object N E\n", output);
        Assert.Contains("// EXTERNAL MODULE: ./cjs.js", bundle, StringComparison.Ordinal);
        var cjs = Assert.Single(stats.Modules, m => m.Name == "./cjs.js");
        Assert.Contains("ModuleConcatenation bailout: Module is not in strict mode", cjs.OptimizationBailout);
        // Without CommonJS concatenation the reason is webpack's older one.
        Write("cjs.js", "'use strict';\nexports.named = 'N';\n");
        (bundle, output, stats) = Build("""{ "commonjs": false }""");
        Assert.Equal("N N object N E\n", output);
        cjs = Assert.Single(stats.Modules, m => m.Name == "./cjs.js");
        Assert.Contains("ModuleConcatenation bailout: Module is not an ECMAScript module", cjs.OptimizationBailout);
        Assert.DoesNotContain("__webpack_require__.cw", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_commonjs_modules_join_wrapped_and_run_when_first_read_or_at_their_import()
    {
        // lazy.js is reached only by require() inside a function: it runs when that is called.
        Write("index.js", "import def, { named, later } from './cjs';\nimport { esm } from './esm';\nconsole.log('index', def.named, named, esm, typeof later);\nconsole.log(later());\n");
        Write("esm.js", "console.log('esm');\nexport const esm = 'E';\n");
        Write("cjs.js", "'use strict';\nconsole.log('cjs', this === module.exports);\nexports.named = 'N';\nexports.later = () => require('./lazy').value;\n");
        Write("lazy.js", "'use strict';\nconsole.log('lazy');\nmodule.exports = { value: 'L' };\n");
        var (bundle, output, stats) = Build();
        // ES import order: cjs.js runs at its import, before esm.js.
        Assert.Equal("cjs true\nesm\nindex N N E function\nlazy\nL\n", output);
        Assert.Contains("var cjs_namespaceFn = /*#__PURE__*/__webpack_require__.cw(function(module, exports) {", bundle, StringComparison.Ordinal);
        Assert.Contains(";// ./cjs.js\ncjs_namespaceFn();", bundle, StringComparison.Ordinal);
        // The require() is the accessor's call (the export's name mangled as a module's would be).
        Assert.Contains("exports.later = () => (lazy_namespaceFn().", bundle, StringComparison.Ordinal);
        Assert.Contains("/* webpack/runtime/concatenation wrap */", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("__webpack_require__(\"./lazy.js\")", bundle, StringComparison.Ordinal);
        var root = Assert.Single(stats.Modules, m => m.Name.StartsWith("./index.js + ", StringComparison.Ordinal));
        Assert.Equal("./index.js + 3 modules", root.Name);
    }

    [Fact]
    public void An_es_module_loaded_by_require_runs_wrapped_with_its_imports_and_keeps_its_names()
    {
        // Wrapped, each body keeps its own scope: nothing is renamed (webpack's rename-10168).
        // c.js (sloppy) stays out; reached from the wrapped b.js, its loading waits behind an accessor too.
        Write("index.js", "import { A } from './a';\nconst B = 'root B';\nconsole.log(A.name, B, require('./b').B.name, new require('./prim').constructor === Object, require('./b').made);\n");
        Write("a.js", "export class A {}\n");
        Write("b.js", "import { A } from './a';\nimport D from './c';\nexport class B extends A {}\nexport const made = new D.C().v;\n");
        Write("c.js", "exports.C = class { constructor() { this.v = 'made'; } };\n");
        Write("prim.js", "'use strict';\nmodule.exports = 'primitive';\n");
        var (bundle, output, _) = Build();
        Assert.Equal("A root B B false made\n", output);
        Assert.Contains("var c_namespaceFn = () => {\n\treturn __webpack_require__(", bundle, StringComparison.Ordinal);
        Assert.Contains("new (c_namespaceFn().C)()", bundle, StringComparison.Ordinal);
        Assert.Contains("var b_namespaceFn = /*#__PURE__*/__webpack_require__.cw(function(module, __webpack_exports__) {", bundle, StringComparison.Ordinal);
        Assert.Contains("class B extends", bundle, StringComparison.Ordinal);
        Assert.Contains("__webpack_require__.cr(prim_namespaceFn())", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_chain_on_an_import_resolves_through_namespace_re_exports_to_the_final_binding()
    {
        // webpack's ids with the member chain: `ns.b` and `ns.ns.a` read b's and a's own bindings;
        // `ns.ns.ns` closes the re-export cycle (a.ns -> b.ns -> a.ns) and throws where it is read.
        Write("index.js", "import { ns } from './a';\nimport * as star from './a';\nconsole.log(ns.b, ns.ns.a, star.ns.b, ns?.b, star.obj.m());\ntry { ns.ns.ns; } catch (e) { console.log('cycle', e instanceof RangeError); }\n");
        Write("a.js", "export * as ns from './b';\nglobalThis.sideA = 1;\nexport const a = 1;\nexport const obj = { m() { return this === obj; } };\n");
        Write("b.js", "export * as ns from './a';\nglobalThis.sideB = 1;\nexport const b = 2;\n");
        var (bundle, output, _) = Build();
        Assert.Equal("2 1 2 2 true\ncycle true\n", output);
        Assert.Contains("console.log(b, a, b, ", bundle, StringComparison.Ordinal);
        // The called method keeps its object as `this`.
        Assert.Contains("obj.m()", bundle, StringComparison.Ordinal);
        Assert.Contains("/* circular reexport */ Object(function x() { x() }())", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void Externals_join_as_values_bound_once_and_require_reads_them_too()
    {
        Write("index.js", "import path, { join } from 'path';\nimport { sep } from 'sep';\nconsole.log(typeof path.join, join('a', 'b'), require('path') === path, sep === require('path').sep);\n");
        // `module` externals cannot wait behind an accessor: required, they are read bound once.
        var (bundle, output, stats) = Build("true", """ "externals": { "path": "commonjs path", "sep": "module path" }, "externalsType": "module", "experiments": { "outputModule": true }, "output": { "module": true }, """);
        Assert.Equal("function a/b true true\n", output);
        Assert.Contains(";// external \"path\"", bundle, StringComparison.Ordinal);
        Assert.Contains("external_path_namespaceFn", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("__webpack_require__(\"", bundle, StringComparison.Ordinal);
        var root = Assert.Single(stats.Modules, m => m.Name.StartsWith("./index.js + ", StringComparison.Ordinal));
        Assert.Equal("./index.js + 2 modules", root.Name);
    }

    [Fact]
    public void A_module_external_imports_only_the_exports_used_under_names_no_member_takes()
    {
        Write("index.js", "import { join, __WEBPACK_EXTERNAL_MODULE_path_join__ as local } from './nested';\nconsole.log(join('a', 'b'), local);\n");
        Write("nested.js", "import { join } from 'path';\nexport { join };\nexport const __WEBPACK_EXTERNAL_MODULE_path_join__ = 'member';\n");
        var (bundle, output, _) = Build("true", """ "externals": { "path": "module path" }, "experiments": { "outputModule": true }, "output": { "module": true }, """);
        Assert.Equal("a/b member\n", output);
        Assert.StartsWith("import { join as __WEBPACK_EXTERNAL_MODULE_path_join__ } from \"path\";\n", bundle, StringComparison.Ordinal);
        // The member's own binding of that name is renamed.
        Assert.DoesNotContain("const __WEBPACK_EXTERNAL_MODULE_path_join__ =", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void Module_cache_readers_stay_out_and_say_why()
    {
        Write("index.js", "import { cached } from './cache';\nimport { id } from './id';\nconsole.log(cached, typeof id);\n");
        Write("cache.js", "'use strict';\nexports.cached = Object.keys(require.cache).length > 0;\n");
        Write("id.js", "'use strict';\nexports.id = module.id;\n");
        var (_, output, stats) = Build();
        Assert.Equal("true number\n", output);
        Assert.Contains("ModuleConcatenation bailout: Module uses __webpack_require__.c", Assert.Single(stats.Modules, m => m.Name == "./cache.js").OptimizationBailout);
        Assert.Contains("ModuleConcatenation bailout: Module uses module.id", Assert.Single(stats.Modules, m => m.Name == "./id.js").OptimizationBailout);
    }

    [Fact]
    public void Default_exports_reexports_and_cycles_resolve_to_the_defining_binding()
    {
        Write("index.js", "import def, { twice, Shape } from './barrel';\nconsole.log(def(), twice(4), new Shape().name, isEven(10));\nimport { isEven } from './even';\n");
        Write("barrel.js", "export { default } from './def';\nexport * from './ops';\nexport { Shape } from './shape';\n");
        Write("def.js", "export default function () { return 'default'; }\n");
        Write("ops.js", "export const twice = (x) => x * 2;\n");
        Write("shape.js", "export class Shape { get name() { return Shape.name; } }\n");
        Write("even.js", "import { isOdd } from './odd';\nexport function isEven(n) { return n === 0 ? true : isOdd(n - 1); }\n");
        Write("odd.js", "import { isEven } from './even';\nexport function isOdd(n) { return n === 0 ? false : isEven(n - 1); }\n");
        var (bundle, output, stats) = Build();
        Assert.Equal("default 8 Shape true\n", output);
        // The side-effect-free barrel is skipped altogether: its importers read the defining modules.
        Assert.Contains(stats.Modules, m => m.Name == "./index.js + 5 modules");
        Assert.Contains("ModuleConcatenation bailout: Module is not in any chunk", Assert.Single(stats.Modules, m => m.Name == "./barrel.js").OptimizationBailout);
        Assert.DoesNotContain("__webpack_require__.d(__webpack_exports__, {\n  twice", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void Modules_that_cannot_be_merged_say_why()
    {
        Write("index.js", "import { lazyValue } from './lazy';\nimport { evil } from './evil';\nconsole.log(lazyValue, evil());\nimport('./lazy').then((m) => console.log(m.lazyValue));\n");
        Write("lazy.js", "export const lazyValue = 'L';\n");
        Write("evil.js", "export function evil() { return eval('1 + 1'); }\n");
        var (_, output, stats) = Build();
        Assert.Equal("L 2\nL\n", output);
        var evil = Assert.Single(stats.Modules, m => m.Name == "./evil.js");
        Assert.Contains("ModuleConcatenation bailout: Module uses eval()", evil.OptimizationBailout);
        var root = Assert.Single(stats.Modules, m => m.Name == "./index.js");
        Assert.Contains(root.OptimizationBailout, b => b.StartsWith("ModuleConcatenation bailout: Cannot concat with ./lazy.js", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_merges_as_a_constant_read_by_default_named_and_namespace_imports()
    {
        Write("index.js", "import data, { name } from './data.json';\nimport * as ns from './data.json';\nimport { version } from './version';\n" +
            "console.log(data.name, name, ns.default.list.length, version);\n");
        Write("version.js", "import pkg from './data.json';\nexport const version = pkg.version;\n");
        Write("data.json", "{ \"name\": \"sharpack\", \"version\": \"1.2.3\", \"list\": [1, 2, 3] }");
        var (bundle, output, stats) = Build();
        Assert.Equal("sharpack sharpack 3 1.2.3\n", output);
        Assert.Contains(";// ./data.json", bundle, StringComparison.Ordinal);
        Assert.Contains("const data_namespaceObject = ", bundle, StringComparison.Ordinal);
        Assert.Contains(stats.Modules, m => m.Name == "./index.js + 2 modules");
    }

    [Fact]
    public void Merged_json_is_not_shadowed_and_reexports_as_a_namespace()
    {
        // The name a local would shadow is not given to the JSON constant; a namespace of JSON
        // first needed by a root export still gets its interop variable.
        Write("index.js", "import { key } from './data.json';\nimport { dataNs } from './reexport.mjs';\n" +
            "function f() { const data_namespaceObject = 'shadow'; return key; }\nconsole.log(f(), dataNs.default.key, import.meta.main);\n");
        Write("reexport.mjs", "export * as dataNs from './data.json';\n");
        Write("data.json", "{ \"key\": \"K\" }");
        var (_, output, stats) = Build();
        Assert.Equal("K K true\n", output);
        Assert.Contains("ModuleConcatenation bailout: Module uses import.meta.main", Assert.Single(stats.Modules, m => m.Name.StartsWith("./index.js", StringComparison.Ordinal)).OptimizationBailout);
    }

    [Fact]
    public void Concatenation_off_keeps_a_function_per_module()
    {
        Write("index.js", "import { add } from './math';\nconsole.log(add(1, 2));\n");
        Write("math.js", "export function add(a, b) { return a + b; }\n");
        var (bundle, output, _) = Build(concatenate: false);
        Assert.Equal("3\n", output);
        Assert.Contains("__WEBPACK_IMPORTED_MODULE_", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain(";// ./math.js", bundle, StringComparison.Ordinal);
    }
}
