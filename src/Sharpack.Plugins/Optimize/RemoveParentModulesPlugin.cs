// Follows webpack lib/optimize/RemoveParentModulesPlugin.js (optimization.removeAvailableModules,
// off by default): on optimizeChunks at STAGE_BASIC, the modules available in a chunk group (those
// every way of reaching it has already loaded, through its parent groups from the entrypoints) are
// disconnected from its chunks. The chunk graph is already built this way; this catches what a
// plugin added afterwards. Module sets are bitsets over the modules in chunks.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Optimize;

/// <summary>Removes from chunks the modules their parent groups always load (<c>optimization.removeAvailableModules</c>).</summary>
public sealed class RemoveParentModulesPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("RemoveParentModulesPlugin", (compilation, _) =>
            compilation.Hooks.OptimizeChunks.Tap(new Core.Hooks.TapOptions("RemoveParentModulesPlugin") { Stage = Compilation.StageBasic }, (chunks, groups) =>
            {
                Remove(compilation.ChunkGraph, chunks, groups);
                return null;
            }));

    private static void Remove(ChunkGraph chunkGraph, IReadOnlyList<Chunk> chunks, IReadOnlyList<ChunkGroup> groups)
    {
        var ordinals = new Dictionary<Module, int>();
        var modules = new List<Module>();
        foreach (var chunk in chunks)
        {
            foreach (var module in chunkGraph.GetChunkModules(chunk))
            {
                if (ordinals.TryAdd(module, modules.Count))
                    modules.Add(module);
            }
        }
        var words = (modules.Count + 63) / 64;
        var chunkMasks = new Dictionary<Chunk, ulong[]>(chunks.Count);
        foreach (var chunk in chunks)
        {
            var mask = new ulong[words];
            foreach (var module in chunkGraph.GetChunkModules(chunk))
                Set(mask, ordinals[module]);
            chunkMasks[chunk] = mask;
        }
        var groupMasks = new Dictionary<ChunkGroup, ulong[]>(groups.Count);
        foreach (var group in groups)
        {
            var mask = new ulong[words];
            foreach (var chunk in group.Chunks)
            {
                if (chunkMasks.TryGetValue(chunk, out var chunkMask))
                    Or(mask, chunkMask);
            }
            groupMasks[group] = mask;
        }

        // Available modules per group, from the entrypoints (nothing is available before them)
        // down; a group is visited again, at the end of the queue, whenever its set shrinks.
        var available = new Dictionary<ChunkGroup, ulong[]>();
        var queue = new LinkedList<ChunkGroup>();
        var queued = new Dictionary<ChunkGroup, LinkedListNode<ChunkGroup>>();
        void Enqueue(ChunkGroup group)
        {
            if (queued.Remove(group, out var node))
                queue.Remove(node);
            queued[group] = queue.AddLast(group);
        }
        foreach (var group in groups)
        {
            if (!group.IsEntrypoint) continue;
            available[group] = new ulong[words];
            foreach (var child in group.Children)
                Enqueue(child);
        }
        while (queue.First is { } first)
        {
            var group = first.Value;
            queue.RemoveFirst();
            queued.Remove(group);
            available.TryGetValue(group, out var mask);
            var changed = false;
            foreach (var parent in group.Parents)
            {
                if (!available.TryGetValue(parent, out var inParent))
                    continue;
                var parentMask = (ulong[])inParent.Clone();
                Or(parentMask, groupMasks[parent]);
                if (mask is null)
                {
                    mask = parentMask;
                    changed = true;
                }
                else
                {
                    changed |= And(mask, parentMask);
                }
            }
            if (changed)
            {
                available[group] = mask!;
                foreach (var child in group.Children)
                    Enqueue(child);
            }
        }

        foreach (var chunk in chunks)
        {
            if (!chunkMasks.TryGetValue(chunk, out var chunkMask) || chunk.Groups.Count == 0)
                continue;
            ulong[]? intersection = null;
            var known = true;
            foreach (var group in chunk.Groups)
            {
                if (!available.TryGetValue(group, out var mask))
                {
                    known = false; // no information about this group
                    break;
                }
                if (intersection is null) intersection = (ulong[])mask.Clone();
                else And(intersection, mask);
            }
            if (!known || intersection is null)
                continue;
            for (var word = 0; word < words; word++)
            {
                var remove = chunkMask[word] & intersection[word];
                while (remove != 0)
                {
                    var bit = System.Numerics.BitOperations.TrailingZeroCount(remove);
                    remove &= remove - 1;
                    chunkGraph.DisconnectChunkAndModule(chunk, modules[word * 64 + bit]);
                }
            }
        }
    }

    private static void Set(ulong[] mask, int index) => mask[index >> 6] |= 1UL << (index & 63);

    private static void Or(ulong[] target, ulong[] other)
    {
        for (var i = 0; i < target.Length; i++) target[i] |= other[i];
    }

    // target &= other; whether target changed.
    private static bool And(ulong[] target, ulong[] other)
    {
        var changed = false;
        for (var i = 0; i < target.Length; i++)
        {
            var next = target[i] & other[i];
            changed |= next != target[i];
            target[i] = next;
        }
        return changed;
    }
}
