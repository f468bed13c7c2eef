// chunk ids: entry chunks are named by their entry in development (`named`), numbered otherwise.

namespace Sharpack.Core.Seal;

internal static class ChunkIdsPass
{
    public static void Run(Compilation compilation)
    {
        var chunks = compilation.Chunks;
        switch (compilation.Options.Optimization.ChunkIds)
        {
            case "named":
                foreach (var chunk in chunks) chunk.Id = chunk.Name ?? "";
                break;
            case "deterministic":
                var named = new List<ChunkGraph.Chunk>(chunks);
                named.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
                DeterministicIds.Assign(named, static c => c.Name ?? "", static (c, id) => c.Id = id);
                break;
            default:
                for (var i = 0; i < chunks.Count; i++) chunks[i].Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
        }
    }
}
