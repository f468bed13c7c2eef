// Follows webpack lib/util/runtime.js: a runtime is the set of entry runtimes (by name) a module
// or chunk runs in. webpack passes `undefined` (every runtime, "global"), a string or a sorted
// set; here a runtime is an interned, immutable sorted set, so two equal runtimes are the same
// object (compared by reference, usable as a dictionary key), and `null` means global.

using System.Collections.Concurrent;

namespace Sharpack.Core.Runtime;

/// <summary>An interned set of runtime names; <c>null</c> where a runtime is expected means every runtime.</summary>
public sealed class RuntimeSpec
{
    private static readonly ConcurrentDictionary<string, RuntimeSpec> s_interned = new(StringComparer.Ordinal);

    private readonly string[] _names;

    private RuntimeSpec(string[] names, string key)
    {
        _names = names;
        Key = key;
    }

    /// <summary>The runtime names, sorted ordinally.</summary>
    public ReadOnlySpan<string> Names => _names;

    /// <summary>How many runtimes the set holds (at least one).</summary>
    public int Count => _names.Length;

    /// <summary>The names joined by a line feed (webpack's getRuntimeKey).</summary>
    public string Key { get; }

    /// <summary>The runtime of one name.</summary>
    public static RuntimeSpec Of(string name) =>
        s_interned.TryGetValue(name, out var spec) ? spec : s_interned.GetOrAdd(name, new RuntimeSpec([name], name));

    /// <summary>The runtime of several names (duplicates and order ignored); null for none.</summary>
    public static RuntimeSpec? Of(IEnumerable<string> names)
    {
        var set = new SortedSet<string>(names, StringComparer.Ordinal);
        if (set.Count == 0)
            return null;
        if (set.Count == 1)
            return Of(set.Min!);
        var array = new string[set.Count];
        set.CopyTo(array);
        return Intern(array);
    }

    // `names` sorted and distinct.
    private static RuntimeSpec Intern(string[] names)
    {
        var key = string.Join('\n', names);
        return s_interned.TryGetValue(key, out var spec) ? spec : s_interned.GetOrAdd(key, new RuntimeSpec(names, key));
    }

    /// <summary>True when <paramref name="name"/> is one of the runtimes.</summary>
    public bool Contains(string name) => Array.BinarySearch(_names, name, StringComparer.Ordinal) >= 0;

    /// <summary>Both runtimes together (webpack's mergeRuntime: null adds nothing).</summary>
    public static RuntimeSpec? Merge(RuntimeSpec? a, RuntimeSpec? b)
    {
        if (a is null || ReferenceEquals(a, b)) return b;
        if (b is null) return a;
        var merged = new List<string>(a._names.Length + b._names.Length);
        int i = 0, j = 0;
        while (i < a._names.Length || j < b._names.Length)
        {
            var order = i == a._names.Length ? 1 : j == b._names.Length ? -1 : string.CompareOrdinal(a._names[i], b._names[j]);
            if (order < 0) merged.Add(a._names[i++]);
            else if (order > 0) merged.Add(b._names[j++]);
            else { merged.Add(a._names[i++]); j++; }
        }
        if (merged.Count == a._names.Length) return a;
        if (merged.Count == b._names.Length) return b;
        return Intern([.. merged]);
    }

    /// <summary>The runtimes in both (webpack's intersectRuntime: null is every runtime); null also when nothing is shared and neither is null.</summary>
    public static RuntimeSpec? Intersect(RuntimeSpec? a, RuntimeSpec? b)
    {
        if (a is null) return b;
        if (b is null || ReferenceEquals(a, b)) return a;
        var shared = new List<string>();
        foreach (var name in a._names)
        {
            if (b.Contains(name)) shared.Add(name);
        }
        return shared.Count == 0 ? null : shared.Count == a._names.Length ? a : shared.Count == b._names.Length ? b : Intern([.. shared]);
    }

    /// <summary>The runtimes of <paramref name="a"/> not in <paramref name="b"/>; null when none is left.</summary>
    public static RuntimeSpec? Subtract(RuntimeSpec? a, RuntimeSpec? b)
    {
        if (a is null || b is null) return a is null ? null : b is null ? a : null;
        var left = new List<string>();
        foreach (var name in a._names)
        {
            if (!b.Contains(name)) left.Add(name);
        }
        return left.Count == 0 ? null : left.Count == a._names.Length ? a : Intern([.. left]);
    }

    /// <summary>The names joined by commas, as webpack's runtimeToString (and stats) show them.</summary>
    public override string ToString() => string.Join(',', _names);
}
