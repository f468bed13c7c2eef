// What a chunk loading runtime module adds for hot module replacement (webpack's withHmr and
// withHmrManifest parts of each chunk loading runtime module): its installed chunks kept where a
// runtime update finds them (__webpack_require__.hmrS_<key>), the loader of update chunks, and the
// shared handlers (javascript_hot_module_replacement.js) that decide what an update replaces.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.Runtime;

namespace Sharpack.Plugins.Hmr;

/// <summary>The hot update part of the chunk loading runtime modules.</summary>
public static class HotUpdateChunkLoading
{
    /// <summary>What the update handlers use.</summary>
    public static RuntimeGlobals Needs =>
        RuntimeGlobals.HasOwnProperty | RuntimeGlobals.ModuleCache | RuntimeGlobals.ModuleFactories | RuntimeGlobals.HmrModuleData
        | RuntimeGlobals.HmrInvalidateModuleHandlers | RuntimeGlobals.GetChunkUpdateScriptFilename | RuntimeGlobals.HmrRuntimeStatePrefix;

    /// <summary>
    /// Fills a chunk loading template's hot update placeholders for the loading named <paramref name="key"/>
    /// (<c>$HMR_STATE$</c>, <c>$JAVASCRIPT_HMR$</c>, <c>$HOT_UPDATE_GLOBAL$</c>, and <c>$FETCH_MANIFEST$</c>, the manifest
    /// download of the loadings that fetch it: JSONP and importScripts).
    /// </summary>
    public static string Fill(string text, string key, RuntimeGlobals requirements, RuntimeTemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (requirements.HasAny(RuntimeGlobals.HmrDownloadManifest))
            text = text.Replace("$FETCH_MANIFEST$", TemplatedRuntimeModule.Load("hot_manifest_fetch"), StringComparison.Ordinal);
        var hmr = requirements.HasAny(RuntimeGlobals.HmrDownloadUpdateHandlers);
        text = text.Replace("$HMR_STATE$", hmr ? $"__webpack_require__.hmrS_{key} = __webpack_require__.hmrS_{key} || " : "", StringComparison.Ordinal);
        if (!hmr)
            return text;
        var output = context.Options.Output;
        var handlers = TemplatedRuntimeModule.Load("javascript_hot_module_replacement")
            .Replace("$KEY$", key, StringComparison.Ordinal)
            .Replace("$INSTALLED_CHUNKS$", "installedChunks", StringComparison.Ordinal);
        return text
            .Replace("$JAVASCRIPT_HMR$", handlers, StringComparison.Ordinal)
            .Replace("$HOT_UPDATE_GLOBAL$", output.GlobalObject + "[" + CodeGenerationContext.JsonString(output.HotUpdateGlobal) + "]", StringComparison.Ordinal);
    }
}
