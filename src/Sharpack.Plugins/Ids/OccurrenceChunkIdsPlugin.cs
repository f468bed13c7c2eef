// Follows webpack lib/ids/OccurrenceChunkIdsPlugin.js (optimization.chunkIds: "size" with
// prioritiseInitial, "total-size" without): chunks numbered 0, 1, 2… in the order of how many
// groups hold them (with prioritiseInitial, first how many of their groups' parents are initial),
// ties in webpack's natural chunk order.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;

namespace Sharpack.Plugins.Ids;

/// <summary>Chunk ids in order of occurrence.</summary>
/// <param name="prioritiseInitial">Order by how often initial groups load the chunk first ("size"; "total-size" does not).</param>
public sealed class OccurrenceChunkIdsPlugin(bool prioritiseInitial) : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("OccurrenceChunkIdsPlugin", (compilation, _) =>
            compilation.Hooks.ChunkIds.Tap("OccurrenceChunkIdsPlugin", chunks =>
            {
                var (without, used) = IdHelpers.ChunksWithoutIds(chunks);
                var inInitial = new Dictionary<Chunk, int>(without.Count);
                foreach (var chunk in without)
                {
                    var occurs = 0;
                    foreach (var group in chunk.Groups)
                    {
                        foreach (var parent in group.Parents)
                        {
                            if (parent.IsInitial) occurs++;
                        }
                    }
                    inInitial[chunk] = occurs;
                }
                without.Sort((a, b) =>
                {
                    if (prioritiseInitial)
                    {
                        var initial = inInitial[b].CompareTo(inInitial[a]);
                        if (initial != 0) return initial;
                    }
                    var groups = b.Groups.Count.CompareTo(a.Groups.Count);
                    return groups != 0 ? groups : IdHelpers.CompareChunksNatural(a, b);
                });
                IdHelpers.AssignAscendingIds(without, static (chunk, id) => chunk.Id = id, used);
            }));
}
