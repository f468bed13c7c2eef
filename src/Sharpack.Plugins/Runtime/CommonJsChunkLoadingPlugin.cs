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
    private const string Name = "CommonJsChunkLoadingPlugin";

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        var options = compiler.Options;
        Func<RuntimeGlobals, RuntimeModule> create = type == "async-node"
            ? static requirements => new ReadFileChunkLoadingRuntimeModule(requirements)
            : static requirements => new RequireChunkLoadingRuntimeModule(requirements);
        compiler.Hooks.ThisCompilation.Tap(Name, (compilation, _) =>
            ChunkLoading.TapOncePerChunk(compilation, Name, ChunkLoading.Triggers,
                (Chunk chunk) => ChunkLoadingTypes.IsEnabledForChunk(chunk, options, type),
                create, InstallingChunkLoadingRuntimeModule.Needs));
    }
}
