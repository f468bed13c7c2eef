// Entry descriptor options that shape the chunks and the runtime: asyncChunks and chunkLoading
// false keep what import() loads in the entry's own chunk (webpack's buildChunkGraph), and an
// entry's publicPath (or output.publicPath with [fullhash]) sets its runtime's
// __webpack_require__.p.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class EntryOptionsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-entry-options-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private Core.Stats.BuildStats Build(string json)
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse(json), new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var stats = SharpackPlugins.CreateCompiler(result.Options!, []).Run();
        Assert.Empty(stats.Errors);
        return stats;
    }

    private string Run(string file)
    {
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), file);
        Assert.True(code == 0, output);
        return output;
    }

    private string[] Files(Core.Stats.BuildStats stats) => [.. stats.Assets.Select(a => a.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void ChunkLoading_false_keeps_imported_modules_in_the_entry_chunk()
    {
        Write("index.js", "import('./lazy').then(m => console.log(m.default, typeof __webpack_require__.e));\n");
        Write("lazy.js", "export default 'lazy';\n");
        var stats = Build("""{ "mode": "development", "devtool": false, "target": "node", "entry": "./index.js", "output": { "chunkLoading": false } }""");
        Assert.Equal(["main.js"], Files(stats));
        Assert.Equal("lazy undefined\n", Run("main.js"));
    }

    [Fact]
    public void AsyncChunks_false_applies_to_its_entry_only()
    {
        Write("a.js", "import('./lazy').then(m => console.log('a', m.default));\n");
        Write("b.js", "import('./lazy').then(m => console.log('b', m.default));\n");
        Write("lazy.js", "export default 'lazy';\n");
        var stats = Build("""
            { "mode": "development", "devtool": false, "target": "node",
              "entry": { "a": { "import": "./a.js", "asyncChunks": false }, "b": "./b.js" } }
            """);
        Assert.Equal(["a.js", "b.js", "lazy_js.js"], Files(stats));
        Assert.DoesNotContain("__webpack_require__.e(", File.ReadAllText(Path.Combine(_root, "dist", "a.js")), StringComparison.Ordinal);
        Assert.Equal("a lazy\n", Run("a.js"));
        Assert.Equal("b lazy\n", Run("b.js"));
        var output = Build("""{ "mode": "development", "devtool": false, "target": "node", "entry": { "b": "./b.js" }, "output": { "asyncChunks": false } }""");
        Assert.Equal(["b.js"], Files(output));
    }

    [Fact]
    public void An_entrys_publicPath_and_a_hash_in_output_publicPath_set_the_runtimes_public_path()
    {
        Write("a.js", "console.log(__webpack_public_path__);\n");
        Write("b.js", "console.log(__webpack_public_path__);\n");
        var stats = Build("""
            { "mode": "development", "devtool": false, "target": "node", "output": { "publicPath": "/cdn/[fullhash:6]/" },
              "entry": { "a": { "import": "./a.js", "publicPath": "/other/" }, "b": "./b.js" } }
            """);
        Assert.Equal("/other/\n", Run("a.js"));
        Assert.Equal($"/cdn/{stats.Hash[..6]}/\n", Run("b.js"));
    }
}
