// webpack.optimize's chunk-merging plugins (LimitChunkCountPlugin, MinChunkSizePlugin,
// AggressiveMergingPlugin): which chunks a small project ends with, and that the merged bundle
// still runs in node.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Options;
using Sharpack.Plugins.Optimize;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class ChunkMergingPluginTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-chunk-merging-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private Core.Stats.BuildStats Build(params IPlugin[] plugins)
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse("""{ "mode": "development", "devtool": false, "target": "node", "entry": "./index.js" }"""), new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var stats = SharpackPlugins.CreateCompiler(result.Options!, plugins).Run();
        Assert.Empty(stats.Errors);
        return stats;
    }

    private string[] Files(Core.Stats.BuildStats stats) => [.. stats.Assets.Select(a => a.Name).Order(StringComparer.Ordinal)];

    private string Run()
    {
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        return output;
    }

    // An entry importing three async modules of different sizes, one of which shares a module with another.
    private void WriteProject()
    {
        Write("index.js", """
            Promise.all([import('./a'), import('./b'), import('./c')]).then(([a, b, c]) => console.log(a.default, b.default, c.default));
            """);
        Write("a.js", "import big from './shared'; export default 'a' + big.length;\n");
        Write("b.js", "import big from './shared'; export default 'b' + big.length;\n");
        Write("c.js", "export default 'c';\n");
        Write("shared.js", $"export default '{new string('x', 2000)}';\n");
    }

    [Fact]
    public void LimitChunkCountPlugin_with_one_chunk_puts_every_async_module_in_the_entry_chunk()
    {
        WriteProject();
        var stats = Build(new LimitChunkCountPlugin(JsonNode.Parse("""{ "maxChunks": 1 }""")));
        Assert.Equal(["main.js"], Files(stats));
        Assert.Equal("a2000 b2000 c\n", Run());
    }

    [Fact]
    public void LimitChunkCountPlugin_merges_the_chunks_that_share_most_first()
    {
        WriteProject();
        Assert.Equal(4, Files(Build()).Length);
        var stats = Build(new LimitChunkCountPlugin(JsonNode.Parse("""{ "maxChunks": 3 }""")));
        var files = Files(stats);
        Assert.Equal(3, files.Length);
        // a and b share the big module: merging them saves most, so c keeps its own chunk.
        var c = Assert.Single(files, f => File.ReadAllText(Path.Combine(_root, "dist", f)).Contains("'c'", StringComparison.Ordinal));
        Assert.DoesNotContain("xxxx", File.ReadAllText(Path.Combine(_root, "dist", c)), StringComparison.Ordinal);
        Assert.Equal("a2000 b2000 c\n", Run());
    }

    [Fact]
    public void MinChunkSizePlugin_merges_only_chunks_below_the_size()
    {
        WriteProject();
        var stats = Build(new MinChunkSizePlugin(JsonNode.Parse("""{ "minChunkSize": 100 }""")));
        var files = Files(stats);
        // c (20 bytes) goes; the chunks of a and b (over 2,000 bytes each) stay apart.
        Assert.Equal(3, files.Length);
        Assert.DoesNotContain(files, f => f != "main.js" && File.ReadAllText(Path.Combine(_root, "dist", f)).Contains("'c'", StringComparison.Ordinal) &&
            !File.ReadAllText(Path.Combine(_root, "dist", f)).Contains("xxxx", StringComparison.Ordinal));
        Assert.Equal("a2000 b2000 c\n", Run());
    }

    [Fact]
    public void AggressiveMergingPlugin_merges_async_chunks_that_share_a_large_module()
    {
        WriteProject();
        var stats = Build(new AggressiveMergingPlugin());
        var files = Files(stats);
        Assert.Equal(3, files.Length);
        var shared = Assert.Single(files, f => File.ReadAllText(Path.Combine(_root, "dist", f)).Contains("xxxx", StringComparison.Ordinal));
        var text = File.ReadAllText(Path.Combine(_root, "dist", shared));
        Assert.Contains("'a' +", text, StringComparison.Ordinal);
        Assert.Contains("'b' +", text, StringComparison.Ordinal);
        Assert.Equal("a2000 b2000 c\n", Run());
    }

    [Fact]
    public void Options_are_checked_as_webpacks_schemas()
    {
        Assert.Equal("Invalid options object. Limit Chunk Count Plugin has been initialized using an options object that does not match the API schema.\n - options.maxChunks should be >= 1.",
            Assert.Throws<ArgumentException>(() => new LimitChunkCountPlugin(JsonNode.Parse("""{ "maxChunks": 0 }"""))).Message);
        Assert.Contains("options misses the property 'minChunkSize'",
            Assert.Throws<ArgumentException>(() => new MinChunkSizePlugin(JsonNode.Parse("{}"))).Message, StringComparison.Ordinal);
        Assert.Contains("options has an unknown property 'size'",
            Assert.Throws<ArgumentException>(() => new AggressiveMergingPlugin(JsonNode.Parse("""{ "size": 1 }"""))).Message, StringComparison.Ordinal);
    }
}
