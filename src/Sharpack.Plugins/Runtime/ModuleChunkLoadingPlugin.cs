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
    }
}
