// builtin:swc-loader's options that Sharpack's transform does not carry out (SWC's WebAssembly
// plugins, core-js polyfill injection) are reported as warnings on the module, never skipped in
// silence; what it does carry out builds with no warning.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class BuiltinSwcLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-swc-loader-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Core.Stats.BuildStats Build(string loaderOptions)
    {
        File.WriteAllText(Path.Combine(_root, "index.ts"), "const n: number = 1;\nexport const m = n ?? 2;\n");
        var config = $$"""
            { "mode": "development", "devtool": false, "target": "node", "entry": "./index.ts",
              "module": { "rules": [{ "test": { "__regexp": { "source": "\\.ts$", "flags": "" } }, "loader": "builtin:swc-loader", "options": {{loaderOptions}} }] } }
            """;
        var result = OptionsNormalizer.Normalize(JsonNode.Parse(config), new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        return SharpackPlugins.CreateCompiler(result.Options!, []).Run();
    }

    [Fact]
    public void Swc_plugins_and_polyfill_injection_are_warned_about()
    {
        var stats = Build("""{ "jsc": { "parser": { "syntax": "typescript" }, "experimental": { "plugins": [["@swc/plugin-styled-components", {}]] } }, "env": { "targets": "chrome 70", "mode": "usage", "coreJs": "3.40" } }""");
        Assert.Empty(stats.Errors);
        var warnings = stats.Warnings.Select(w => w.Message).ToList();
        Assert.Contains(warnings, w => w.Contains("jsc.experimental.plugins", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("env.mode \"usage\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Supported_options_build_without_warnings()
    {
        var stats = Build("""{ "jsc": { "parser": { "syntax": "typescript" }, "target": "es2017", "transform": { "useDefineForClassFields": true } }, "sourceMaps": true }""");
        Assert.Empty(stats.Errors);
        Assert.Empty(stats.Warnings);
    }
}
