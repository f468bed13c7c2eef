// Follows webpack lib/optimize/MinChunkSizePlugin.js (webpack.optimize.MinChunkSizePlugin): on
// optimizeChunks at STAGE_ADVANCED, a chunk smaller than minChunkSize (its modules' size plus one)
// is integrated with the chunk that saves the most size; one merge per pass, and the hook runs
// again while one happens.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;

namespace Sharpack.Plugins.Optimize;

/// <summary>Merges chunks smaller than <c>minChunkSize</c> into others (webpack's MinChunkSizePlugin).</summary>
public sealed class MinChunkSizePlugin : IPlugin
{
    private const string Title = "Min Chunk Size Plugin";
    private readonly double _minChunkSize;
    private readonly double _chunkOverhead = 10000;
    private readonly double _entryChunkMultiplicator = 10;

    /// <summary>A plugin merging chunks below <paramref name="minChunkSize"/> bytes.</summary>
    public MinChunkSizePlugin(double minChunkSize) => _minChunkSize = minChunkSize;

    /// <summary>A plugin from a configuration's options: <c>{ minChunkSize, chunkOverhead?, entryChunkMultiplicator? }</c>.</summary>
    public MinChunkSizePlugin(JsonNode? options)
    {
        var obj = ChunkSizeOptions.Object(options, Title, "chunkOverhead", "entryChunkMultiplicator", "minChunkSize");
        _minChunkSize = ChunkSizeOptions.Number(obj, "minChunkSize", Title)
            ?? throw Builtin.BuiltinOptions.Invalid(Title, "options misses the property 'minChunkSize'. Should be:\n   number");
        _chunkOverhead = ChunkSizeOptions.Number(obj, "chunkOverhead", Title) ?? 10000;
        _entryChunkMultiplicator = ChunkSizeOptions.Number(obj, "entryChunkMultiplicator", Title) ?? 10;
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("MinChunkSizePlugin", (compilation, _) =>
            compilation.Hooks.OptimizeChunks.Tap(new Core.Hooks.TapOptions("MinChunkSizePlugin") { Stage = Compilation.StageAdvanced },
                (chunks, _) => Optimize(compilation) ? true : null));

    private bool Optimize(Compilation compilation)
    {
        var chunkGraph = compilation.ChunkGraph;
        var chunks = compilation.Chunks;
        var sizes = new double[chunks.Count];
        var pairs = new List<(Chunk A, Chunk B)>();
        var small = new List<Chunk>();
        for (var i = 0; i < chunks.Count; i++)
        {
            var a = chunks[i];
            // Whether a chunk is small is judged on its modules alone (overhead 1, no multiplicator).
            if (chunkGraph.GetChunkSize(a, 1, 1) < _minChunkSize)
            {
                small.Add(a);
                for (var j = 0; j < i; j++)
                {
                    if (ChunkGraph.CanChunksBeIntegrated(chunks[j], a))
                        pairs.Add((chunks[j], a));
                }
            }
            else
            {
                foreach (var b in small)
                {
                    if (ChunkGraph.CanChunksBeIntegrated(b, a))
                        pairs.Add((b, a));
                }
            }
            sizes[i] = chunkGraph.GetChunkSize(a, _chunkOverhead, _entryChunkMultiplicator);
        }
        if (pairs.Count == 0)
            return false;
        // The pair saving most, then the smallest merged; the first such pair (a stable choice).
        var best = pairs[0];
        double bestSaving = double.NegativeInfinity, bestSize = 0;
        foreach (var (a, b) in pairs)
        {
            var merged = chunkGraph.GetIntegratedChunksSize(a, b, _chunkOverhead, _entryChunkMultiplicator);
            var saving = sizes[a.Key] + sizes[b.Key] - merged;
            if (saving > bestSaving || (saving == bestSaving && merged < bestSize))
            {
                best = (a, b);
                bestSaving = saving;
                bestSize = merged;
            }
        }
        chunkGraph.IntegrateChunks(best.A, best.B);
        compilation.RemoveChunk(best.B);
        return true;
    }
}
