// Follows webpack lib/container/HoistContainerReferencesPlugin.js (applied by ModuleFederationPlugin):
// after split chunks, the external modules an entry reaches (remote containers) and the modules a
// container entry needs at once move into the runtime chunk, so a remote's container is there
// whichever chunk asks for it, and chunks left empty are removed.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;
using Sharpack.Plugins.Externals;

namespace Sharpack.Plugins.Federation;

/// <summary>webpack's HoistContainerReferencesPlugin.</summary>
public sealed class HoistContainerReferencesPlugin : IPlugin
{
    private enum Reach
    {
        // Modules reached without crossing an async block.
        Initial,
        // External modules reached through anything.
        External,
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.ThisCompilation.Tap("HoistContainerReferences", (compilation, _) =>
            compilation.Hooks.OptimizeChunks.Tap(new Core.Hooks.TapOptions("HoistContainerReferences") { Stage = Compilation.StageAdvanced + 1 }, (_, _) =>
            {
                Hoist(compilation);
                return null;
            }));
    }

    private static void Hoist(Compilation compilation)
    {
        var graph = compilation.Graph;
        foreach (var (_, dependencies) in compilation.EntryDependencies)
        {
            foreach (var dependency in dependencies)
            {
                if (graph.GetModule(dependency) is not { } entry)
                    continue;
                var modules = Referenced(graph, entry, Reach.External);
                if (dependency is ContainerEntryDependency)
                    modules.UnionWith(Referenced(graph, entry, Reach.Initial));
                HoistInto(compilation, entry, modules);
            }
        }
    }

    private static HashSet<Module> Referenced(ModuleGraph graph, Module root, Reach reach)
    {
        var collected = new HashSet<Module>();
        var visited = new HashSet<Module> { root };
        var stack = new Stack<Module>();
        stack.Push(root);
        while (stack.TryPop(out var module))
        {
            foreach (var connection in graph.GetOutgoingConnections(module))
            {
                var target = connection.Module;
                if (visited.Contains(target))
                    continue;
                if (reach == Reach.Initial && connection.Dependency?.Block is not null)
                    continue;
                if (reach == Reach.Initial || target is ExternalModule)
                    collected.Add(target);
                visited.Add(target);
                stack.Push(target);
            }
        }
        return collected;
    }

    private static void HoistInto(Compilation compilation, Module entry, HashSet<Module> modules)
    {
        if (modules.Count == 0)
            return;
        var chunkGraph = compilation.ChunkGraph;
        if (chunkGraph.GetModuleRuntimes(entry) is { } runtimes)
        {
            foreach (var runtime in runtimes.Names)
            {
                var runtimeChunk = compilation.Chunks.Find(chunk => chunk.Name == runtime);
                if (runtimeChunk is null)
                    continue;
                foreach (var module in modules)
                {
                    if (!chunkGraph.IsModuleInChunk(module, runtimeChunk))
                        chunkGraph.ConnectChunkAndModule(runtimeChunk, module);
                }
            }
        }
        foreach (var module in modules)
        {
            foreach (var chunk in chunkGraph.GetModuleChunks(module).ToArray())
            {
                if (chunk.HasRuntime)
                    continue;
                chunkGraph.DisconnectChunkAndModule(chunk, module);
                if (chunkGraph.GetNumberOfChunkModules(chunk) == 0 && chunkGraph.GetNumberOfEntryModules(chunk) == 0)
                    compilation.RemoveChunk(chunk);
            }
        }
    }
}
