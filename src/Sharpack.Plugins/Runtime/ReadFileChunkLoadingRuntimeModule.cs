// Follows webpack lib/node/ReadFileChunkLoadingRuntimeModule.js (chunkLoading "async-node"): in
// node, a chunk is a CommonJS module next to the runtime; `.f.readFileVm` reads it with
// fs.readFile and runs it with vm.runInThisContext, so loading does not block. `.C` installs a
// chunk that required the runtime itself, as with require loading.

using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>fs.readFile + vm chunk loading for <c>target: "async-node"</c>.</summary>
public sealed class ReadFileChunkLoadingRuntimeModule(RuntimeGlobals requirements)
    : InstallingChunkLoadingRuntimeModule("readFile chunk loading", "read_file_chunk_loading", "0", requirements);
