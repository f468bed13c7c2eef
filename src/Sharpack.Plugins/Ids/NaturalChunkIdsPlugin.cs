// Follows webpack lib/ids/NaturalChunkIdsPlugin.js: chunks numbered 0, 1, 2… in chunk order
// (`optimization.chunkIds: "natural"`).

using Sharpack.Core;

namespace Sharpack.Plugins.Ids;

/// <summary>Chunk ids counted up in chunk order.</summary>
public sealed class NaturalChunkIdsPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("NaturalChunkIdsPlugin", (compilation, _) =>
            compilation.Hooks.ChunkIds.Tap("NaturalChunkIdsPlugin", chunks =>
            {
                var (without, used) = IdHelpers.ChunksWithoutIds(chunks);
                IdHelpers.AssignAscendingIds(without, static (chunk, id) => chunk.Id = id, used);
            }));
}
