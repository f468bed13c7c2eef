// Follows webpack lib/ids/NamedChunkIdsPlugin.js: a chunk's id is its name, or for an unnamed
// chunk a name made from its root modules ("src_async_js"); clashing short names fall back to
// long names, then to a numeric suffix (the development default).

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;

namespace Sharpack.Plugins.Ids;

/// <summary>Chunk ids from chunk names and root modules.</summary>
public sealed class NamedChunkIdsPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("NamedChunkIdsPlugin", (compilation, _) =>
            compilation.Hooks.ChunkIds.Tap("NamedChunkIdsPlugin", chunks =>
            {
                var (without, used) = IdHelpers.ChunksWithoutIds(chunks);
                Assign(without, used);
            }));

    private static void Assign(List<Chunk> chunks, HashSet<string> used)
    {
        var unnamed = new List<Chunk>();
        foreach (var chunk in chunks)
        {
            if (chunk.Name is not null && used.Add(chunk.Name)) chunk.Id = chunk.Name;
            else unnamed.Add(chunk);
        }
        var shortNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidates = new List<string>(unnamed.Count);
        foreach (var chunk in unnamed)
        {
            var name = IdHelpers.ShortChunkName(chunk);
            candidates.Add(name);
            shortNames[name] = shortNames.GetValueOrDefault(name) + 1;
        }
        for (var i = 0; i < unnamed.Count; i++)
        {
            var name = candidates[i];
            if (shortNames[name] > 1 || used.Contains(name)) name = IdHelpers.Shorten(IdHelpers.RequestToId(IdHelpers.FullChunkName(unnamed[i])));
            var unique = name;
            for (var n = 1; !used.Add(unique); n++) unique = name + "-" + n;
            unnamed[i].Id = unique;
        }
    }
}
