// Follows webpack lib/optimize/FlagIncludedChunksPlugin.js (optimization.flagIncludedChunks, on in
// production): at optimizeChunkIds, a chunk whose modules another chunk holds too is "included" in
// that one: the other chunk's ids list it, so loading the other chunk installs both and the
// runtime never loads the included one again. A bitmap per chunk (a bit per module, rarer bits for
// fewer modules) rules most pairs out before their modules are compared.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Optimize;

/// <summary>Adds the ids of chunks a chunk includes to its ids (<c>optimization.flagIncludedChunks</c>).</summary>
public sealed class FlagIncludedChunksPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("FlagIncludedChunksPlugin", (compilation, _) =>
            compilation.Hooks.OptimizeChunkIds.Tap("FlagIncludedChunksPlugin", chunks => Flag(compilation, chunks)));

    private static void Flag(Compilation compilation, IReadOnlyList<Chunk> chunks)
    {
        var chunkGraph = compilation.ChunkGraph;
        var modules = compilation.Graph.Modules;
        // webpack's bit distribution: bit n+1 is rarer than bit n by a constant factor, so that
        // the rarest bit (2^30) goes to about one module.
        var modulesCount = Math.Max(1, modules.Count);
        var modulo = 1 / Math.Pow(1.0 / modulesCount, 1.0 / 31);
        var modulos = new int[31];
        for (var i = 0; i < modulos.Length; i++)
            modulos[i] = Math.Max(1, (int)Math.Pow(modulo, i));
        var moduleBits = new Dictionary<Module, int>(modules.Count);
        var index = 0;
        foreach (var module in modules)
        {
            var bit = 30;
            while (index % modulos[bit] != 0)
                bit--;
            moduleBits[module] = 1 << bit;
            index++;
        }

        var chunkBits = new Dictionary<Chunk, int>(chunks.Count);
        foreach (var chunk in chunks)
        {
            var bits = 0;
            foreach (var module in chunkGraph.GetChunkModules(chunk))
                bits |= moduleBits.GetValueOrDefault(module);
            chunkBits[chunk] = bits;
        }

        foreach (var chunkA in chunks)
        {
            var bitsA = chunkBits[chunkA];
            var countA = chunkGraph.GetNumberOfChunkModules(chunkA);
            if (countA == 0)
                continue;
            // The module of chunkA in fewest chunks: every chunk including chunkA holds it.
            Module? best = null;
            foreach (var module in chunkGraph.GetChunkModules(chunkA))
            {
                if (best is null || chunkGraph.GetNumberOfModuleChunks(best) > chunkGraph.GetNumberOfModuleChunks(module))
                    best = module;
            }
            foreach (var chunkB in chunkGraph.GetModuleChunks(best!))
            {
                if (chunkA == chunkB)
                    continue;
                var countB = chunkGraph.GetNumberOfChunkModules(chunkB);
                // Empty chunks' ids are not included; a larger chunk cannot be in a smaller one.
                if (countB == 0 || countA > countB)
                    continue;
                if (!chunkBits.TryGetValue(chunkB, out var bitsB) || (bitsB & bitsA) != bitsA)
                    continue;
                var included = true;
                foreach (var module in chunkGraph.GetChunkModules(chunkA))
                {
                    if (!chunkGraph.IsModuleInChunk(module, chunkB))
                    {
                        included = false;
                        break;
                    }
                }
                if (included)
                    chunkB.IncludedIds.Add(chunkA.Id);
            }
        }
    }
}
