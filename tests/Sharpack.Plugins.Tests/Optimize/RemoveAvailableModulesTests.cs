// optimization.removeAvailableModules (webpack's RemoveParentModulesPlugin, off by default): a
// module every parent group already loads is disconnected from a child chunk. The chunk graph never
// puts one there itself; a plugin that copies the entry's shared module into the async chunk before
// STAGE_BASIC stands in for the optimizations that can.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests.Optimize;

public sealed class RemoveAvailableModulesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-remove-available-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_root, relative), text);

    private sealed class CopySharedIntoAsyncChunk : IPlugin
    {
        public void Apply(Compiler compiler) =>
            compiler.Hooks.Compilation.Tap("CopySharedIntoAsyncChunk", (compilation, _) =>
                compilation.Hooks.OptimizeChunks.Tap(new Core.Hooks.TapOptions("CopySharedIntoAsyncChunk") { Stage = Compilation.StageBasic - 1 }, (chunks, _) =>
                {
                    var shared = compilation.Graph.Modules.Single(m => m.ReadableName == "./shared.js");
                    foreach (var chunk in chunks.Where(c => !c.IsInitial))
                        compilation.ChunkGraph.ConnectChunkAndModule(chunk, shared);
                    return null;
                }));
    }

    // The async chunk's text and what the bundle prints.
    private (string AsyncChunk, string Output) Build(string optimization)
    {
        Write("index.js", "import shared from './shared';\nconsole.log(shared);\nimport('./lazy').then((m) => console.log(m.default));\n");
        Write("lazy.js", "import shared from './shared';\nexport default 'lazy+' + shared;\n");
        Write("shared.js", "export default 'SHARED_MODULE';\n");
        var config = JsonNode.Parse($$"""{ "mode": "development", "devtool": false, "target": "node", "entry": "./index.js", "optimization": {{optimization}} }""");
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        Assert.Empty(result.Warnings);
        var stats = SharpackPlugins.CreateCompiler(result.Options!, [new CopySharedIntoAsyncChunk()]).Run();
        Assert.Empty(stats.Errors);
        var dist = Path.Combine(_root, "dist");
        var asyncChunk = File.ReadAllText(Directory.GetFiles(dist).Single(f => Path.GetFileName(f) != "main.js"));
        var (code, output) = TestPaths.RunNode(dist, "main.js");
        Assert.True(code == 0, output);
        return (asyncChunk, output);
    }

    [Fact]
    public void With_removeAvailableModules_a_module_the_parent_loads_leaves_the_child_chunk()
    {
        var (asyncChunk, output) = Build("""{ "removeAvailableModules": true }""");
        Assert.DoesNotContain("SHARED_MODULE", asyncChunk, StringComparison.Ordinal);
        Assert.Contains("./lazy.js", asyncChunk, StringComparison.Ordinal);
        Assert.Equal("SHARED_MODULE\nlazy+SHARED_MODULE\n", output);
    }

    [Fact]
    public void By_default_the_chunk_keeps_it()
    {
        var (asyncChunk, output) = Build("{}");
        Assert.Contains("SHARED_MODULE", asyncChunk, StringComparison.Ordinal);
        Assert.Equal("SHARED_MODULE\nlazy+SHARED_MODULE\n", output);
    }
}
