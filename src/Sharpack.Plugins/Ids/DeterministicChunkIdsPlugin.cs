// Follows webpack lib/ids/DeterministicChunkIdsPlugin.js: a chunk's id is a short number hashed
// from its name, or for an unnamed chunk from its root modules' paths (the production default).

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;

namespace Sharpack.Plugins.Ids;

/// <summary>Short numeric chunk ids hashed from names.</summary>
public sealed class DeterministicChunkIdsPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("DeterministicChunkIdsPlugin", (compilation, _) =>
            compilation.Hooks.ChunkIds.Tap("DeterministicChunkIdsPlugin", chunks =>
            {
                var (without, used) = IdHelpers.ChunksWithoutIds(chunks);
                var named = new List<(Chunk Chunk, string Name)>(without.Count);
                foreach (var chunk in without) named.Add((chunk, chunk.Name ?? IdHelpers.FullChunkName(chunk)));
                named.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
                IdHelpers.AssignDeterministicIds(named, static c => c.Name, static (c, id) => c.Chunk.Id = id, used);
            }));
}
