// Follows webpack lib/optimize/MergeDuplicateChunksPlugin.js (optimization.mergeDuplicateChunks,
// on by default): on optimizeChunks at STAGE_BASIC, chunks holding exactly the same modules become
// one (the same import() written in several modules opens a chunk group, and a chunk, each), so
// every group loads the one chunk. Chunks of different runtimes merge only when each module's
// exports are used the same way in both; chunks with entry modules, or where only one carries the
// runtime, never merge. The later chunk merges into the earlier one (ChunkGraph.IntegrateChunks
// keeps the shorter name).

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Optimize;

/// <summary>Merges chunks with the same modules (<c>optimization.mergeDuplicateChunks</c>).</summary>
public sealed class MergeDuplicateChunksPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("MergeDuplicateChunksPlugin", (compilation, _) =>
            compilation.Hooks.OptimizeChunks.Tap(new Core.Hooks.TapOptions("MergeDuplicateChunksPlugin") { Stage = Compilation.StageBasic }, (chunks, _) =>
            {
                Merge(compilation);
                return null;
            }));

    private static void Merge(Compilation compilation)
    {
        var chunkGraph = compilation.ChunkGraph;
        var moduleGraph = compilation.Graph;
        // Chunks already compared with every possible duplicate.
        var notDuplicates = new HashSet<Chunk>();
        var merged = new HashSet<Chunk>();
        // A copy: merged chunks leave compilation.Chunks as this goes.
        foreach (var chunk in compilation.Chunks.ToArray())
        {
            if (merged.Contains(chunk))
                continue; // merged into an earlier chunk
            List<Chunk>? possibleDuplicates = null;
            var first = true;
            foreach (var module in chunkGraph.GetChunkModules(chunk))
            {
                if (first)
                {
                    first = false;
                    // The chunks of the first module with as many modules are the candidates.
                    foreach (var other in chunkGraph.GetModuleChunks(module))
                    {
                        if (other != chunk && chunkGraph.GetNumberOfChunkModules(other) == chunkGraph.GetNumberOfChunkModules(chunk) && !notDuplicates.Contains(other))
                            (possibleDuplicates ??= []).Add(other);
                    }
                    if (possibleDuplicates is null)
                        break;
                }
                else
                {
                    possibleDuplicates!.RemoveAll(other => !chunkGraph.IsModuleInChunk(module, other));
                    if (possibleDuplicates.Count == 0)
                        break;
                }
            }

            if (possibleDuplicates is { Count: > 0 })
            {
                foreach (var other in possibleDuplicates)
                {
                    if (other.HasRuntime != chunk.HasRuntime) continue;
                    if (chunkGraph.GetNumberOfEntryModules(chunk) > 0) continue;
                    if (chunkGraph.GetNumberOfEntryModules(other) > 0) continue;
                    // Runtimes are interned: the same runtime is the same object.
                    if (chunk.Runtime != other.Runtime && !EquallyUsed(chunkGraph, moduleGraph, chunk, other))
                        continue;
                    if (ChunkGraph.CanChunksBeIntegrated(chunk, other))
                    {
                        chunkGraph.IntegrateChunks(chunk, other);
                        compilation.RemoveChunk(other);
                        merged.Add(other);
                    }
                }
            }
            notDuplicates.Add(chunk);
        }
    }

    // Every module of `chunk` is used the same way in both chunks' runtimes.
    private static bool EquallyUsed(ChunkGraph chunkGraph, ModuleGraph moduleGraph, Chunk chunk, Chunk other)
    {
        foreach (var module in chunkGraph.GetChunkModules(chunk))
        {
            if (!moduleGraph.GetExportsInfo(module).IsEquallyUsed(chunk.Runtime, other.Runtime))
                return false;
        }
        return true;
    }
}
