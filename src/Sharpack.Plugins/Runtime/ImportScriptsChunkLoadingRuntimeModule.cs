// Follows webpack lib/webworker/ImportScriptsChunkLoadingRuntimeModule.js: in a worker, chunks
// load synchronously with importScripts and push themselves onto the chunk loading global.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>importScripts chunk loading for <c>target: "webworker"</c>.</summary>
public sealed class ImportScriptsChunkLoadingRuntimeModule(RuntimeGlobals requirements)
    : TemplatedRuntimeModule("importScripts chunk loading", "import_scripts_chunk_loading", Needs(requirements), stage: 10)
{
    /// <summary>What the parts of the module that <paramref name="requirements"/> ask for use.</summary>
    public static RuntimeGlobals Needs(RuntimeGlobals requirements)
    {
        // The base URI alone (an asset's new URL()) is one line that uses nothing else.
        if (ChunkLoading.OnlyBaseUri(requirements))
            return RuntimeGlobals.None;
        var needs = RuntimeGlobals.HasOwnProperty | RuntimeGlobals.ModuleFactories;
        if ((requirements & RuntimeGlobals.EnsureChunkHandlers) != 0)
            needs |= RuntimeGlobals.PublicPath | RuntimeGlobals.GetChunkScriptFilename;
        return needs;
    }

    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context)
    {
        if (ChunkLoading.OnlyBaseUri(context.Chunk?.RuntimeRequirements ?? RuntimeGlobals.None))
            template = "// no baseURI\n";
        var requirements = context.Chunk?.RuntimeRequirements ?? RuntimeGlobals.None;
        var text = Sections(template, section => section == "ENSURE" && (requirements & RuntimeGlobals.EnsureChunkHandlers) != 0);
        var undo = context.Chunk is null ? "" : ChunkLoading.UndoPath(ChunkLoading.RuntimeFile(context.Chunk));
        text = ChunkLoading.WithBaseUri(text, context, "self.location + " + CodeGenerationContext.JsonString(undo.Length > 0 ? "/../" + undo : ""));
        return text
            .Replace("$INSTALLED_CHUNKS$", context.Chunk is null ? "" : ChunkLoading.InstalledChunks(context.Chunk, "1"), StringComparison.Ordinal)
            .Replace("$HAS_JS_MATCHER$", "true", StringComparison.Ordinal)
            .Replace("$CHUNK_LOADING_GLOBAL$", JsonpChunkLoadingRuntimeModule.ChunkLoadingGlobal(context), StringComparison.Ordinal);
    }
}
