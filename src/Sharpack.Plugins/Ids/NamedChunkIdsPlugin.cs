// Follows webpack lib/ids/NamedChunkIdsPlugin.js (optimization.chunkIds: "named", the development
// default): a chunk's id is its name; an unnamed chunk's is made from its root modules
// ("src_async_js"). As webpack's assignNames: a short name two chunks share, or an empty one (a
// chunk without modules), becomes the long name (the short one, then each root module's hashed full
// name); a long name still shared gets 0, 1, 2… appended in the chunks' natural order; chunks with
// no name at all get ascending numbers.

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
                Assign(without, used, compilation.Options.Context, compilation.Options.Output);
            }));

    private static void Assign(List<Chunk> chunks, HashSet<string> used, string context, Core.Options.OutputOptions output)
    {
        var items = new List<Chunk>();
        foreach (var chunk in chunks)
        {
            if (chunk.Name is not null)
            {
                chunk.Id = chunk.Name;
                used.Add(chunk.Name);
            }
            else
            {
                items.Add(chunk);
            }
        }

        // Insertion-ordered groups by name, as webpack's Maps iterate.
        var byShortName = new List<(string Name, List<Chunk> Chunks)>();
        var shortIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in items)
            Add(byShortName, shortIndex, IdHelpers.ShortChunkName(chunk, output), chunk);
        var byName = new List<(string Name, List<Chunk> Chunks)>();
        var nameIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, group) in byShortName)
        {
            if (group.Count > 1 || name.Length == 0)
            {
                foreach (var chunk in group)
                    Add(byName, nameIndex, IdHelpers.LongChunkName(chunk, context, output), chunk);
            }
            else
            {
                Add(byName, nameIndex, name, group[0]);
            }
        }

        var unnamed = new List<Chunk>();
        foreach (var (name, group) in byName)
        {
            if (name.Length == 0)
            {
                unnamed.AddRange(group);
            }
            else if (group.Count == 1 && !used.Contains(name))
            {
                group[0].Id = name;
                used.Add(name);
            }
            else
            {
                group.Sort(IdHelpers.CompareChunksNatural);
                var i = 0;
                foreach (var chunk in group)
                {
                    // webpack's loop condition, `&&` included: an index is skipped only when it is both another name and used.
                    while (nameIndex.ContainsKey(name + Number(i)) && used.Contains(name + Number(i))) i++;
                    chunk.Id = name + Number(i);
                    used.Add(chunk.Id);
                    i++;
                }
            }
        }
        unnamed.Sort(IdHelpers.CompareChunksNatural);
        IdHelpers.AssignAscendingIds(unnamed, static (chunk, id) => chunk.Id = id, used);
    }

    private static string Number(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void Add(List<(string Name, List<Chunk> Chunks)> groups, Dictionary<string, int> index, string name, Chunk chunk)
    {
        if (index.TryGetValue(name, out var at))
        {
            groups[at].Chunks.Add(chunk);
            return;
        }
        index[name] = groups.Count;
        groups.Add((name, [chunk]));
    }
}
