// Follows webpack lib/ids/OccurrenceModuleIdsPlugin.js (optimization.moduleIds: "size"): modules
// numbered 0, 1, 2… most referenced first, so the ids written most often are the shortest. A
// module's count is how often its id is written (each active reference, times the chunks of the
// module holding it) plus its chunks and entry chunks; with prioritiseInitial, what the initial
// chunks reference comes first. Ties go by pre-order index, then identifier.

using Sharpack.Core;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Ids;

/// <summary>Module ids in order of occurrence.</summary>
/// <param name="prioritiseInitial">Order by occurrences in initial chunks first (webpack's option; "size" sets it).</param>
public sealed class OccurrenceModuleIdsPlugin(bool prioritiseInitial) : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("OccurrenceModuleIdsPlugin", (compilation, _) =>
            compilation.Hooks.ModuleIds.Tap("OccurrenceModuleIdsPlugin", _ => Assign(compilation)));

    private void Assign(Compilation compilation)
    {
        var chunkGraph = compilation.ChunkGraph;
        var moduleGraph = compilation.Graph;
        var (used, modules) = IdHelpers.UsedModuleIdsAndModules(compilation, module => chunkGraph.GetNumberOfModuleChunks(module) != 0);

        var initialChunks = new Dictionary<Module, int>(modules.Count);
        var entryChunks = new Dictionary<Module, int>(modules.Count);
        foreach (var module in modules)
        {
            int initial = 0, entry = 0;
            foreach (var chunk in chunkGraph.GetModuleChunks(module))
            {
                if (chunk.CanBeInitial) initial++;
                if (chunkGraph.IsEntryModuleInChunk(module, chunk)) entry++;
            }
            initialChunks[module] = initial;
            entryChunks[module] = entry;
        }

        // Both counts walk the same incoming connections, grouped by origin module once per module.
        var inInitial = new Dictionary<Module, long>(modules.Count);
        var inAll = new Dictionary<Module, long>(modules.Count);
        foreach (var module in modules)
        {
            long initialSum = 0, allSum = 0;
            foreach (var (origin, connections) in moduleGraph.GetIncomingConnectionsByOriginModule(module))
            {
                if (origin is null)
                    continue;
                if (prioritiseInitial && connections.Exists(static c => c.IsTargetActive(null)))
                    initialSum += initialChunks.GetValueOrDefault(origin);
                var originChunks = chunkGraph.GetNumberOfModuleChunks(origin);
                foreach (var connection in connections)
                {
                    if (!connection.IsTargetActive(null) || connection.Dependency is not { } dependency)
                        continue;
                    allSum += (long)dependency.GetNumberOfIdOccurrences() * originChunks;
                }
            }
            if (prioritiseInitial)
                inInitial[module] = initialSum + initialChunks[module] + entryChunks[module];
            inAll[module] = allSum + chunkGraph.GetNumberOfModuleChunks(module) + entryChunks[module];
        }

        modules.Sort((a, b) =>
        {
            if (prioritiseInitial)
            {
                var initial = inInitial[b].CompareTo(inInitial[a]);
                if (initial != 0) return initial;
            }
            var all = inAll[b].CompareTo(inAll[a]);
            if (all != 0) return all;
            return IdHelpers.CompareByPreOrderIndexOrIdentifier(moduleGraph, a, b);
        });
        IdHelpers.AssignAscendingIds(modules, chunkGraph.SetModuleId, used);
    }
}
