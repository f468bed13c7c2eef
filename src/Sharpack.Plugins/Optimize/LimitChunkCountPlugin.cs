// Follows webpack lib/optimize/LimitChunkCountPlugin.js (webpack.optimize.LimitChunkCountPlugin):
// on optimizeChunks at STAGE_ADVANCED, while there are more chunks than maxChunks, integrate the
// pair of chunks whose merge saves the most size (then the smallest merged size, then the pair
// closest in a deterministic chunk order). Pairs near a chunk already merged in this pass are
// left for the next pass, which the hook runs because the tap answers true.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;

namespace Sharpack.Plugins.Optimize;

/// <summary>Merges chunks until at most <c>maxChunks</c> remain (webpack's LimitChunkCountPlugin).</summary>
public sealed class LimitChunkCountPlugin : IPlugin
{
    private const string Title = "Limit Chunk Count Plugin";
    private readonly int _maxChunks;
    private readonly double _chunkOverhead = 10000;
    private readonly double _entryChunkMultiplicator = 10;

    /// <summary>A plugin keeping at most <paramref name="maxChunks"/> chunks.</summary>
    public LimitChunkCountPlugin(int maxChunks = 1) => _maxChunks = maxChunks;

    /// <summary>A plugin from a configuration's options: <c>{ maxChunks, chunkOverhead?, entryChunkMultiplicator? }</c>.</summary>
    public LimitChunkCountPlugin(JsonNode? options)
    {
        if (options is null)
        {
            _maxChunks = 1;
            return;
        }
        var obj = ChunkSizeOptions.Object(options, Title, "chunkOverhead", "entryChunkMultiplicator", "maxChunks");
        _maxChunks = (int)Math.Min(int.MaxValue, ChunkSizeOptions.Number(obj, "maxChunks", Title, minimum: 1)
            ?? throw Builtin.BuiltinOptions.Invalid(Title, "options misses the property 'maxChunks'. Should be:\n   number (should be >= 1)"));
        _chunkOverhead = ChunkSizeOptions.Number(obj, "chunkOverhead", Title) ?? 10000;
        _entryChunkMultiplicator = ChunkSizeOptions.Number(obj, "entryChunkMultiplicator", Title) ?? 10;
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("LimitChunkCountPlugin", (compilation, _) =>
            compilation.Hooks.OptimizeChunks.Tap(new Core.Hooks.TapOptions("LimitChunkCountPlugin") { Stage = Compilation.StageAdvanced },
                (chunks, _) => Optimize(compilation) ? true : null));

    private sealed class Combination
    {
        public required Chunk A;
        public required Chunk B;
        public required int AIndex;
        public required int BIndex;
        public double SizeDiff;
        public double IntegratedSize;
        public double ASize;
        public double BSize;
        public bool Deleted;
        public int Sequence;
    }

    // webpack's LazyBucketSortedSet layers as one order: largest saving, smallest merged size,
    // closest pair, earliest second chunk; the sequence only tells apart pairs webpack keeps in
    // insertion order.
    private static readonly Comparer<Combination> s_order = Comparer<Combination>.Create(static (x, y) =>
    {
        var order = y.SizeDiff.CompareTo(x.SizeDiff);
        if (order == 0) order = x.IntegratedSize.CompareTo(y.IntegratedSize);
        if (order == 0) order = (x.BIndex - x.AIndex).CompareTo(y.BIndex - y.AIndex);
        if (order == 0) order = x.BIndex.CompareTo(y.BIndex);
        return order != 0 ? order : x.Sequence.CompareTo(y.Sequence);
    });

    private bool Optimize(Compilation compilation)
    {
        if (_maxChunks < 1 || compilation.Chunks.Count <= _maxChunks)
            return false;
        var chunkGraph = compilation.ChunkGraph;
        var remaining = compilation.Chunks.Count - _maxChunks;
        var ordered = compilation.Chunks.ToArray();
        Array.Sort(ordered, ChunkGraph.CompareChunks);

        var combinations = new SortedSet<Combination>(s_order);
        var byChunk = new Dictionary<Chunk, List<Combination>>();
        var sequence = 0;
        for (var b = 0; b < ordered.Length; b++)
        {
            for (var a = 0; a < b; a++)
            {
                var chunkA = ordered[a];
                var chunkB = ordered[b];
                if (!ChunkGraph.CanChunksBeIntegrated(chunkA, chunkB))
                    continue;
                var integrated = chunkGraph.GetIntegratedChunksSize(chunkA, chunkB, _chunkOverhead, _entryChunkMultiplicator);
                var aSize = chunkGraph.GetChunkSize(chunkA, _chunkOverhead, _entryChunkMultiplicator);
                var bSize = chunkGraph.GetChunkSize(chunkB, _chunkOverhead, _entryChunkMultiplicator);
                var combination = new Combination
                {
                    A = chunkA,
                    B = chunkB,
                    AIndex = a,
                    BIndex = b,
                    SizeDiff = aSize + bSize - integrated,
                    IntegratedSize = integrated,
                    ASize = aSize,
                    BSize = bSize,
                    Sequence = sequence++,
                };
                combinations.Add(combination);
                Add(byChunk, chunkA, combination);
                Add(byChunk, chunkB, combination);
            }
        }

        var modified = new HashSet<Chunk>();
        var changed = false;
        while (combinations.Count > 0)
        {
            var combination = combinations.Min!;
            combinations.Remove(combination);
            combination.Deleted = true;
            var (a, b, integratedSize) = (combination.A, combination.B, combination.IntegratedSize);

            // A pair near a chunk merged in this pass needs its sizes again: leave room for it and
            // take it up in the next pass.
            if (modified.Count > 0 && TouchesModified(a, b, modified))
            {
                remaining--;
                if (remaining <= 0)
                    break;
                modified.Add(a);
                modified.Add(b);
                continue;
            }
            if (!ChunkGraph.CanChunksBeIntegrated(a, b))
                continue;
            chunkGraph.IntegrateChunks(a, b);
            compilation.RemoveChunk(b);
            modified.Add(a);
            changed = true;
            remaining--;
            if (remaining <= 0)
                break;

            // Pairs with the kept chunk go; pairs with the removed one now pair with the kept one.
            foreach (var stale in byChunk[a])
            {
                if (stale.Deleted)
                    continue;
                stale.Deleted = true;
                combinations.Remove(stale);
            }
            var moved = byChunk[b];
            foreach (var other in moved)
            {
                if (other.Deleted)
                    continue;
                var isA = other.A == b;
                var partner = isA ? other.B : other.A;
                if (!(isA ? ChunkGraph.CanChunksBeIntegrated(a, partner) : ChunkGraph.CanChunksBeIntegrated(partner, a)))
                {
                    other.Deleted = true;
                    combinations.Remove(other);
                    continue;
                }
                var newIntegrated = isA
                    ? chunkGraph.GetIntegratedChunksSize(a, partner, _chunkOverhead, _entryChunkMultiplicator)
                    : chunkGraph.GetIntegratedChunksSize(partner, a, _chunkOverhead, _entryChunkMultiplicator);
                combinations.Remove(other);
                if (isA)
                {
                    other.A = a;
                    other.ASize = integratedSize;
                    other.SizeDiff = other.BSize + integratedSize - newIntegrated;
                }
                else
                {
                    other.B = a;
                    other.BSize = integratedSize;
                    other.SizeDiff = integratedSize + other.ASize - newIntegrated;
                }
                other.IntegratedSize = newIntegrated;
                combinations.Add(other);
            }
            byChunk[a] = moved;
            byChunk.Remove(b);
        }
        return changed;
    }

    private static void Add(Dictionary<Chunk, List<Combination>> byChunk, Chunk chunk, Combination combination)
    {
        if (!byChunk.TryGetValue(chunk, out var list))
            byChunk[chunk] = list = [];
        list.Add(combination);
    }

    // Whether a chunk merged in this pass (other than a and b) sits in a group of a or b or of
    // their ancestors.
    private static bool TouchesModified(Chunk a, Chunk b, HashSet<Chunk> modified)
    {
        var queue = new List<ChunkGroup>(a.Groups);
        var seen = new HashSet<ChunkGroup>(queue);
        foreach (var group in b.Groups)
        {
            if (seen.Add(group))
                queue.Add(group);
        }
        for (var i = 0; i < queue.Count; i++)
        {
            var group = queue[i];
            foreach (var chunk in modified)
            {
                if (chunk != a && chunk != b && chunk.IsInGroup(group))
                    return true;
            }
            foreach (var parent in group.Parents)
            {
                if (seen.Add(parent))
                    queue.Add(parent);
            }
        }
        return false;
    }
}
