// The chunk graph after the chunk graph pass: membership both ways, moved by plugins through
// ChunkGraph's API, and each chunk's runtime (async chunks run in the runtimes of every
// entrypoint that can load them).

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class ChunkGraphTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-chunk-graph-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_root, relative), text);

    [Fact]
    public void Membership_is_kept_both_ways_and_async_chunks_run_in_every_runtime_that_loads_them()
    {
        Write("a.js", "import './shared.js'; import('./lazy.js');");
        Write("b.js", "import './shared.js'; import('./lazy.js');");
        Write("shared.js", "export default 1;");
        Write("lazy.js", "export default 2;");
        var result = OptionsNormalizer.Normalize(JsonNode.Parse("""{ "mode": "development", "target": "node", "entry": { "a": "./a.js", "b": "./b.js" } }"""), new OptionsOverrides(), _root);
        Assert.True(result.Success);
        var compiler = SharpackPlugins.CreateCompiler(result.Options!);
        var checkedGraph = false;
        compiler.Hooks.Compilation.Tap("test", (compilation, _) =>
            compilation.Hooks.AfterOptimizeChunks.Tap("test", (chunks, _) =>
            {
                var graph = compilation.ChunkGraph;
                var shared = compilation.Graph.Modules.Single(m => m.ReadableName == "./shared.js");
                var lazy = compilation.Graph.Modules.Single(m => m.ReadableName == "./lazy.js");
                Assert.Equal(["a", "b"], graph.GetModuleChunks(shared).Select(c => c.Name).Order());
                Assert.Same(RuntimeSpec.Of(["a", "b"]), graph.GetModuleRuntimes(shared));
                var lazyChunk = Assert.Single(graph.GetModuleChunks(lazy));
                Assert.Same(RuntimeSpec.Of(["a", "b"]), lazyChunk.Runtime);
                Assert.Same(RuntimeSpec.Of("a"), chunks.Single(c => c.Name == "a").Runtime);
                // Moving a module through the API keeps both directions in step.
                var a = chunks.Single(c => c.Name == "a");
                Assert.True(graph.DisconnectChunkAndModule(a, shared));
                Assert.False(graph.IsModuleInChunk(shared, a));
                Assert.DoesNotContain(shared, a.Modules);
                Assert.Equal(1, graph.GetNumberOfModuleChunks(shared));
                graph.ConnectChunkAndModule(a, shared);
                graph.ConnectChunkAndModule(a, shared);
                Assert.Equal(2, graph.GetModuleChunks(shared).Count);
                Assert.Single(a.Modules, m => m == shared);
                checkedGraph = true;
            }));
        Assert.Empty(compiler.Run().Errors);
        Assert.True(checkedGraph);
    }
}
