// Follows webpack lib/node/CommonJsChunkLoadingPlugin.js (chunkLoading "require" and
// "async-node"): for a runtime chunk whose entry runs in node, chunks are CommonJS modules next to
// the runtime's own file, loaded with require, or for async-node read with fs and run with vm.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>Chunk loading with node's require.</summary>
/// <param name="type"><c>require</c> or <c>async-node</c>.</param>
public sealed class CommonJsChunkLoadingPlugin(string type) : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        var options = compiler.Options;
        compiler.RuntimeModules.Register(ChunkLoading.Triggers, (Chunk chunk, ref RuntimeGlobals requirements) =>
            !ChunkLoadingTypes.IsEnabledForChunk(chunk, options, type) ? null
            : type == "async-node" ? new ReadFileChunkLoadingRuntimeModule(requirements) : new RequireChunkLoadingRuntimeModule(requirements));
    }
}
