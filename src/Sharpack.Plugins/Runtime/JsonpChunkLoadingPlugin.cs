// Follows webpack lib/web/JsonpChunkLoadingPlugin.js (chunkLoading "jsonp"): for a runtime chunk
// whose entry loads chunks with script tags, the JSONP loading module, the script loader, and
// the prefetch and preload triggers of import()s marked webpackPrefetch / webpackPreload, all as
// runtimeRequirementInTree taps.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>Chunk loading with script tags.</summary>
public sealed class JsonpChunkLoadingPlugin : IPlugin
{
    private const string Type = "jsonp";
    private const string Name = "JsonpChunkLoadingPlugin";

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        var options = compiler.Options;
        compiler.Hooks.ThisCompilation.Tap(Name, (compilation, _) =>
        {
            bool Enabled(Chunk chunk) => ChunkLoadingTypes.IsEnabledForChunk(chunk, options, Type);
            ChunkLoading.TapOncePerChunk(compilation, Name, ChunkLoading.Triggers, Enabled,
                static requirements => new JsonpChunkLoadingRuntimeModule(requirements), JsonpChunkLoadingRuntimeModule.Needs);
            compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.LoadScript)).Tap(Name, (chunk, _) =>
            {
                compilation.AddRuntimeModule(chunk, new LoadScriptRuntimeModule(compilation.Options.Output.TrustedTypes is not null));
                return true;
            });
            ChunkLoading.TapOncePerChunk(compilation, Name, RuntimeGlobals.PrefetchChunk | RuntimeGlobals.PreloadChunk | RuntimeGlobals.PreloadChunkHandlers, Enabled,
                static requirements => new ChunkPrefetchPreloadRuntimeModule(requirements), ChunkPrefetchPreloadRuntimeModule.Needs);
            compilation.Hooks.AdditionalTreeRuntimeRequirements.Tap(Name, (requirements, chunk) =>
                Enabled(chunk) ? requirements | ChunkLoading.PrefetchPreload(chunk) : requirements);
        });
    }
}
