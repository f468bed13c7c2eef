// Follows webpack's preload runtime: `__webpack_require__.H`, the object chunk loading plugins put
// their preload handlers in (`.H.j` for scripts, `.H.s` for stylesheets), and
// `__webpack_require__.G(chunkId)`, which calls them all, where anything preloads through it. A
// CSS-only preload trigger (parser.javascript.dynamicImportCssPreload) calls `.H.s` by name and
// needs no such function.

using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary><c>__webpack_require__.H</c>, and <c>__webpack_require__.G</c> when the runtime preloads chunks.</summary>
public sealed class PreloadChunkRuntimeModule() : TemplatedRuntimeModule("preload chunk", "ensure_chunk_preload")
{
    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context)
    {
        var requirements = context.Chunk?.RuntimeRequirements ?? RuntimeGlobals.None;
        return Sections(template, section => section != "FANOUT" || requirements.HasAny(RuntimeGlobals.PreloadChunk));
    }
}
