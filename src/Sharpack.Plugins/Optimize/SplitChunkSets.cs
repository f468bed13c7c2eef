// The sets of chunks SplitChunksPlugin reasons about, interned: a set is a bitset over chunk keys
// (webpack XORs random bigints into a key instead), so "which chunks hold this module" is one
// dictionary lookup, "is this set a subset of that one" a few word operations, and every
// per-set answer (the subsets to try, the chunks a filter selects) is cached on the set itself.

using Sharpack.Core.ChunkGraph;

namespace Sharpack.Plugins.Optimize;

/// <summary>One interned set of chunks.</summary>
internal sealed class ChunkSet
{
    public ChunkSet(int id, Chunk[] chunks, ulong[] bits)
    {
        Id = id;
        Chunks = chunks;
        Bits = bits;
    }

    /// <summary>The set's number in its table (a stable, unique key).</summary>
    public int Id { get; }

    /// <summary>The chunks, in the order the set was first seen (a module's chunk order).</summary>
    public Chunk[] Chunks { get; }

    /// <summary>Bit k is set for the chunk whose key is k; no trailing zero words.</summary>
    public ulong[] Bits { get; }

    public int Count => Chunks.Length;

    /// <summary>The sets to try splitting a module of this set into (webpack's getCombinations), once computed.</summary>
    public List<ChunkSet>? Combinations;

    /// <summary>The sets to try when the used exports decide (webpack's getExportsCombinations), once computed.</summary>
    public List<ChunkSet>? ExportsCombinations;

    // The chunks each filter selects, by filter.
    private List<(SplitChunksFilter Filter, ChunkSet Selected)>? _selected;

    public ChunkSet? SelectedBy(SplitChunksFilter filter)
    {
        if (_selected is null) return null;
        foreach (var (f, selected) in _selected)
        {
            if (ReferenceEquals(f, filter)) return selected;
        }
        return null;
    }

    public void SetSelected(SplitChunksFilter filter, ChunkSet selected) => (_selected ??= []).Add((filter, selected));

    /// <summary>Whether every chunk of <paramref name="other"/> is in this set.</summary>
    public bool IsSupersetOf(ChunkSet other)
    {
        var otherBits = other.Bits;
        if (otherBits.Length > Bits.Length) return false;
        for (var i = 0; i < otherBits.Length; i++)
        {
            if ((otherBits[i] & ~Bits[i]) != 0) return false;
        }
        return true;
    }

    public bool Contains(Chunk chunk)
    {
        var word = chunk.Key >> 6;
        return word < Bits.Length && (Bits[word] & (1UL << (chunk.Key & 63))) != 0;
    }
}

/// <summary>Interns chunk sets by their members.</summary>
internal sealed class ChunkSetTable
{
    private readonly Dictionary<ulong[], ChunkSet> _sets = new(BitsComparer.Instance);
    private ulong[] _scratch = new ulong[1];

    public ChunkSet Empty { get; }

    public ChunkSetTable() => Empty = Get([]);

    /// <summary>The set of <paramref name="chunks"/> (their order kept when the set is new).</summary>
    public ChunkSet Get(IReadOnlyList<Chunk> chunks)
    {
        var maxKey = -1;
        foreach (var chunk in chunks)
            maxKey = Math.Max(maxKey, chunk.Key);
        var words = (maxKey >> 6) + 1;
        if (_scratch.Length < words)
            _scratch = new ulong[Math.Max(words, _scratch.Length * 2)];
        Array.Clear(_scratch, 0, words);
        var distinct = 0;
        foreach (var chunk in chunks)
        {
            ref var word = ref _scratch[chunk.Key >> 6];
            var bit = 1UL << (chunk.Key & 63);
            if ((word & bit) == 0) distinct++;
            word |= bit;
        }
        var key = _scratch.AsSpan(0, chunks.Count == 0 ? 0 : words).ToArray();
        if (_sets.TryGetValue(key, out var set))
            return set;
        var members = new Chunk[distinct];
        var n = 0;
        foreach (var chunk in chunks)
        {
            if (Array.IndexOf(members, chunk, 0, n) < 0)
                members[n++] = chunk;
        }
        set = new ChunkSet(_sets.Count, members, key);
        _sets.Add(key, set);
        return set;
    }

    private sealed class BitsComparer : IEqualityComparer<ulong[]>
    {
        public static readonly BitsComparer Instance = new();

        public bool Equals(ulong[]? x, ulong[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(ulong[] bits)
        {
            ulong hash = 14695981039346656037;
            foreach (var word in bits)
                hash = (hash ^ word) * 1099511628211;
            return (int)(hash ^ (hash >> 32));
        }
    }
}

/// <summary>
/// The chunk sets modules are in, grouped for subset search (webpack's chunkSetsInGraph,
/// singleChunkSets and chunkSetsByCount), and the combinations of each.
/// </summary>
internal sealed class ChunkSetsInGraph
{
    // Sets of two or more chunks by count, counts in first-seen order, sets in first-seen order.
    private readonly List<(int Count, List<ChunkSet> Sets)> _byCount = [];
    private readonly HashSet<ChunkSet> _seen = [];
    // Single chunks in first-seen order.
    private readonly List<ChunkSet> _singles = [];

    public void Add(ChunkSet set)
    {
        if (set.Count == 0 || !_seen.Add(set))
            return;
        if (set.Count == 1)
        {
            _singles.Add(set);
            return;
        }
        foreach (var (count, sets) in _byCount)
        {
            if (count == set.Count)
            {
                sets.Add(set);
                return;
            }
        }
        _byCount.Add((set.Count, [set]));
    }

    /// <summary>The set itself, every smaller set in the graph it holds, then the single chunks it holds.</summary>
    public List<ChunkSet> Combinations(ChunkSet set)
    {
        var result = new List<ChunkSet> { set };
        if (set.Count <= 1)
            return result;
        foreach (var (count, sets) in _byCount)
        {
            if (count >= set.Count)
                continue;
            foreach (var candidate in sets)
            {
                if (set.IsSupersetOf(candidate))
                    result.Add(candidate);
            }
        }
        foreach (var single in _singles)
        {
            if (set.IsSupersetOf(single))
                result.Add(single);
        }
        return result;
    }
}
