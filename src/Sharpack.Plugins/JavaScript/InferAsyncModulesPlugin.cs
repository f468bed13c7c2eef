// Follows webpack lib/async-modules/InferAsyncModulesPlugin.js: at finishModules, a module with
// top-level await is async, and so is every module that imports an async module through an ES
// import (its evaluation has to wait); computed to a fixed point over incoming connections.

using Sharpack.Core;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript;

/// <summary>Marks async modules.</summary>
public sealed class InferAsyncModulesPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("InferAsyncModulesPlugin", (compilation, _) =>
            compilation.Hooks.FinishModules.Tap("InferAsyncModulesPlugin", modules => Run(compilation.Graph, modules)));

    /// <summary>Marks the async modules among <paramref name="modules"/>.</summary>
    public static void Run(ModuleGraph moduleGraph, IReadOnlyList<Module> modules)
    {
        var queue = new Queue<Module>();
        foreach (var module in modules)
        {
            if (module.HasTopLevelAwait)
            {
                moduleGraph.SetAsync(module);
                queue.Enqueue(module);
            }
        }
        while (queue.TryDequeue(out var module))
        {
            foreach (var connection in moduleGraph.GetIncomingConnections(module))
            {
                if (connection is not { OriginModule: { } importer, Dependency.PropagatesAsync: true } || !connection.IsTargetActive(null)
                    || moduleGraph.IsAsync(importer))
                    continue;
                moduleGraph.SetAsync(importer);
                queue.Enqueue(importer);
            }
        }
    }
}
