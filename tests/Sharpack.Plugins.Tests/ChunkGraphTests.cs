// The chunk graph after the chunk graph pass: membership both ways, moved by plugins through
// ChunkGraph's API, and each chunk's runtime (async chunks run in the runtimes of every
// entrypoint that can load them).

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class ChunkGraphTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-chunk-graph-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_root, relative), text);

    // Builds the entries (an object of the configuration's entry) and runs check on the chunks and
    // groups after the chunk optimizations; fails if the build fails or never got there.
    private void BuildAndCheck(string entries, Action<Compilation, IReadOnlyList<Chunk>, IReadOnlyList<ChunkGroup>> check)
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse($$"""{ "mode": "development", "target": "node", "entry": {{entries}} }"""), new OptionsOverrides(), _root);
        Assert.True(result.Success);
        var compiler = SharpackPlugins.CreateCompiler(result.Options!);
        var checkedGraph = false;
        compiler.Hooks.Compilation.Tap("test", (compilation, _) =>
            compilation.Hooks.AfterOptimizeChunks.Tap("test", (chunks, groups) =>
            {
                check(compilation, chunks, groups);
                checkedGraph = true;
            }));
        Assert.Empty(compiler.Run().Errors);
        Assert.True(checkedGraph);
    }

    [Fact]
    public void Each_group_numbers_the_modules_it_received_in_pre_and_post_order()
    {
        Write("entry1.js", "import './a.js'; import('./async.js'); import './b.js';");
        Write("entry2.js", "import './b.js'; import './a.js';");
        Write("a.js", "import './shared.js';");
        Write("b.js", "import './shared.js';");
        Write("shared.js", "export default 1;");
        Write("async.js", "import './a.js'; export default 2;");
        BuildAndCheck("""{ "entry1": "./entry1.js", "entry2": "./entry2.js" }""", (compilation, _, groups) =>
            {
                string Order(ChunkGroup group, bool post) => string.Join(", ", compilation.Graph.Modules
                    .Select(m => (Module: m, Index: post ? group.GetModulePostOrderIndex(m) : group.GetModulePreOrderIndex(m)))
                    .Where(p => p.Index is not null).OrderBy(p => p.Index).Select(p => p.Module.ReadableName));
                var entry2 = groups.Single(g => g.Name == "entry2");
                Assert.Equal("./entry2.js, ./b.js, ./shared.js, ./a.js", Order(entry2, post: false));
                Assert.Equal("./shared.js, ./b.js, ./a.js, ./entry2.js", Order(entry2, post: true));
                // The async group gets nothing its parent has available, so it numbers only its own module.
                var lazy = groups.Single(g => !g.IsEntrypoint);
                Assert.Equal("./async.js", Order(lazy, post: false));
            });
    }

    [Fact]
    public void Membership_is_kept_both_ways_and_async_chunks_run_in_every_runtime_that_loads_them()
    {
        Write("a.js", "import './shared.js'; import('./lazy.js');");
        Write("b.js", "import './shared.js'; import('./lazy.js');");
        Write("shared.js", "export default 1;");
        Write("lazy.js", "export default 2;");
        BuildAndCheck("""{ "a": "./a.js", "b": "./b.js" }""", (compilation, chunks, _) =>
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
            });
    }
}
