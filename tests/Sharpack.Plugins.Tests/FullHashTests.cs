// [fullhash] covers everything rendered, the runtime's code included: an option that only the
// runtime reads (output.publicPath, the chunk loading global) changes it, and an unchanged build
// keeps it.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class FullHashTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-fullhash-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string MainFile(string output)
    {
        var json = $$"""{ "mode": "development", "target": "web", "entry": "./index.js", "output": { "filename": "[name].[fullhash:8].js", {{output}} } }""";
        var options = OptionsNormalizer.Normalize(JsonNode.Parse(json), new OptionsOverrides(), _root);
        Assert.True(options.Success, options.Success ? "" : options.FormatErrors());
        var stats = SharpackPlugins.CreateCompiler(options.Options!).Run();
        Assert.Empty(stats.Errors);
        return Assert.Single(stats.Assets, a => a.Name.StartsWith("main.", StringComparison.Ordinal)).Name;
    }

    [Fact]
    public void Runtime_only_options_change_the_full_hash()
    {
        File.WriteAllText(Path.Combine(_root, "index.js"), "import('./lazy').then((m) => console.log(m.default));\n");
        File.WriteAllText(Path.Combine(_root, "lazy.js"), "export default 1;\n");
        var first = MainFile("\"publicPath\": \"/a/\"");
        Assert.Equal(first, MainFile("\"publicPath\": \"/a/\""));
        Assert.NotEqual(first, MainFile("\"publicPath\": \"/b/\""));
        Assert.NotEqual(first, MainFile("\"publicPath\": \"/a/\", \"chunkLoadingGlobal\": \"otherGlobal\""));
    }
}
