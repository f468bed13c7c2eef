// Follows webpack lib/esm/ModuleChunkLoadingRuntimeModule.js: with ES module output a chunk is
// an ES module exporting __webpack_ids__ and __webpack_modules__; `.f.j` imports it with a
// dynamic import() relative to the runtime's own module, which works in browsers and in node.

using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>import() chunk loading for <c>output.module</c>.</summary>
public sealed class ModuleChunkLoadingRuntimeModule(RuntimeGlobals requirements)
    : InstallingChunkLoadingRuntimeModule("import chunk loading", "module_chunk_loading", "0", requirements);
