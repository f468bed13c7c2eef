// Follows webpack lib/webworker/ImportScriptsChunkLoadingPlugin.js (chunkLoading
// "import-scripts"): for a runtime chunk whose entry runs in a worker, chunks load with
// importScripts and push themselves onto the chunk loading global (the array-push format).

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;

namespace Sharpack.Plugins.Runtime;

/// <summary>Chunk loading with importScripts.</summary>
public sealed class ImportScriptsChunkLoadingPlugin : IPlugin
{
    private const string Name = "ImportScriptsChunkLoadingPlugin";

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        var options = compiler.Options;
        compiler.Hooks.ThisCompilation.Tap(Name, (compilation, _) =>
            ChunkLoading.TapOncePerChunk(compilation, Name, ChunkLoading.Triggers,
                (Chunk chunk) => ChunkLoadingTypes.IsEnabledForChunk(chunk, options, "import-scripts"),
                requirements => new ImportScriptsChunkLoadingRuntimeModule(requirements, options.Output.TrustedTypes is not null),
                requirements => ImportScriptsChunkLoadingRuntimeModule.Needs(requirements, options.Output.TrustedTypes is not null)));
    }
}
