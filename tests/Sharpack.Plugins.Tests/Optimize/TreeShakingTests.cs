// Tree shaking in the output (optimization.usedExports): unused exports lose their getters
// (webpack's "unused harmony export" comments), star re-exports of known names become getters of
// the used names only, and a module shared by runtimes that use it differently is generated once
// per runtime. Each bundle also runs in node.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests.Optimize;

public sealed class TreeShakingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-tree-shaking-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    // Builds with `config` merged over a production node build without minification; returns the dist folder.
    private string Build(string config)
    {
        var json = JsonNode.Parse("""{ "mode": "production", "devtool": false, "target": "node", "optimization": { "minimize": false, "concatenateModules": false, "mangleExports": false, "sideEffects": false, "inlineExports": false } }""")!.AsObject();
        foreach (var (key, value) in JsonNode.Parse(config)!.AsObject())
            json[key] = value?.DeepClone();
        var result = OptionsNormalizer.Normalize(json, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var stats = SharpackPlugins.CreateCompiler(result.Options!).Run();
        Assert.Empty(stats.Errors);
        return Path.Combine(_root, "dist");
    }

    private static string Run(string dist, string file)
    {
        var (code, output) = TestPaths.RunNode(dist, file);
        Assert.True(code == 0, output);
        return output;
    }

    [Fact]
    public void An_import_used_through_await_then_destructuring_or_webpackExports_uses_only_what_it_reads()
    {
        // webpack's statically analysed import(): the namespace's member reads, destructured keys,
        // a `.then` callback's parameter and webpackExports say what is used; a namespace that
        // escapes (passed on whole) uses everything.
        Write("index.js", """
            (async () => {
              let m = await import("./a");
              const { b1 } = await import("./b");
              await import("./c").then((c) => console.log(c.c1));
              await import("./d").then(({ d1 }) => console.log(d1));
              const e = await import(/* webpackExports: "e1" */ "./e");
              const g = await import("./g");
              console.log(m.a1, m.f(), b1, e.e1, Object.keys(g).join());
            })();
            """);
        foreach (var name in (string[])["a", "b", "c", "d", "e", "g"])
            Write(name + ".js", $"export const {name}1 = '{name}1';\nexport const {name}2 = '{name}2';\nexport function f() {{ return 'f'; }}\n");
        var dist = Build("""{ "entry": "./index.js" }""");
        Assert.Equal("c1\nd1\na1 f b1 e1 f,g1,g2\n", Run(dist, "main.js"));
        var chunks = new List<string>();
        foreach (var file in Directory.GetFiles(dist, "*.js"))
        {
            if (Path.GetFileName(file) != "main.js") chunks.Add(File.ReadAllText(file));
        }
        Assert.Contains(chunks, code => code.Contains("/* unused harmony exports b2, f */", StringComparison.Ordinal));
        Assert.Contains(chunks, code => code.Contains("/* unused harmony exports c2, f */", StringComparison.Ordinal));
        Assert.Contains(chunks, code => code.Contains("/* unused harmony exports d2, f */", StringComparison.Ordinal));
        Assert.Contains(chunks, code => code.Contains("/* unused harmony exports e2, f */", StringComparison.Ordinal));
        Assert.Contains(chunks, code => code.Contains("/* unused harmony export a2 */", StringComparison.Ordinal));
        // g escapes whole: nothing of it is unused.
        Assert.Contains(chunks, code => code.Contains("\"g2\", 0, /* binding */ g2", StringComparison.Ordinal));
    }

    [Fact]
    public void Key_in_an_import_is_answered_at_build_time_when_the_exports_are_known()
    {
        // webpack's HarmonyEvaluatedImportSpecifierDependency: the key's export is used, the test
        // becomes its answer; a CommonJS module's keys are known too; a primitive JSON throws.
        Write("index.js", "import * as ns from './lib';\nimport cjs from './cjs';\nimport flag from './flag.json';\n" +
            "let threw = false;\ntry { 'x' in flag; } catch { threw = true; }\n" +
            "console.log('a' in ns, 'zz' in ns, 'deep' in (false ? {} : ns.obj), 'k' in cjs, threw);\n");
        Write("lib.js", "export const a = 1;\nexport const obj = { deep: 1 };\nexport const unused = 2;\n");
        Write("cjs.js", "exports.k = 1;\n");
        Write("flag.json", "true");
        var dist = Build("""{ "entry": "./index.js" }""");
        var bundle = File.ReadAllText(Path.Combine(dist, "main.js"));
        Assert.Equal("true false true true true\n", Run(dist, "main.js"));
        Assert.Contains("console.log( true,  false,", bundle, StringComparison.Ordinal);
        Assert.Contains("unused harmony export unused", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void Unused_exports_lose_their_getters_and_are_named_in_a_comment()
    {
        Write("index.js", "import { a, c } from './lib';\nconsole.log(a, c());\n");
        Write("lib.js", "export const a = 'A';\nexport const b = 'B_VALUE';\nexport function c() { return 'C'; }\nexport default function () {}\n");
        var dist = Build("""{ "entry": "./index.js" }""");
        var bundle = File.ReadAllText(Path.Combine(dist, "main.js"));
        // A declaration is not an expression to wrap: the unused default function stays as it is.
        Assert.Contains("\n/* harmony default export */ function __WEBPACK_DEFAULT_EXPORT__", bundle, StringComparison.Ordinal);
        Assert.Contains("\"a\", 0, /* binding */ a", bundle, StringComparison.Ordinal);
        Assert.Contains("c: () => (/* binding */ c)", bundle, StringComparison.Ordinal);
        // webpack names only the specifier exports there: the export default declaration says nothing.
        Assert.Contains("/* unused harmony export b */", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("\"b\", 0", bundle, StringComparison.Ordinal);
        Assert.Equal("A C\n", Run(dist, "main.js"));
    }

    [Theory]
    [InlineData("production", "value value getter getter value getter getter")]
    [InlineData("development", "getter getter getter getter getter getter getter")]
    public void Constant_exports_of_modules_outside_cycles_are_values_in_production(string mode, string expected)
    {
        // webpack's value binding (CircularModulesPlugin in production): a top-level const or a
        // default-exported expression is defined once as a value, after the module has run;
        // functions, lets and the exports of modules in a cycle stay live getters.
        Write("index.js", "import * as lib from './lib';\nimport * as expr from './expr';\nimport * as cycle from './cycle-a';\n" +
            "const kind = (ns, key) => 'value' in Object.getOwnPropertyDescriptor(ns, key) ? 'value' : 'getter';\n" +
            "lib.bump();\nconsole.log([kind(lib, 'constant'), kind(lib, 'destructured'), kind(lib, 'counter'), kind(lib, 'bump'), kind(expr, 'default'), kind(cycle, 'fromA'), kind(cycle, 'default')].join(' '), lib.counter, cycle.fromA, cycle.default);\n");
        Write("lib.js", "export const constant = 'C';\nexport const { destructured } = { destructured: 'D' };\nexport let counter = 0;\nexport function bump() { counter++; }\n");
        Write("expr.js", "export default 40 + 2;\n");
        Write("cycle-a.js", "import { fromB } from './cycle-b';\nexport const fromA = 'A' + fromB;\nexport default fromB;\n");
        Write("cycle-b.js", "import './cycle-a';\nexport const fromB = 'B';\n");
        var dist = Build($$"""{ "mode": "{{mode}}", "entry": "./index.js", "optimization": { "minimize": false, "usedExports": false, "concatenateModules": false, "inlineExports": false } }""");
        Assert.Equal(expected + " 1 AB B\n", Run(dist, "main.js"));
        var bundle = File.ReadAllText(Path.Combine(dist, "main.js"));
        if (mode == "production")
            Assert.Contains("/* harmony export */ __webpack_require__.d(__webpack_exports__, [\n/* harmony export */   \"constant\", 0, /* binding */ constant,", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_usedExports_every_export_is_defined()
    {
        Write("index.js", "import { a } from './lib';\nconsole.log(a);\n");
        Write("lib.js", "export const a = 'A';\nexport const b = 'B';\n");
        var dist = Build("""{ "entry": "./index.js", "optimization": { "usedExports": false, "minimize": false, "concatenateModules": false, "mangleExports": false, "sideEffects": false, "inlineExports": false } }""");
        var bundle = File.ReadAllText(Path.Combine(dist, "main.js"));
        Assert.Contains("\"b\", 0, /* binding */ b", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("unused harmony", bundle, StringComparison.Ordinal);
        Assert.Equal("A\n", Run(dist, "main.js"));
    }

    [Fact]
    public void A_star_reexport_of_known_names_defines_only_the_used_ones()
    {
        Write("index.js", "import { x, viaNamed } from './barrel';\nconsole.log(x, viaNamed);\n");
        Write("barrel.js", "export * from './star';\nexport { y as viaNamed, z as unusedNamed } from './star';\n");
        Write("star.js", "export const x = 'X';\nexport const y = 'Y';\nexport const z = 'Z';\nexport const w = 'W';\n");
        var dist = Build("""{ "entry": "./index.js" }""");
        var bundle = File.ReadAllText(Path.Combine(dist, "main.js"));
        Assert.Contains("/* reexport safe */ _star__WEBPACK_IMPORTED_MODULE_0__.x", bundle, StringComparison.Ordinal);
        // An unused re-export leaves nothing, not even a comment (as webpack).
        Assert.DoesNotContain("unusedNamed", bundle, StringComparison.Ordinal);
        // Nothing enumerates the module at runtime: its names are known.
        Assert.DoesNotContain("__WEBPACK_REEXPORT_OBJECT__", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("w: () =>", bundle, StringComparison.Ordinal);
        Assert.Equal("X Y\n", Run(dist, "main.js"));
    }

    [Fact]
    public void A_module_shared_by_two_runtimes_is_generated_for_each_with_its_own_used_exports()
    {
        Write("first.js", "import { one } from './shared';\nconsole.log(one);\n");
        Write("second.js", "import { two } from './shared';\nconsole.log(two);\n");
        Write("shared.js", "export const one = 'ONE';\nexport const two = 'TWO';\n");
        var dist = Build("""{ "entry": { "first": "./first.js", "second": "./second.js" } }""");
        var first = File.ReadAllText(Path.Combine(dist, "first.js"));
        var second = File.ReadAllText(Path.Combine(dist, "second.js"));
        Assert.Contains("\"one\", 0, /* binding */ one", first, StringComparison.Ordinal);
        Assert.Contains("/* unused harmony export two */", first, StringComparison.Ordinal);
        Assert.Contains("\"two\", 0, /* binding */ two", second, StringComparison.Ordinal);
        Assert.Contains("/* unused harmony export one */", second, StringComparison.Ordinal);
        Assert.Equal("ONE\n", Run(dist, "first.js"));
        Assert.Equal("TWO\n", Run(dist, "second.js"));
    }

    [Fact]
    public void With_global_usedExports_a_shared_module_keeps_what_any_runtime_uses()
    {
        Write("first.js", "import { one } from './shared';\nconsole.log(one);\n");
        Write("second.js", "import { two } from './shared';\nconsole.log(two);\n");
        Write("shared.js", "export const one = 'ONE';\nexport const two = 'TWO';\nexport const three = 'THREE';\n");
        var dist = Build("""{ "entry": { "first": "./first.js", "second": "./second.js" }, "optimization": { "usedExports": "global", "minimize": false, "concatenateModules": false, "mangleExports": false, "sideEffects": false, "inlineExports": false } }""");
        var first = File.ReadAllText(Path.Combine(dist, "first.js"));
        Assert.Contains("\"one\", 0, /* binding */ one", first, StringComparison.Ordinal);
        Assert.Contains("\"two\", 0, /* binding */ two", first, StringComparison.Ordinal);
        Assert.Contains("/* unused harmony export three */", first, StringComparison.Ordinal);
        Assert.Equal("ONE\n", Run(dist, "first.js"));
    }

    [Fact]
    public void The_esModule_flag_is_set_only_where_the_exports_object_is_used_whole()
    {
        Write("index.js", "import { a } from './named';\nimport * as whole from './whole';\nconsole.log(a, Object.keys(whole).join());\n");
        Write("named.js", "export const a = 'A';\n");
        Write("whole.js", "export const w = 'W';\n");
        var dist = Build("""{ "entry": "./index.js" }""");
        var bundle = File.ReadAllText(Path.Combine(dist, "main.js"));
        // One module reads whole's namespace: only it gets __esModule.
        Assert.Equal(1, bundle.Split("__webpack_require__.r(__webpack_exports__)").Length - 1);
        Assert.Equal("A w\n", Run(dist, "main.js"));
    }

    [Fact]
    public void The_inner_graph_drops_imports_only_unused_exports_reach()
    {
        Write("index.js", "import { used } from './lib';\nconsole.log(used());\n");
        Write("lib.js", "import { helper } from './helper';\nimport { heavy } from './heavy';\nimport { Base } from './base';\n" +
            "function internal() { return helper(); }\nexport function used() { return internal(); }\n" +
            "export function unused() { return heavy(); }\nconst made = /*#__PURE__*/ heavy();\nexport class Derived extends Base { static made = made; }\n");
        Write("helper.js", "export function helper() { return 'HELPER'; }\n");
        Write("heavy.js", "export function heavy() { return 'HEAVY_MODULE'; }\n");
        Write("base.js", "export class Base { BASE_MODULE() {} }\n");
        // With side effects analysed (the production default), an import nothing reads drops its module.
        var dist = Build("""{ "entry": "./index.js", "optimization": { "minimize": false, "concatenateModules": false, "mangleExports": false, "inlineExports": false } }""");
        var bundle = File.ReadAllText(Path.Combine(dist, "main.js"));
        Assert.DoesNotContain("HEAVY_MODULE", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("BASE_MODULE", bundle, StringComparison.Ordinal);
        // What still runs at module evaluation but only serves unused exports is made not to.
        Assert.Contains("(/* unused pure expression or super */ null && (heavy()))", bundle, StringComparison.Ordinal);
        Assert.Contains("extends (/* unused pure expression or super */ null && (Base))", bundle, StringComparison.Ordinal);
        Assert.Equal("HELPER\n", Run(dist, "main.js"));
    }

    [Fact]
    public void Writing_a_top_level_binding_is_no_use_of_what_it_reaches()
    {
        // webpack's inner graph sees `written = 3` as an assignment, not a read: the used export
        // that writes `written` does not make the import `written`'s value reads used.
        Write("index.js", "import { writer } from './lib';\nwriter();\nconsole.log('ran');\n");
        Write("lib.js", "import { heavy } from './heavy';\nvar written = function() { return heavy(); };\n" +
            "export var writer = () => { written = 3; };\nexport { written };\n");
        Write("heavy.js", "export function heavy() { return 'HEAVY_MODULE'; }\n");
        var dist = Build("""{ "entry": "./index.js", "optimization": { "minimize": false, "concatenateModules": false, "mangleExports": false, "inlineExports": false } }""");
        Assert.DoesNotContain("HEAVY_MODULE", File.ReadAllText(Path.Combine(dist, "main.js")), StringComparison.Ordinal);
        Assert.Equal("ran\n", Run(dist, "main.js"));
    }

    [Fact]
    public void A_call_of_an_imported_no_side_effects_function_is_pure_where_its_result_is_unused()
    {
        // webpack's deferred pure condition: `const x = f(1)` is a pure declaration when f, in the
        // module it comes from (also through a re-export), is annotated /*#__NO_SIDE_EFFECTS__*/.
        Write("index.js", "import { make, plain, again } from './reexport';\nconst unusedResult = make(1);\nconst alsoUnused = again(2);\n" +
            "const kept = plain(3);\nconsole.log('ran');\n");
        Write("reexport.js", "export { make, plain, again } from './lib';\n");
        Write("lib.js", "import { heavy } from './heavy';\n/*#__NO_SIDE_EFFECTS__*/\nexport function make(x) { return heavy(x); }\n" +
            "export const again = /*#__NO_SIDE_EFFECTS__*/ (x) => heavy(x);\nexport function plain(x) { return 'PLAIN_' + x; }\n");
        Write("heavy.js", "export function heavy(x) { return 'HEAVY_MODULE' + x; }\n");
        var dist = Build("""{ "entry": "./index.js", "optimization": { "minimize": false, "concatenateModules": false, "mangleExports": false, "inlineExports": false } }""");
        var bundle = File.ReadAllText(Path.Combine(dist, "main.js"));
        Assert.DoesNotContain("HEAVY_MODULE", bundle, StringComparison.Ordinal);
        Assert.Contains("(/* unused pure expression or super */ null && (make(1)))", bundle, StringComparison.Ordinal);
        // A call of a function without the annotation stays a call.
        Assert.Contains("PLAIN_", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("null && (plain", bundle, StringComparison.Ordinal);
        Assert.Equal("ran\n", Run(dist, "main.js"));
    }

    [Fact]
    public void The_pureFunctions_parser_option_marks_functions_as_without_side_effects()
    {
        Write("index.js", "import make, { listed, notListed } from './lib';\nconst a = listed(1);\nconst b = make(2);\nconst c = notListed(3);\nconsole.log('ran');\n");
        Write("lib.js", "import { heavy } from './heavy';\nexport function listed(x) { return heavy(x); }\nexport default (x) => heavy(x);\n" +
            "export function notListed(x) { return 'NOT_LISTED' + x; }\n");
        Write("heavy.js", "export function heavy(x) { return 'HEAVY_MODULE' + x; }\n");
        var dist = Build("""{ "entry": "./index.js", "module": { "rules": [{ "test": { "__regexp": { "source": "lib\\.js$", "flags": "" } }, "parser": { "pureFunctions": ["listed", "default"] } }] }, "optimization": { "minimize": false, "concatenateModules": false, "mangleExports": false, "inlineExports": false } }""");
        var bundle = File.ReadAllText(Path.Combine(dist, "main.js"));
        Assert.DoesNotContain("HEAVY_MODULE", bundle, StringComparison.Ordinal);
        Assert.Contains("NOT_LISTED", bundle, StringComparison.Ordinal);
        Assert.Equal("ran\n", Run(dist, "main.js"));
    }

    [Fact]
    public void Each_declarator_of_a_declaration_is_reached_on_its_own()
    {
        // webpack's symbols are per declarator: `unusedPure` reaching heavy is not kept by the
        // impure declarator beside it.
        Write("index.js", "import { used } from './lib';\nconsole.log(used);\n");
        Write("lib.js", "import { heavy } from './heavy';\nimport { light } from './light';\n" +
            "var unusedPure = class extends heavy {}, sideEffect = light();\nexport var used = 'used';\nexport { unusedPure };\n");
        Write("heavy.js", "export class heavy { HEAVY_MODULE() {} }\n");
        Write("light.js", "export function light() { return 'LIGHT'; }\n");
        var dist = Build("""{ "entry": "./index.js", "optimization": { "minimize": false, "concatenateModules": false, "mangleExports": false, "inlineExports": false } }""");
        var bundle = File.ReadAllText(Path.Combine(dist, "main.js"));
        Assert.DoesNotContain("HEAVY_MODULE", bundle, StringComparison.Ordinal);
        Assert.Contains("LIGHT", bundle, StringComparison.Ordinal);
        Assert.Equal("used\n", Run(dist, "main.js"));
    }

    [Fact]
    public void Without_innerGraph_every_import_of_a_used_module_stays()
    {
        Write("index.js", "import { used } from './lib';\nconsole.log(used());\n");
        Write("lib.js", "import { heavy } from './heavy';\nexport function used() { return 'USED'; }\nexport function unused() { return heavy(); }\n");
        Write("heavy.js", "export function heavy() { return 'HEAVY_MODULE'; }\n");
        var dist = Build("""{ "entry": "./index.js", "optimization": { "innerGraph": false, "minimize": false, "concatenateModules": false, "mangleExports": false, "sideEffects": false, "inlineExports": false } }""");
        Assert.Contains("HEAVY_MODULE", File.ReadAllText(Path.Combine(dist, "main.js")), StringComparison.Ordinal);
        Assert.Equal("USED\n", Run(dist, "main.js"));
    }

    [Fact]
    public void Code_of_unused_declarations_that_runs_at_definition_keeps_what_it_reads()
    {
        // A computed class key runs when the class is defined; a destructuring declaration always runs.
        Write("index.js", "import { used } from './cls';\nconsole.log(used());\n");
        Write("k.js", "export const key = 'hello';\nexport const other = 'o';\n");
        Write("cls.js", "import { key, other } from './k';\nexport class A { [key]() { return 1; } static [other] = 2; }\n" +
            "const config = { alpha: 1, beta: 2 };\nexport const { alpha, beta } = config;\nexport const [first] = [1, 2];\nexport function used() { return 'used'; }\n");
        var dist = Build("""{ "entry": "./index.js", "optimization": { "minimize": false, "concatenateModules": false, "mangleExports": false, "inlineExports": false } }""");
        Assert.Equal("used\n", Run(dist, "main.js"));
        var bundle = File.ReadAllText(Path.Combine(dist, "main.js"));
        Assert.DoesNotContain("null && (config)", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pure_default_export_expression_needs_its_imports_only_when_the_default_is_used()
    {
        // webpack's statementPurePart for `export default /*#__PURE__*/ f()`: unused, the call
        // does not run and what it reads is not loaded.
        Write("index.js", "import { other } from './lib';\nconsole.log(other);\n");
        Write("lib.js", "import { make } from './heavy';\nexport default /*#__PURE__*/ make();\nexport const other = 'OTHER';\n");
        Write("heavy.js", "export function make() { return 'HEAVY_MODULE'; }\n");
        var dist = Build("""{ "entry": "./index.js", "optimization": { "minimize": false, "concatenateModules": false, "mangleExports": false, "inlineExports": false } }""");
        Assert.Equal("OTHER\n", Run(dist, "main.js"));
        Assert.DoesNotContain("HEAVY_MODULE", File.ReadAllText(Path.Combine(dist, "main.js")), StringComparison.Ordinal);
        Write("index.js", "import made, { other } from './lib';\nconsole.log(made, other);\n");
        dist = Build("""{ "entry": "./index.js", "optimization": { "minimize": false, "concatenateModules": false, "mangleExports": false, "inlineExports": false } }""");
        Assert.Equal("HEAVY_MODULE OTHER\n", Run(dist, "main.js"));
    }
}
