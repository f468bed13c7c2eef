// Parser options whose effect is a warning or state rather than behaviour a case can run: the
// critical-dependency warnings (exprContextCritical, wrappedContextCritical), the require.include
// deprecation, and the import() options every module carries for code splitting.

using System.Text.Json.Nodes;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;
using Sharpack.Plugins.JavaScript;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class ParserOptionsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sharpack-parser-options-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private SharpackOptions Options(string module)
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse($$"""
            { "mode": "development", "target": "node", "entry": "./index.js", "output": { "path": "dist" }, "module": {{module}} }
            """), null, _dir);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        return result.Options!;
    }

    private BuildStats Build(string index, string module = "{}")
    {
        File.WriteAllText(Path.Combine(_dir, "index.js"), index);
        Directory.CreateDirectory(Path.Combine(_dir, "dir"));
        File.WriteAllText(Path.Combine(_dir, "dir", "a.js"), "module.exports = 1;\n");
        var stats = SharpackPlugins.CreateCompiler(Options(module)).Run();
        Assert.Empty(stats.Errors);
        return stats;
    }

    private static string[] Messages(BuildStats stats) => [.. stats.Warnings.Select(w => w.Message)];

    [Fact]
    public void ExprContextCriticalWarnsUnlessSwitchedOff()
    {
        const string Index = "const name = 'x';\nexport const load = () => import(name);\n";
        Assert.Equal(["Critical dependency: the request of a dependency is an expression"], Messages(Build(Index)));
        Assert.Empty(Messages(Build(Index, """{ "exprContextCritical": false }""")));
        Assert.Empty(Messages(Build(Index, """{ "parser": { "javascript": { "exprContextCritical": false } } }""")));
    }

    [Fact]
    public void WrappedContextCriticalWarnsWhenSwitchedOn()
    {
        const string Index = "const name = 'a';\nmodule.exports = require('./dir/' + name);\n";
        Assert.Empty(Messages(Build(Index)));
        var stats = Build(Index, """{ "parser": { "javascript/auto": { "wrappedContextCritical": true } } }""");
        var warning = Assert.Single(stats.Warnings);
        Assert.Equal("Critical dependency: a part of the request of a dependency is an expression", warning.Message);
        Assert.Equal(2, warning.Line);
    }

    [Fact]
    public void WebpackIgnoreInARequireNeedsCommonjsMagicCommentsAndABoolean()
    {
        const string Index = "require(/* webpackIgnore: 1 */ './dir/a');\n";
        // Without the option the comment means nothing: no warning, the request is bundled.
        Assert.Empty(Messages(Build(Index)));
        var stats = Build(Index, """{ "parser": { "javascript": { "commonjsMagicComments": true } } }""");
        var warning = Assert.Single(stats.Warnings);
        Assert.Equal("`webpackIgnore` expected a boolean, but received: 1.", warning.Message);
        Assert.Equal(1, warning.Line);
        Assert.Contains(stats.Modules, m => m.Name == "./dir/a.js");
    }

    [Fact]
    public void RequireIncludeIsDeprecatedUnlessSwitchedOnOrOff()
    {
        const string Index = "require.include('./dir/a');\n";
        Assert.Equal(["require.include() is deprecated and will be removed soon."], Messages(Build(Index)));
        Assert.Empty(Messages(Build(Index, """{ "parser": { "javascript": { "requireInclude": true } } }""")));
        // Switched off, nothing is included: `require` there is require used as a value (an empty
        // context, with webpack's critical-dependency warning), `.include(…)` is left alone.
        var off = Build(Index, """{ "parser": { "javascript": { "requireInclude": false } } }""");
        Assert.Equal(["Critical dependency: require function is used in a way in which dependencies cannot be statically extracted"], Messages(off));
        Assert.Contains(".include('./dir/a')", File.ReadAllText(Path.Combine(_dir, "dist", "main.js")), StringComparison.Ordinal);
        Assert.DoesNotContain(off.Modules, m => m.Name == "./dir/a.js");
    }

    [Fact]
    public void ModulesCarryTheirResolvedParserOptions()
    {
        File.WriteAllText(Path.Combine(_dir, "index.js"), "require('./dir/a');\n");
        Directory.CreateDirectory(Path.Combine(_dir, "dir"));
        File.WriteAllText(Path.Combine(_dir, "dir", "a.js"), "module.exports = 1;\n");
        var compiler = SharpackPlugins.CreateCompiler(Options("""
            { "parser": { "javascript": { "dynamicImportMode": "eager", "dynamicImportPrefetch": 3 } },
              "rules": [ { "include": "dir", "parser": { "dynamicImportMode": "weak", "dynamicImportPreload": true, "dynamicImportFetchPriority": "low" } } ] }
            """));
        var created = new System.Collections.Concurrent.ConcurrentDictionary<string, Module>();
        compiler.ModuleTypes.Register("javascript/auto", (identifier, resource, type) =>
            created[Path.GetFileName(resource)] = new JavaScriptModule(identifier, resource, type));
        Assert.Empty(compiler.Run().Errors);
        var index = created["index.js"].ParserOptions!;
        Assert.Equal("eager", index.DynamicImportMode);
        Assert.Equal(3, index.DynamicImportPrefetch);
        Assert.Null(index.DynamicImportPreload);
        var a = created["a.js"].ParserOptions!;
        Assert.Equal("weak", a.DynamicImportMode);
        Assert.Equal(3, a.DynamicImportPrefetch);
        Assert.Equal(0, a.DynamicImportPreload);
        Assert.Equal("low", a.DynamicImportFetchPriority);
    }
}
