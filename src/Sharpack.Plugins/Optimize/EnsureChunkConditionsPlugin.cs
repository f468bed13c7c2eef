// Follows webpack lib/optimize/EnsureChunkConditionsPlugin.js: a module with a chunk condition
// (an external must sit in an entry's chunks) that landed in a chunk failing it moves to the
// nearest chunks that pass, found by walking up the chunk groups' parents; an entrypoint without
// such a chunk cannot hold it, which is webpack's error.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Optimize;

/// <summary>Moves modules to chunks their chunk condition accepts (webpack's EnsureChunkConditionsPlugin).</summary>
public sealed class EnsureChunkConditionsPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.Compilation.Tap("EnsureChunkConditionsPlugin", (compilation, _) =>
            compilation.Hooks.OptimizeChunks.Tap(new Core.Hooks.TapOptions("EnsureChunkConditionsPlugin") { Stage = Compilation.StageBasic }, (_, _) =>
            {
                Run(compilation);
                return null;
            }));
    }

    private static void Run(Compilation compilation)
    {
        var chunkGraph = compilation.ChunkGraph;
        var sourceChunks = new List<Chunk>();
        var chunkGroups = new List<ChunkGroup>();
        var targetChunks = new List<Chunk>();
        foreach (var module in compilation.Graph.Modules)
        {
            if (!module.HasChunkCondition)
                continue;
            foreach (var chunk in chunkGraph.GetModuleChunks(module))
            {
                if (module.ChunkCondition(chunk))
                    continue;
                sourceChunks.Add(chunk);
                foreach (var group in chunk.Groups)
                {
                    if (!chunkGroups.Contains(group))
                        chunkGroups.Add(group);
                }
            }
            if (sourceChunks.Count == 0)
                continue;
            // The list grows while it is walked: parents join it, as webpack's set does.
            for (var i = 0; i < chunkGroups.Count; i++)
            {
                var group = chunkGroups[i];
                var found = false;
                foreach (var chunk in group.Chunks)
                {
                    if (module.ChunkCondition(chunk))
                    {
                        if (!targetChunks.Contains(chunk))
                            targetChunks.Add(chunk);
                        found = true;
                        break;
                    }
                }
                if (found)
                    continue;
                if (group.IsEntrypoint)
                {
                    compilation.Errors.Add(new Core.Stats.BuildDiagnostic($"Cannot fullfil chunk condition of {module.Identifier}", module.ReadableName));
                    break;
                }
                foreach (var parent in group.Parents)
                {
                    if (!chunkGroups.Contains(parent))
                        chunkGroups.Add(parent);
                }
            }
            foreach (var chunk in sourceChunks)
                chunkGraph.DisconnectChunkAndModule(chunk, module);
            foreach (var chunk in targetChunks)
                chunkGraph.ConnectChunkAndModule(chunk, module);
            sourceChunks.Clear();
            chunkGroups.Clear();
            targetChunks.Clear();
        }
    }
}
