// optimization.mergeDuplicateChunks and optimization.removeEmptyChunks (webpack's
// MergeDuplicateChunksPlugin and RemoveEmptyChunksPlugin, both on by default): the same import()
// written in two modules ends as one chunk; a chunk a plugin empties before STAGE_BASIC is removed.
// Turned off, the duplicates keep webpack's named ids (the long name and an index) and the empty
// chunk is emitted. An import() of a module its parent already has opens no chunk either way, as in
// webpack. The bundle runs in every case.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests.Optimize;

public sealed class ChunkCleanupOptionsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-chunk-cleanup-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    // Moves the modules of the chunk holding d.js into the entry chunk before the basic optimizations run.
    private sealed class EmptyTheChunkOfD : IPlugin
    {
        public void Apply(Compiler compiler) =>
            compiler.Hooks.Compilation.Tap("EmptyTheChunkOfD", (compilation, _) =>
                compilation.Hooks.OptimizeChunks.Tap(new Core.Hooks.TapOptions("EmptyTheChunkOfD") { Stage = Compilation.StageBasic - 1 }, (chunks, _) =>
                {
                    var main = chunks.Single(c => c.Name == "main");
                    foreach (var chunk in chunks.Where(c => c.Modules.Any(m => m.ReadableName == "./d.js")).ToList())
                    {
                        foreach (var module in chunk.Modules.ToList())
                        {
                            compilation.ChunkGraph.DisconnectChunkAndModule(chunk, module);
                            compilation.ChunkGraph.ConnectChunkAndModule(main, module);
                        }
                    }
                    return null;
                }));
    }

    // Builds with the given optimization options; returns the emitted files and what the bundle prints, sorted.
    private (string[] Files, string Output) Build(string optimization)
    {
        Write("index.js", """
            import "./b"; import "./c";
            import("./b").then((m) => console.log("again", m.default));
            import("./d").then((m) => console.log("d", m.default));
            """);
        Write("b.js", "import('./a').then((m) => console.log('b', m.default));\nexport default 'B';\n");
        Write("c.js", "import('./a').then((m) => console.log('c', m.default));\n");
        Write("a.js", "export default 'A';\n");
        Write("d.js", "export default 'D';\n");
        var config = JsonNode.Parse($$"""{ "mode": "development", "devtool": false, "target": "node", "entry": "./index.js", "optimization": {{optimization}} }""");
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        Assert.Empty(result.Warnings);
        var stats = SharpackPlugins.CreateCompiler(result.Options!, [new EmptyTheChunkOfD()]).Run();
        Assert.Empty(stats.Errors);
        var dist = Path.Combine(_root, "dist");
        var files = Directory.GetFiles(dist).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        var (code, output) = TestPaths.RunNode(dist, "main.js");
        Assert.True(code == 0, output);
        Directory.Delete(dist, recursive: true);
        return (files, string.Join('\n', output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)));
    }

    private const string Printed = "again B\nb A\nc A\nd D";

    [Fact]
    public void By_default_duplicate_chunks_merge_and_emptied_chunks_are_removed()
    {
        var (files, output) = Build("{}");
        Assert.Equal(["a_js.js", "main.js"], files);
        Assert.Equal(Printed, output);
    }

    [Fact]
    public void Without_mergeDuplicateChunks_each_import_keeps_its_chunk_with_webpacks_long_indexed_ids()
    {
        var (files, output) = Build("""{ "mergeDuplicateChunks": false }""");
        Assert.Equal(3, files.Length);
        Assert.Equal("main.js", files[2]);
        Assert.Matches("^a_js-_[0-9a-f]{4}0\\.js$", files[0]);
        Assert.Equal(files[0][..^4] + "1.js", files[1]);
        Assert.Equal(Printed, output);
    }

    [Fact]
    public void Without_removeEmptyChunks_the_emptied_chunk_stays_but_writes_no_script()
    {
        // webpack's JavascriptModulesPlugin renders no file for a chunk without JavaScript
        // (chunkHasJs), and the runtime's hasJsMatcher does not load one for it.
        var (files, output) = Build("""{ "removeEmptyChunks": false }""");
        Assert.Equal(["a_js.js", "main.js"], files);
        Assert.Equal(Printed, output);
    }

    [Fact]
    public void An_import_of_a_module_the_parent_has_opens_no_chunk_even_without_removeEmptyChunks()
    {
        var (files, _) = Build("""{ "removeEmptyChunks": false, "mergeDuplicateChunks": false }""");
        // a twice (two import()s); the emptied d chunk writes no script; none for import("./b").
        Assert.Equal(3, files.Length);
        Assert.DoesNotContain("0.js", files);
    }
}
