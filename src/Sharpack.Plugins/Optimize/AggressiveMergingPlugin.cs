// Follows webpack lib/optimize/AggressiveMergingPlugin.js (webpack.optimize.AggressiveMergingPlugin):
// on optimizeChunks at STAGE_ADVANCED, the two non-initial chunks whose merge shrinks them most
// (summed size over merged size, at least minSizeReduce) become one; one merge per pass.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;

namespace Sharpack.Plugins.Optimize;

/// <summary>Merges async chunks that share modules (webpack's AggressiveMergingPlugin).</summary>
public sealed class AggressiveMergingPlugin : IPlugin
{
    private const string Title = "Aggressive Merging Plugin";
    private readonly double _minSizeReduce = 1.5;

    /// <summary>A plugin with webpack's defaults (minSizeReduce 1.5).</summary>
    public AggressiveMergingPlugin()
    {
    }

    /// <summary>A plugin from a configuration's options: <c>{ minSizeReduce?, moveToParents? }</c>.</summary>
    public AggressiveMergingPlugin(JsonNode? options)
    {
        if (options is null)
            return;
        var obj = ChunkSizeOptions.Object(options, Title, "minSizeReduce", "moveToParents");
        // webpack: `minSizeReduce || 1.5`, so 0 is the default too.
        if (ChunkSizeOptions.Number(obj, "minSizeReduce", Title) is { } reduce && reduce != 0)
            _minSizeReduce = reduce;
        Builtin.BuiltinOptions.Bool(obj["moveToParents"], Title, "options.moveToParents");
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.ThisCompilation.Tap("AggressiveMergingPlugin", (compilation, _) =>
            compilation.Hooks.OptimizeChunks.Tap(new Core.Hooks.TapOptions("AggressiveMergingPlugin") { Stage = Compilation.StageAdvanced },
                (chunks, _) => Optimize(compilation) ? true : null));

    private bool Optimize(Compilation compilation)
    {
        var chunkGraph = compilation.ChunkGraph;
        var chunks = compilation.Chunks;
        Chunk? bestA = null, bestB = null;
        var bestImprovement = double.NegativeInfinity;
        for (var i = 0; i < chunks.Count; i++)
        {
            var a = chunks[i];
            if (a.CanBeInitial)
                continue;
            for (var j = 0; j < i; j++)
            {
                var b = chunks[j];
                if (b.CanBeInitial || !ChunkGraph.CanChunksBeIntegrated(a, b))
                    continue;
                var improvement = (chunkGraph.GetChunkSize(b, 0) + chunkGraph.GetChunkSize(a, 0)) / chunkGraph.GetIntegratedChunksSize(b, a, 0);
                if (improvement > bestImprovement)
                {
                    bestImprovement = improvement;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        if (bestA is null || bestB is null || bestImprovement < _minSizeReduce)
            return false;
        chunkGraph.IntegrateChunks(bestB, bestA);
        compilation.RemoveChunk(bestA);
        return true;
    }
}
