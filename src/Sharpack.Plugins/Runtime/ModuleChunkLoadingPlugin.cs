// Follows webpack lib/esm/ModuleChunkLoadingPlugin.js (chunkLoading "import"): for a runtime chunk
// whose entry is an ES module, chunks are ES modules loaded with import() (relative to the
// runtime's own file, or from the public path).

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>Chunk loading with import().</summary>
public sealed class ModuleChunkLoadingPlugin : IPlugin
{
    private const string Name = "ModuleChunkLoadingPlugin";

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        var options = compiler.Options;
        compiler.Hooks.ThisCompilation.Tap(Name, (compilation, _) =>
        {
            bool Enabled(Chunk chunk) => ChunkLoadingTypes.IsEnabledForChunk(chunk, options, "import");
            ChunkLoading.TapOncePerChunk(compilation, Name, ChunkLoading.Triggers, Enabled,
                static requirements => new ModuleChunkLoadingRuntimeModule(requirements), requirements => ModuleChunkLoadingRuntimeModule.Needs(requirements, options.Output));
            // Prefetch and preload are link tags: only where there may be a document.
            if (options.Output.Environment.Document == false)
                return;
            ChunkLoading.TapOncePerChunk(compilation, Name, RuntimeGlobals.PrefetchChunk | RuntimeGlobals.PreloadChunk | RuntimeGlobals.PreloadChunkHandlers, Enabled,
                static requirements => new ChunkPrefetchPreloadRuntimeModule(requirements), ChunkPrefetchPreloadRuntimeModule.Needs);
            compilation.Hooks.AdditionalTreeRuntimeRequirements.Tap(Name, (requirements, chunk) =>
            {
                if (!Enabled(chunk))
                    return requirements;
                // The link's href is the chunk's URL, which import() loading itself does not build.
                var hints = ChunkLoading.PrefetchPreload(chunk);
                if (hints == RuntimeGlobals.None)
                    return requirements;
                // A baked url carries where the chunk is (analyzable ES module output), so neither is read for it.
                return compilation.Analyzable.ChunkScriptUrls(chunk, ChunkLoading.HintedChunks(chunk)) is not null
                    ? requirements | hints
                    : requirements | hints | RuntimeGlobals.PublicPath | RuntimeGlobals.GetChunkScriptFilename;
            });
        });
    }
}
