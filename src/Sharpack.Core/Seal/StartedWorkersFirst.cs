// A runtime chunk names the files of the workers it starts (their chunks' hashes and names): those
// workers' runtime chunks are hashed and rendered before it, and the workers they start before them.

using Sharpack.Core.ChunkGraph;

namespace Sharpack.Core.Seal;

internal static class StartedWorkersFirst
{
    /// <summary>
    /// Adds <paramref name="chunk"/> to <paramref name="ordered"/> after the runtime chunks of the
    /// workers it starts that <paramref name="include"/> takes, transitively (post-order; each once,
    /// by <paramref name="added"/>).
    /// </summary>
    public static void Add(Chunk chunk, List<Chunk> ordered, HashSet<Chunk> added, Func<Chunk, bool> include)
    {
        if (!added.Add(chunk))
            return;
        foreach (var entrypoint in chunk.AllReferencedAsyncEntrypoints())
        {
            foreach (var started in entrypoint.Chunks)
            {
                if (started.HasRuntime && include(started)) Add(started, ordered, added, include);
            }
        }
        ordered.Add(chunk);
    }
}
