// Follows webpack lib/esm/ModuleChunkLoadingRuntimeModule.js: with ES module output a chunk is
// an ES module exporting __webpack_ids__ and __webpack_modules__; `.f.j` imports it with a
// dynamic import() relative to the runtime's own module, which works in browsers and in node.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>import() chunk loading for <c>output.module</c>.</summary>
public sealed class ModuleChunkLoadingRuntimeModule(RuntimeGlobals requirements) : TemplatedRuntimeModule("import chunk loading", "module_chunk_loading", Needs(requirements), stage: 10)
{
    /// <summary>What the parts of the module that <paramref name="requirements"/> ask for use.</summary>
    public static RuntimeGlobals Needs(RuntimeGlobals requirements)
    {
        var needs = RuntimeGlobals.HasOwnProperty | RuntimeGlobals.ModuleFactories;
        if ((requirements & RuntimeGlobals.EnsureChunkHandlers) != 0)
            needs |= RuntimeGlobals.GetChunkScriptFilename;
        return needs;
    }

    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context)
    {
        var requirements = context.Chunk?.RuntimeRequirements ?? RuntimeGlobals.None;
        bool Has(RuntimeGlobals global) => (requirements & global) != 0;
        var text = Sections(template, section => section switch
        {
            "ENSURE" => Has(RuntimeGlobals.EnsureChunkHandlers),
            "ONCHUNKS" => Has(RuntimeGlobals.OnChunksLoaded),
            "EXTERNAL" => Has(RuntimeGlobals.ExternalInstallChunk),
            _ => false,
        });
        var undo = context.Chunk is null ? "" : ChunkLoading.UndoPath(ChunkLoading.RuntimeFile(context.Chunk));
        return text
            .Replace("$INSTALLED_CHUNKS$", context.Chunk is null ? "" : ChunkLoading.InstalledChunks(context.Chunk, "0"), StringComparison.Ordinal)
            .Replace("$HAS_JS_MATCHER$", "true", StringComparison.Ordinal)
            .Replace("$ROOT_OUTPUT_DIR$", CodeGenerationContext.JsonString(undo.Length == 0 ? "./" : undo), StringComparison.Ordinal)
            .Replace("$INSTALL_ON_CHUNKS$", Has(RuntimeGlobals.OnChunksLoaded) ? "\t__webpack_require__.O();" : "", StringComparison.Ordinal);
    }
}
