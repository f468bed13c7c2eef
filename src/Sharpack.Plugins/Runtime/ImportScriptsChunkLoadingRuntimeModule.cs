// Follows webpack lib/webworker/ImportScriptsChunkLoadingRuntimeModule.js: in a worker, chunks
// load synchronously with importScripts and push themselves onto the chunk loading global.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>importScripts chunk loading for <c>target: "webworker"</c>.</summary>
/// <param name="requirements">The runtime chunk's requirements.</param>
/// <param name="trustedTypes">output.trustedTypes: the scripts' URLs go through <c>__webpack_require__.tu</c>.</param>
public sealed class ImportScriptsChunkLoadingRuntimeModule(RuntimeGlobals requirements, bool trustedTypes = false)
    : TemplatedRuntimeModule("importScripts chunk loading", "import_scripts_chunk_loading", Needs(requirements, trustedTypes), stage: 10)
{
    /// <summary>What the parts of the module that <paramref name="requirements"/> ask for use.</summary>
    public static RuntimeGlobals Needs(RuntimeGlobals requirements, bool trustedTypes = false)
    {
        // The base URI alone (an asset's new URL()) is one line that uses nothing else.
        if (ChunkLoading.OnlyBaseUri(requirements))
            return RuntimeGlobals.None;
        var needs = RuntimeGlobals.HasOwnProperty | RuntimeGlobals.ModuleFactoriesAddOnly;
        if (requirements.HasAny(RuntimeGlobals.EnsureChunkHandlers))
            needs |= RuntimeGlobals.PublicPath | RuntimeGlobals.GetChunkScriptFilename | (trustedTypes ? RuntimeGlobals.CreateScriptUrl : RuntimeGlobals.None);
        if (requirements.HasAny(RuntimeGlobals.HmrDownloadUpdateHandlers))
            needs |= Hmr.HotUpdateChunkLoading.Needs | RuntimeGlobals.PublicPath;
        if (requirements.HasAny(RuntimeGlobals.HmrDownloadManifest))
            needs |= RuntimeGlobals.PublicPath | RuntimeGlobals.GetUpdateManifestFilename;
        return needs;
    }

    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context)
    {
        if (ChunkLoading.OnlyBaseUri(context.Chunk?.RuntimeRequirements ?? RuntimeGlobals.None))
            template = "// no baseURI\n";
        var requirements = context.Chunk?.RuntimeRequirements ?? RuntimeGlobals.None;
        var text = Sections(template, section => section switch
        {
            "ENSURE" => requirements.HasAny(RuntimeGlobals.EnsureChunkHandlers),
            "HMR" => requirements.HasAny(RuntimeGlobals.HmrDownloadUpdateHandlers),
            "HMRMANIFEST" => requirements.HasAny(RuntimeGlobals.HmrDownloadManifest),
            _ => false,
        });
        text = Hmr.HotUpdateChunkLoading.Fill(text, "importScripts", requirements, context);
        var undo = context.Chunk is null ? "" : ChunkLoading.UndoPath(ChunkLoading.RuntimeFile(context.Chunk), context.Options.Output.Path);
        text = ChunkLoading.WithBaseUri(text, context, "self.location + " + CodeGenerationContext.JsonString(undo.Length > 0 ? "/../" + undo : ""));
        if (trustedTypes)
            text = text.Replace("importScripts(__webpack_require__.p + __webpack_require__.u(chunkId));", "importScripts(__webpack_require__.tu(__webpack_require__.p + __webpack_require__.u(chunkId)));", StringComparison.Ordinal);
        return text
            .Replace("$INSTALLED_CHUNKS$", context.Chunk is null ? "" : ChunkLoading.InstalledChunks(context.Chunk, "1"), StringComparison.Ordinal)
            .Replace("$HAS_JS_MATCHER$", ChunkLoading.HasJsMatcher(context.Chunk, "chunkId"), StringComparison.Ordinal)
            .Replace("$CHUNK_LOADING_GLOBAL$", JsonpChunkLoadingRuntimeModule.ChunkLoadingGlobal(context), StringComparison.Ordinal);
    }
}
