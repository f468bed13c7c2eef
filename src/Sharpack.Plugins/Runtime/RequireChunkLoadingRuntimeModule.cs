// Follows webpack lib/node/RequireChunkLoadingRuntimeModule.js: in node, a chunk is a CommonJS
// module next to the runtime (`exports.ids`, `exports.modules`); `.f.require` requires it
// synchronously and installs its modules. `.C` installs a chunk that required the runtime itself
// (an entry chunk whose runtime is a separate chunk).

using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>require() chunk loading for <c>target: "node"</c>.</summary>
public sealed class RequireChunkLoadingRuntimeModule(RuntimeGlobals requirements)
    : InstallingChunkLoadingRuntimeModule("require chunk loading", "require_chunk_loading", "1", requirements);
