// Follows webpack lib/webworker/ImportScriptsChunkLoadingPlugin.js (chunkLoading
// "import-scripts"): for a runtime chunk whose entry runs in a worker, chunks load with
// importScripts and push themselves onto the chunk loading global (the array-push format).

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>Chunk loading with importScripts.</summary>
public sealed class ImportScriptsChunkLoadingPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        var options = compiler.Options;
        compiler.RuntimeModules.Register(ChunkLoading.Triggers, (Chunk chunk, ref RuntimeGlobals requirements) =>
            ChunkLoadingTypes.IsEnabledForChunk(chunk, options, "import-scripts") ? new ImportScriptsChunkLoadingRuntimeModule(requirements) : null);
    }
}
