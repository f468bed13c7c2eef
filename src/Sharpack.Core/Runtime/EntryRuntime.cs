// Follows webpack lib/util/runtime.js getEntryRuntime: the runtime an entry's modules run in is
// the entry's `runtime` option (which optimization.runtimeChunk's plugin sets), else the
// entry's name; an entry that depends on others runs in their runtimes.

using Sharpack.Core.Options;

namespace Sharpack.Core.Runtime;

/// <summary>The runtime of an entry.</summary>
public static class EntryRuntime
{
    /// <summary>The runtime of the entry named <paramref name="name"/> among <paramref name="entries"/> (a compilation's).</summary>
    public static RuntimeSpec Get(IReadOnlyList<EntryDescription> entries, string name)
    {
        var entry = Find(entries, name);
        if (entry is null)
            return RuntimeSpec.Of(name);
        if (entry.DependOn.Count == 0)
            return RuntimeSpec.Of(OwnRuntime(entry));
        RuntimeSpec? result = null;
        var queue = new List<string>(entry.DependOn);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        for (var i = 0; i < queue.Count; i++)
        {
            if (Find(entries, queue[i]) is not { } dependency)
                continue;
            if (dependency.DependOn.Count > 0)
            {
                foreach (var next in dependency.DependOn)
                {
                    if (seen.Add(next)) queue.Add(next);
                }
            }
            else
            {
                result = RuntimeSpec.Merge(result, RuntimeSpec.Of(OwnRuntime(dependency)));
            }
        }
        return result ?? RuntimeSpec.Of(name);
    }

    private static string OwnRuntime(EntryDescription entry) =>
        entry.Runtime ?? entry.Name;

    private static EntryDescription? Find(IReadOnlyList<EntryDescription> entries, string name)
    {
        foreach (var entry in entries)
        {
            if (entry.Name == name) return entry;
        }
        return null;
    }
}
