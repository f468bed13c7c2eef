// build chunk graph: entrypoints, runtime chunks, async chunk groups and the modules of each
// chunk (the algorithm is ChunkGraph/ChunkGraphBuilder).

using Sharpack.Core.ChunkGraph;

namespace Sharpack.Core.Seal;

internal static class BuildChunkGraphPass
{
    public static void Run(Compilation compilation) => new ChunkGraphBuilder(compilation).Build();
}
