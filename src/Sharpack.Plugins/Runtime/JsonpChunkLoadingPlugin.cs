// Follows webpack lib/web/JsonpChunkLoadingPlugin.js (chunkLoading "jsonp"): for a runtime chunk
// whose entry loads chunks with script tags, the JSONP loading module, the script loader, and
// the prefetch and preload triggers of import()s marked webpackPrefetch / webpackPreload.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>Chunk loading with script tags.</summary>
public sealed class JsonpChunkLoadingPlugin : IPlugin
{
    private const string Type = "jsonp";

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        var options = compiler.Options;
        var registry = compiler.RuntimeModules;
        registry.Register(ChunkLoading.Triggers, (Chunk chunk, ref RuntimeGlobals requirements) =>
            ChunkLoadingTypes.IsEnabledForChunk(chunk, options, Type) ? new JsonpChunkLoadingRuntimeModule(requirements) : null);
        registry.Register(RuntimeGlobals.LoadScript, static () => new LoadScriptRuntimeModule());
        registry.Register(RuntimeGlobals.PrefetchChunk | RuntimeGlobals.PreloadChunk, (Chunk chunk, ref RuntimeGlobals requirements) =>
            ChunkLoadingTypes.IsEnabledForChunk(chunk, options, Type) ? new ChunkPrefetchPreloadRuntimeModule(requirements) : null);
        compiler.Hooks.ThisCompilation.Tap("JsonpChunkLoadingPlugin", (compilation, _) =>
            compilation.Hooks.AdditionalTreeRuntimeRequirements.Tap("JsonpChunkLoadingPlugin", (requirements, chunk) =>
                ChunkLoadingTypes.IsEnabledForChunk(chunk, options, Type) ? requirements | ChunkLoading.PrefetchPreload(chunk) : requirements));
    }
}
