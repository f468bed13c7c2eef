// optimization.flagIncludedChunks (webpack's FlagIncludedChunksPlugin, on in production): a chunk
// holding every module of another lists that chunk's id too, so loading it installs both and the
// runtime never fetches the included one. Checked against webpack 5.112's output for the same
// project: `exports.ids = [189,622]` in y's chunk.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests.Optimize;

public sealed class FlagIncludedChunksTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-flag-included-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_root, relative), text);

    // y's chunk holds y and x; x's chunk holds x alone. Returns the emitted async chunks' texts by file name.
    private Dictionary<string, string> Build(string optimization)
    {
        Write("index.js", """import("./y").then((y) => { console.log(y.default); return import("./x"); }).then((x) => console.log(x.default));""");
        Write("y.js", "import x from './x';\nexport default 'y+' + x;\n");
        Write("x.js", "export default 'x';\n");
        var config = JsonNode.Parse($$"""{ "mode": "production", "devtool": false, "target": "node", "entry": "./index.js", "optimization": {{optimization}} }""");
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var stats = SharpackPlugins.CreateCompiler(result.Options!).Run();
        Assert.Empty(stats.Errors);
        var dist = Path.Combine(_root, "dist");
        return Directory.GetFiles(dist).Where(f => Path.GetFileName(f) != "main.js").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
    }

    private const string Quiet = """{ "minimize": false, "concatenateModules": false, "sideEffects": false, "mangleExports": false }""";

    [Fact]
    public void The_chunk_holding_another_lists_its_id_and_loading_it_installs_both()
    {
        var chunks = Build(Quiet);
        Assert.Equal(2, chunks.Count);
        var x = chunks.Single(c => !c.Value.Contains("y+", StringComparison.Ordinal));
        var y = chunks.Single(c => c.Value.Contains("y+", StringComparison.Ordinal));
        var xId = Path.GetFileNameWithoutExtension(x.Key);
        var yId = Path.GetFileNameWithoutExtension(y.Key);
        Assert.Contains($"exports.ids = [{xId}];", x.Value, StringComparison.Ordinal);
        var ids = string.Join(',', new[] { xId, yId }.Order(Comparer<string>.Create(Core.ChunkGraph.Chunk.CompareIds)));
        Assert.Contains($"exports.ids = [{ids}];", y.Value, StringComparison.Ordinal);

        // x's chunk is never fetched: y's installed it.
        File.Delete(Path.Combine(_root, "dist", x.Key));
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("y+x\nx\n", output);
    }

    [Fact]
    public void Turned_off_each_chunk_lists_only_its_own_id_and_the_included_one_is_fetched()
    {
        var chunks = Build(Quiet.Replace("{ ", """{ "flagIncludedChunks": false, """, StringComparison.Ordinal));
        var x = chunks.Single(c => !c.Value.Contains("y+", StringComparison.Ordinal));
        var y = chunks.Single(c => c.Value.Contains("y+", StringComparison.Ordinal));
        Assert.Contains($"exports.ids = [{Path.GetFileNameWithoutExtension(y.Key)}];", y.Value, StringComparison.Ordinal);
        File.Delete(Path.Combine(_root, "dist", x.Key));
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.NotEqual(0, code);
        Assert.Contains("y+x", output, StringComparison.Ordinal);
    }
}
