// async modules: a module with top-level await is async, and so is every module that imports
// one through an ES import (webpack's InferAsyncModulesPlugin). Computed to a fixed point
// over importers, in module key order.

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.Seal;

internal static class AsyncModulesPass
{
    public static void Run(Compilation compilation)
    {
        var modules = compilation.Graph.Modules;
        var importers = new Dictionary<Module, List<Module>>();
        var queue = new Queue<Module>();
        foreach (var module in modules)
        {
            foreach (var dependency in module.Dependencies)
            {
                if (!dependency.PropagatesAsync || dependency.Target is not { } target)
                    continue;
                if (!importers.TryGetValue(target, out var list))
                    importers[target] = list = [];
                list.Add(module);
            }
            if (module.HasTopLevelAwait)
            {
                module.IsAsync = true;
                queue.Enqueue(module);
            }
        }
        while (queue.Count > 0)
        {
            var module = queue.Dequeue();
            if (!importers.TryGetValue(module, out var list))
                continue;
            foreach (var importer in list)
            {
                if (importer.IsAsync)
                    continue;
                importer.IsAsync = true;
                queue.Enqueue(importer);
            }
        }
    }
}
