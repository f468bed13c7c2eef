// webpack's canRename/rename: `var x = name` (never reassigned) makes x an alias of the free name
// when a plugin allows it, so hooks on the name answer for x: a definition of global.test for
// `g.test`, require calls through `r`.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Sharpack.Plugins.Builtin;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class VariableRenameTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-rename-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_root, relative), text);

    private string BuildAndRun(params Core.IPlugin[] plugins)
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse("""{ "mode": "development", "devtool": false, "target": "node", "entry": "./index.js" }"""), new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var stats = SharpackPlugins.CreateCompiler(result.Options!, plugins).Run();
        Assert.Empty(stats.Errors);
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        return output;
    }

    [Fact]
    public void An_alias_of_global_reads_the_definitions_under_global()
    {
        Write("index.js", """
            var g = global;
            var reassigned = global;
            reassigned = { test: 'own' };
            const version = VERSION;
            console.log(g.test, typeof g, g === globalThis, reassigned.test, version);
            """);
        var output = BuildAndRun(new DefinePlugin(JsonNode.Parse("""{ "global.test": "'defined'", "VERSION": "'1.0'" }""")));
        // As webpack 5.112: a rename holds from the declaration on, a later assignment of another
        // value does not undo it (webpack prints "defined" for reassigned.test too).
        Assert.Equal("defined object true defined 1.0\n", output);
        // The definition's code is used, not an alias of VERSION (it evaluates to a value).
        Assert.Contains("const version = '1.0';", File.ReadAllText(Path.Combine(_root, "dist", "main.js")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_of_require_bundles_what_it_requires()
    {
        Write("x.js", "module.exports = 'from x';\n");
        Write("index.js", "var r = require;\nconsole.log(r('./x'), typeof r);\n");
        var output = BuildAndRun();
        // As webpack: the call is a require of ./x, typeof answers as for require.
        Assert.Equal("from x function\n", output);
        Assert.Contains("var r = undefined;", File.ReadAllText(Path.Combine(_root, "dist", "main.js")), StringComparison.Ordinal);
    }
}
