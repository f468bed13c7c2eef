// The module graph after make: modules in pre-order from the entries whatever thread built
// them first, depth and pre/post-order indexes as webpack assigns them, connections both ways.

using System.Text.Json.Nodes;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class ModuleGraphTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-module-graph-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_root, relative), text);

    private ModuleGraph Build()
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse("""{ "mode": "development", "target": "node", "entry": { "main": "./index.js", "second": "./second.js" } }"""), new OptionsOverrides(), _root);
        Assert.True(result.Success);
        var compiler = SharpackPlugins.CreateCompiler(result.Options!);
        ModuleGraph? graph = null;
        compiler.Hooks.Compilation.Tap("test", (compilation, _) =>
            compilation.Hooks.FinishModules.Tap("test", _ => graph = compilation.Graph));
        Assert.Empty(compiler.Run().Errors);
        return graph!;
    }

    [Fact]
    public void Modules_are_in_pre_order_from_the_entries_with_depths_and_indexes()
    {
        Write("index.js", "import './a.js'; import './b.js'; import('./lazy.js');");
        Write("a.js", "import './c.js';");
        Write("b.js", "import './c.js'; require('./d.js');");
        Write("c.js", "export default 1;");
        Write("d.js", "exports.d = 1;");
        Write("lazy.js", "import './d.js';");
        Write("second.js", "import './d.js';");
        for (var round = 0; round < 5; round++)
        {
            var graph = Build();
            // As webpack's visitModules: every entry's synchronous graph first, then what import()s load.
            Assert.Equal(["./index.js", "./a.js", "./c.js", "./b.js", "./d.js", "./second.js", "./lazy.js"], graph.Modules.Select(m => m.ReadableName));
            Assert.Equal(Enumerable.Range(0, 7), graph.Modules.Select(m => m.Key));
            Assert.Equal(Enumerable.Range(0, 7), graph.Modules.Select(graph.GetPreOrderIndex));
            var byName = graph.Modules.ToDictionary(m => m.ReadableName);
            Assert.Equal([0, 1, 2, 1, 1, 0, 1], graph.Modules.Select(graph.GetDepth));
            // Post-order: a module after everything it reaches.
            Assert.True(graph.GetPostOrderIndex(byName["./c.js"]) < graph.GetPostOrderIndex(byName["./a.js"]));
            Assert.True(graph.GetPostOrderIndex(byName["./b.js"]) < graph.GetPostOrderIndex(byName["./index.js"]));
            Assert.Equal(5, graph.GetPostOrderIndex(byName["./second.js"]));
            Assert.Equal(6, graph.GetPostOrderIndex(byName["./lazy.js"]));
            // Incoming connections by origin order: b, then the second entry, then lazy.
            Assert.Equal(["./b.js", "./second.js", "./lazy.js"], graph.GetIncomingConnections(byName["./d.js"]).Select(c => c.OriginModule!.ReadableName));
            Assert.Same(byName["./c.js"], graph.GetOutgoingConnections(byName["./a.js"]).Single().Module);
        }
    }
}
