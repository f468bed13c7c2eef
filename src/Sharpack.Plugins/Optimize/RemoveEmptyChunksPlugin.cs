// Follows webpack lib/optimize/RemoveEmptyChunksPlugin.js (optimization.removeEmptyChunks, on by
// default): on optimizeChunks at STAGE_BASIC and again at STAGE_ADVANCED (after the splitting
// plugins), a chunk with no modules, no runtime and no entry modules is removed; the groups that
// held it, and the import()s that loaded it, load nothing for it.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;

namespace Sharpack.Plugins.Optimize;

/// <summary>Removes chunks left without modules (<c>optimization.removeEmptyChunks</c>).</summary>
public sealed class RemoveEmptyChunksPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("RemoveEmptyChunksPlugin", (compilation, _) =>
        {
            compilation.Hooks.OptimizeChunks.Tap(new Core.Hooks.TapOptions("RemoveEmptyChunksPlugin") { Stage = Compilation.StageBasic }, (chunks, _) => Remove(compilation));
            compilation.Hooks.OptimizeChunks.Tap(new Core.Hooks.TapOptions("RemoveEmptyChunksPlugin") { Stage = Compilation.StageAdvanced }, (chunks, _) => Remove(compilation));
        });

    private static bool? Remove(Compilation compilation)
    {
        var chunkGraph = compilation.ChunkGraph;
        List<Chunk>? empty = null;
        foreach (var chunk in compilation.Chunks)
        {
            if (chunkGraph.GetNumberOfChunkModules(chunk) == 0 && !chunk.HasRuntime && chunkGraph.GetNumberOfEntryModules(chunk) == 0)
                (empty ??= []).Add(chunk);
        }
        if (empty is not null)
        {
            foreach (var chunk in empty)
                compilation.RemoveChunk(chunk);
        }
        // Like webpack's, this never asks for another round of optimizeChunks.
        return null;
    }
}
