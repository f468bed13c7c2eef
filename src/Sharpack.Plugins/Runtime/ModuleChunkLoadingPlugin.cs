// Follows webpack lib/esm/ModuleChunkLoadingPlugin.js (chunkLoading "import"): for a runtime chunk
// whose entry is an ES module, chunks are ES modules loaded with import() relative to the
// runtime's own file.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>Chunk loading with import().</summary>
public sealed class ModuleChunkLoadingPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        var options = compiler.Options;
        compiler.RuntimeModules.Register(ChunkLoading.Triggers, (Chunk chunk, ref RuntimeGlobals requirements) =>
            ChunkLoadingTypes.IsEnabledForChunk(chunk, options, "import") ? new ModuleChunkLoadingRuntimeModule(requirements) : null);
        // Prefetch and preload are link tags: only where there may be a document.
        if (options.Target.HasDocument == false)
            return;
        compiler.RuntimeModules.Register(RuntimeGlobals.PrefetchChunk | RuntimeGlobals.PreloadChunk, (Chunk chunk, ref RuntimeGlobals requirements) =>
            ChunkLoadingTypes.IsEnabledForChunk(chunk, options, "import") ? new ChunkPrefetchPreloadRuntimeModule(requirements) : null);
        compiler.Hooks.ThisCompilation.Tap("ModuleChunkLoadingPlugin", (compilation, _) =>
            compilation.Hooks.AdditionalTreeRuntimeRequirements.Tap("ModuleChunkLoadingPlugin", (requirements, chunk) =>
            {
                if (!ChunkLoadingTypes.IsEnabledForChunk(chunk, options, "import"))
                    return requirements;
                // The link's href is the chunk's URL, which import() loading itself does not build.
                var hints = ChunkLoading.PrefetchPreload(chunk);
                return hints == RuntimeGlobals.None ? requirements : requirements | hints | RuntimeGlobals.PublicPath | RuntimeGlobals.GetChunkScriptFilename;
            }));
    }
}
