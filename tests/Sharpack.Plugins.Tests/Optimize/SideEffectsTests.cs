// optimization.sideEffects (webpack's SideEffectsFlagPlugin): a module without side effects —
// by package.json's `sideEffects` (boolean, file list, globs), a rule's `sideEffects`, or (with
// `true`, the production default) its own top-level code, /*#__PURE__*/ and
// /*#__NO_SIDE_EFFECTS__*/ included — is not in the bundle when nothing it exports is used.
// Each bundle runs in node; the assertions are on what the output does not contain.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests.Optimize;

public sealed class SideEffectsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-side-effects-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    // Builds ./index.js with `optimization` (mode production unless `mode` says otherwise); returns the bundle and what it prints.
    private (string Bundle, string Output) Build(string optimization = "{ \"minimize\": false }", string mode = "production", string? rules = null)
    {
        var config = JsonNode.Parse($$"""{ "mode": "{{mode}}", "devtool": false, "target": "node", "entry": "./index.js", "optimization": {{optimization}}, "module": { "rules": {{rules ?? "[]"}} } }""");
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var stats = SharpackPlugins.CreateCompiler(result.Options!).Run();
        Assert.Empty(stats.Errors);
        var dist = Path.Combine(_root, "dist");
        var (code, output) = TestPaths.RunNode(dist, "main.js");
        Assert.True(code == 0, output);
        return (File.ReadAllText(Path.Combine(dist, "main.js")), output);
    }

    private void WritePackage(string sideEffects)
    {
        Write("node_modules/pkg/package.json", $$"""{ "name": "pkg", "main": "index.js", "sideEffects": {{sideEffects}} }""");
        Write("node_modules/pkg/index.js", "export { used } from './used.js';\nexport { unused } from './unused.js';\nimport './polyfill.js';\nimport './styles/theme.js';\n");
        Write("node_modules/pkg/used.js", "export const used = 'USED_EXPORT';\n");
        Write("node_modules/pkg/unused.js", "console.log('UNUSED_MODULE_RAN');\nexport const unused = 'UNUSED_EXPORT';\n");
        Write("node_modules/pkg/polyfill.js", "globalThis.POLYFILLED = 'POLYFILL_RAN';\n");
        Write("node_modules/pkg/styles/theme.js", "globalThis.THEMED = 'THEME_RAN';\n");
        Write("index.js", "import { used } from 'pkg';\nconsole.log(used, globalThis.POLYFILLED, globalThis.THEMED);\n");
    }

    [Theory]
    [InlineData("false")]
    [InlineData("true")]
    public void A_member_read_of_a_re_exported_namespace_goes_to_the_module_that_defines_it(string concatenate)
    {
        // webpack's setIds(ids.slice(1)): `b.c()` where b re-exports b.js's namespace and b.js
        // only re-exports c.js reads c.js's c, so b.js (side-effect free) is left out, whichever
        // module is handled first.
        Write("node_modules/dep/package.json", """{ "name": "dep", "type": "module", "sideEffects": false }""");
        Write("node_modules/dep/index.js", "import { track } from './track.js';\ntrack('index');\nexport * from './a.js';\n");
        Write("node_modules/dep/a.js", "import { track } from './track.js';\ntrack('a');\nexport * as b from './b.js';\n");
        Write("node_modules/dep/b.js", "import { track } from './track.js';\ntrack('b');\nexport * from './c.js';\n");
        Write("node_modules/dep/c.js", "import { track } from './track.js';\ntrack('c');\nexport function c() { return 'C'; }\n");
        Write("node_modules/dep/track.js", "export const modules = [];\nexport function track(name) { modules.push(name); }\n");
        Write("index.js", "import { b } from 'dep';\nimport * as dep from 'dep';\nimport { modules } from 'dep/track.js';\nconsole.log(b.c(), dep.b.c(), typeof b.c, JSON.stringify(modules));\n");
        var (bundle, output) = Build($$"""{ "minimize": false, "concatenateModules": {{concatenate}} }""");
        Assert.Equal("C C function [\"c\"]\n", output);
        Assert.DoesNotContain("track('b')", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_variables_are_numbered_in_import_order_by_the_modules_code_generation_reads()
    {
        // webpack's getImportVar: one variable per imported module (however many requests name it),
        // numbered when code generation first reads it, in the order of the import statements; a
        // skipped side-effect-free module gets none, and a read redirected past it uses the
        // variable of the module it reads.
        Write("index.js", "import { value } from './lib';\nimport * as again from './lib.js';\nimport { reexported } from './barrel';\nimport data from './data.json';\n" +
            "console.log(value, again.value, reexported, data.key);\n");
        Write("lib.js", "export const value = 'V';\nexport const reexported = 'R';\n");
        Write("barrel.js", "export { reexported } from './lib';\n");
        Write("data.json", "{ \"key\": \"K\" }");
        var (bundle, output) = Build("{ \"minimize\": false, \"concatenateModules\": false, \"mangleExports\": false, \"inlineExports\": false }");
        Assert.Equal("V V R K\n", output);
        Assert.Contains("console.log(_lib__WEBPACK_IMPORTED_MODULE_0__.value, _lib__WEBPACK_IMPORTED_MODULE_0__.value, _lib__WEBPACK_IMPORTED_MODULE_0__.reexported, _data_json__WEBPACK_IMPORTED_MODULE_1__.key)", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("_barrel__WEBPACK", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("_lib_js__WEBPACK", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_sideEffects_false_drops_modules_whose_exports_are_unused()
    {
        WritePackage("false");
        var (bundle, output) = Build();
        Assert.DoesNotContain("UNUSED_MODULE_RAN", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("POLYFILL_RAN", bundle, StringComparison.Ordinal);
        Assert.Equal("USED_EXPORT undefined undefined\n", output);
    }

    [Fact]
    public void Package_sideEffects_files_and_globs_keep_the_files_they_name()
    {
        WritePackage("""["./polyfill.js", "styles/*.js"]""");
        Write("index.js", "import 'pkg/polyfill.js';\nimport 'pkg/styles/theme.js';\nimport 'pkg/unused.js';\nconsole.log(globalThis.POLYFILLED, globalThis.THEMED);\n");
        var (bundle, output) = Build();
        Assert.DoesNotContain("UNUSED_MODULE_RAN", bundle, StringComparison.Ordinal);
        Assert.Equal("POLYFILL_RAN THEME_RAN\n", output);
    }

    [Fact]
    public void A_side_effect_free_barrel_is_skipped_with_what_only_it_imports()
    {
        // As webpack: the barrel is not in the list, so reading `used` through it does not
        // evaluate it, nor the polyfill it imports (webpack 5.113 prints the same).
        WritePackage("""["./polyfill.js", "styles/*.js"]""");
        var (bundle, output) = Build();
        Assert.DoesNotContain("UNUSED_MODULE_RAN", bundle, StringComparison.Ordinal);
        Assert.Equal("USED_EXPORT undefined undefined\n", output);
    }

    [Fact]
    public void A_named_reexport_of_a_side_effect_free_barrel_reads_the_module_that_defines_the_export()
    {
        // webpack's re-export branch of optimizeIncomingConnections: the app's own module (kept
        // for its side effect) re-exports from the package's barrel; its getter reads the defining
        // module, so the barrel is not in the bundle.
        Write("node_modules/pkg/package.json", """{ "name": "pkg", "sideEffects": false }""");
        Write("node_modules/pkg/index.js", "export { used as renamed } from './inner.js';\nexport * as ns from './inner.js';\nconsole.log('BARREL_RAN');\n");
        Write("node_modules/pkg/inner.js", "export const used = 'USED_EXPORT';\n");
        Write("api.js", "export { renamed as value, ns } from 'pkg';\nglobalThis.API_RAN = true;\n");
        Write("index.js", "import * as api from './api.js';\nconsole.log(api.value, api.ns.used, globalThis.API_RAN);\n");
        var (bundle, output) = Build("{ \"minimize\": false, \"concatenateModules\": false, \"moduleIds\": \"named\" }");
        Assert.Equal("USED_EXPORT USED_EXPORT true\n", output);
        Assert.DoesNotContain("BARREL_RAN", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("./node_modules/pkg/index.js", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_star_reexport_skips_modules_that_are_one_export_star_each()
    {
        // webpack's moduleHasSingleStarReexport: a chain of `export *` passthroughs is skipped to
        // the module that defines the names; a module with two stars (a fan-out) is not.
        Write("node_modules/lib/package.json", """{ "name": "lib", "sideEffects": false }""");
        Write("node_modules/lib/index.js", "export * from './pass-1.js';\nexport * from './fan.js';\n");
        Write("node_modules/lib/pass-1.js", "export * from './pass-2.js';\n");
        Write("node_modules/lib/pass-2.js", "export * from './real.js';\n");
        Write("node_modules/lib/real.js", "export function foo() { return 'FOO'; }\nexport default 'NOT_REEXPORTED';\n");
        Write("node_modules/lib/fan.js", "export * from './b.js';\nexport * from './c.js';\n");
        Write("node_modules/lib/b.js", "export const bar = 'BAR';\n");
        Write("node_modules/lib/c.js", "export const baz = 'BAZ';\n");
        Write("reexport.js", "export * from 'lib';\n");
        Write("index.js", "import * as ns from './reexport.js';\nconsole.log(ns.foo(), ns.bar, ns.baz, Object.keys(ns).sort().join());\n");
        var (bundle, output) = Build("{ \"minimize\": false, \"concatenateModules\": false, \"moduleIds\": \"named\" }");
        Assert.Equal("FOO BAR BAZ bar,baz,foo\n", output);
        Assert.DoesNotContain("./node_modules/lib/pass-1.js", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("./node_modules/lib/pass-2.js", bundle, StringComparison.Ordinal);
        Assert.Contains("./node_modules/lib/fan.js", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void The_flag_applies_in_development_too_and_sideEffects_false_turns_it_off()
    {
        WritePackage("false");
        var (development, _) = Build("{}", mode: "development");
        Assert.DoesNotContain("POLYFILL_RAN", development, StringComparison.Ordinal);
        var (off, output) = Build("""{ "sideEffects": false, "minimize": false }""");
        Assert.Contains("POLYFILL_RAN", off, StringComparison.Ordinal);
        Assert.Contains("UNUSED_MODULE_RAN", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_sideEffects_overrides_the_package()
    {
        WritePackage("false");
        // A string condition is an absolute path prefix (a JSON config has no RegExp): the barrel
        // and the polyfill are said to have side effects, so the barrel runs and imports the polyfill.
        var paths = System.Text.Json.JsonSerializer.Serialize(new[] { Path.Combine(_root, "node_modules", "pkg", "index.js"), Path.Combine(_root, "node_modules", "pkg", "polyfill.js") });
        var (_, output) = Build(rules: $$"""[{ "test": {{paths}}, "sideEffects": true }]""");
        Assert.Equal("USED_EXPORT POLYFILL_RAN undefined\n", output);
    }

    [Fact]
    public void Source_analysis_drops_modules_with_only_pure_top_level_code()
    {
        Write("index.js", "import { a } from './barrel.js';\nimport './pure.js';\nimport './impure.js';\nimport './annotated.js';\nconsole.log(a);\n");
        Write("barrel.js", "export { a } from './a.js';\nexport { b } from './b.js';\n");
        Write("a.js", "export const a = 'A';\n");
        Write("b.js", "export const b = 'B_MODULE';\nexport class K { static s = 1; m() {} }\n");
        Write("pure.js", "const table = { x: [1, 2], y: `t` };\nexport function PURE_MODULE() { return table; }\nexport const made = /*#__PURE__*/ Object.freeze(table);\n");
        Write("annotated.js", "/*#__NO_SIDE_EFFECTS__*/ function make() { console.log('never'); }\nexport const ANNOTATED_MODULE = make();\n");
        Write("impure.js", "console.log('IMPURE_RAN');\n");
        var (bundle, output) = Build();
        Assert.DoesNotContain("B_MODULE", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("PURE_MODULE", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("ANNOTATED_MODULE", bundle, StringComparison.Ordinal);
        Assert.Equal("IMPURE_RAN\nA\n", output);
    }

    [Fact]
    public void With_flag_only_the_source_is_not_analysed()
    {
        Write("index.js", "import './pure.js';\nconsole.log('done');\n");
        Write("pure.js", "export const PURE_MODULE = 1;\n");
        var (bundle, output) = Build("""{ "sideEffects": "flag", "minimize": false }""");
        Assert.Contains("PURE_MODULE", bundle, StringComparison.Ordinal);
        Assert.Equal("done\n", output);
    }

    [Fact]
    public void A_side_effect_free_module_that_imports_one_with_side_effects_stays()
    {
        Write("index.js", "import './wrapper.js';\nconsole.log('done');\n");
        Write("wrapper.js", "import './effect.js';\nexport const WRAPPER = 1;\n");
        Write("effect.js", "console.log('EFFECT_RAN');\n");
        var (_, output) = Build();
        Assert.Equal("EFFECT_RAN\ndone\n", output);
    }

    [Fact]
    public void A_bad_sideEffects_option_is_an_error()
    {
        var config = JsonNode.Parse("""{ "entry": "./index.js", "optimization": { "sideEffects": "yes" } }""");
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        Assert.False(result.Success);
        Assert.Contains("optimization.sideEffects", result.FormatErrors(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_through_side_effect_free_barrels_go_to_the_defining_module()
    {
        Write("index.js", "import { a, b as bee } from './lib';\nimport def from './lib';\nimport('./lazy').then((m) => console.log(a, bee(), def, m.default));\n");
        // Reading a property of a re-exported namespace keeps going through the barrel (the code
        // replaces the binding only); it still works.
        Write("lazy.js", "import { ns } from './lib';\nexport default ns.n;\n");
        Write("lib/package.json", "{ \"sideEffects\": false }");
        Write("lib/index.js", "export { a } from './a';\nexport * from './b';\nexport { default } from './c';\nexport * as ns from './n';\nexport const BARREL_OWN = 1;\n");
        Write("lib/a.js", "export const a = 'A';\n");
        Write("lib/b.js", "export function b() { return 'B'; }\n");
        Write("lib/c.js", "export default 'C';\n");
        Write("lib/n.js", "export const n = 'N';\n");
        foreach (var mode in new[] { "production", "development" })
        {
            var (bundle, output) = Build(mode == "production" ? "{ \"minimize\": false }" : "{}", mode);
            Assert.Equal("A B C N\n", output);
            // The entry chunk reads no binding through the barrel: the barrel is not in it.
            Assert.DoesNotContain("BARREL_OWN", bundle, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_side_effect_below_an_import_cycle_is_kept_whichever_module_is_asked_first()
    {
        // m is flagged side-effect-free and built first: its walk meets the cycle a → b → c → a
        // before a meets d; b's answer from that walk must not be kept.
        Write("index.js", "import './m.js';\nimport './b.js';\nconsole.log('index');\n");
        Write("m.js", "import './a.js';\nexport const m = 1;\n");
        Write("a.js", "import './b.js';\nimport './d.js';\nexport const a = 1;\n");
        Write("b.js", "import './c.js';\nexport const b = 1;\n");
        Write("c.js", "import './a.js';\nexport const c = 1;\n");
        Write("d.js", "console.log('D side effect');\n");
        var m = System.Text.Json.JsonSerializer.Serialize(Path.Combine(_root, "m.js"));
        var (_, output) = Build(rules: $$"""[{ "test": {{m}}, "sideEffects": false }]""");
        Assert.Equal("D side effect\nindex\n", output);
    }
}
