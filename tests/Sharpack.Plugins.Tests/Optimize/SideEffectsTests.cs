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
        var (bundle, output) = Build();
        Assert.DoesNotContain("UNUSED_MODULE_RAN", bundle, StringComparison.Ordinal);
        Assert.Equal("USED_EXPORT POLYFILL_RAN THEME_RAN\n", output);
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
        // A string condition is an absolute path prefix (a JSON config has no RegExp).
        var polyfill = System.Text.Json.JsonSerializer.Serialize(Path.Combine(_root, "node_modules", "pkg", "polyfill.js"));
        var (_, output) = Build(rules: $$"""[{ "test": {{polyfill}}, "sideEffects": true }]""");
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
}
