// chunk ids: the ids are assigned by plugins on the chunkIds hooks (the one chosen by
// optimization.chunkIds, or a user's); this pass checks that every chunk got one.

namespace Sharpack.Core.Seal;

internal static class ChunkIdsPass
{
    public static void Run(Compilation compilation)
    {
        var missing = 0;
        foreach (var chunk in compilation.Chunks)
        {
            if (chunk.Id.Length == 0)
                missing++;
        }
        if (missing > 0 && compilation.Errors.Count == 0)
            compilation.Errors.Add(new Stats.BuildDiagnostic($"{missing} chunk(s) have no id: no plugin on the chunkIds hooks assigned one (optimization.chunkIds: false needs a plugin that does)."));
    }
}
