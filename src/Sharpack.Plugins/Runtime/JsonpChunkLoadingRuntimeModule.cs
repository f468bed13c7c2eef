// Follows webpack lib/web/JsonpChunkLoadingRuntimeModule.js: chunk loading with script tags
// (`__webpack_require__.f.j`), prefetch and preload links, the `.O.j` check for deferred
// startups, and the callback behind the chunk loading global's `push`, which installs chunks
// that arrive before or after the runtime.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>JSONP chunk loading for <c>target: "web"</c>.</summary>
public sealed class JsonpChunkLoadingRuntimeModule(RuntimeGlobals requirements) : TemplatedRuntimeModule("jsonp chunk loading", "jsonp_chunk_loading", Needs(requirements), stage: 10)
{
    /// <summary>What the parts of the module that <paramref name="requirements"/> ask for use.</summary>
    public static RuntimeGlobals Needs(RuntimeGlobals requirements)
    {
        // The base URI alone (an asset's new URL()) is one line that uses nothing else.
        if (ChunkLoading.OnlyBaseUri(requirements))
            return RuntimeGlobals.None;
        var needs = RuntimeGlobals.HasOwnProperty | RuntimeGlobals.ModuleFactoriesAddOnly;
        if (requirements.HasAny((RuntimeGlobals.EnsureChunkHandlers | RuntimeGlobals.PrefetchChunkHandlers | RuntimeGlobals.PreloadChunkHandlers)))
            needs |= RuntimeGlobals.PublicPath | RuntimeGlobals.GetChunkScriptFilename;
        if (requirements.HasAny(RuntimeGlobals.EnsureChunkHandlers))
            needs |= RuntimeGlobals.LoadScript;
        if (requirements.HasAny(RuntimeGlobals.HmrDownloadUpdateHandlers))
            needs |= Hmr.HotUpdateChunkLoading.Needs | RuntimeGlobals.PublicPath | RuntimeGlobals.LoadScript;
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
        bool Has(RuntimeGlobals global) => requirements.HasAny(global);
        var withOnChunks = Has(RuntimeGlobals.OnChunksLoaded);
        var output = context.Options.Output;
        var hasJs = ChunkLoading.HasJsMatcher(context.Chunk, "chunkId");
        var text = Sections(template, section => section switch
        {
            "ENSURE" => Has(RuntimeGlobals.EnsureChunkHandlers),
            "PREFETCH" => Has(RuntimeGlobals.PrefetchChunkHandlers) && hasJs != "false",
            "PRELOAD" => Has(RuntimeGlobals.PreloadChunkHandlers) && hasJs != "false",
            "ONCHUNKS" => withOnChunks,
            "CALLBACK" => Has(RuntimeGlobals.ChunkCallback) || Has(RuntimeGlobals.EnsureChunkHandlers) || withOnChunks,
            "HMR" => Has(RuntimeGlobals.HmrDownloadUpdateHandlers),
            "HMRMANIFEST" => Has(RuntimeGlobals.HmrDownloadManifest),
            _ => false,
        });
        text = Hmr.HotUpdateChunkLoading.Fill(text, "jsonp", requirements, context);
        var crossOriginLink = output.CrossOriginLoading is { } mode
            ? $"\t\tif (link.href.indexOf(window.location.origin + '/') !== 0) {{\n\t\t\tlink.crossOrigin = {CodeGenerationContext.JsonString(mode)};\n\t\t}}"
            : "";
        // A prefetch link sets crossOrigin before its href exists (webpack's linkPrefetch); a preload link after, by origin.
        var crossOriginPrefetch = output.CrossOriginLoading is { } prefetchMode
            ? $"\t\tlink.crossOrigin = {CodeGenerationContext.JsonString(prefetchMode)};"
            : "";
        var scriptTypeLink = output.ScriptType == "module" ? "\t\tlink.rel = \"modulepreload\";" : "";
        text = ChunkLoading.WithBaseUri(text, context, "(typeof document !== 'undefined' && document.baseURI) || self.location.href");
        text = JsMatcherForms(text, hasJs);
        return text
            .Replace("$INSTALLED_CHUNKS$", context.Chunk is null ? "" : ChunkLoading.InstalledChunks(context.Chunk, "0"), StringComparison.Ordinal)
            .Replace("$HAS_JS_MATCHER$", hasJs, StringComparison.Ordinal)
            .Replace("$CROSS_ORIGIN_PREFETCH$\n", crossOriginPrefetch.Length > 0 ? crossOriginPrefetch + "\n" : "", StringComparison.Ordinal)
            .Replace("$CROSS_ORIGIN_LINK$\n", crossOriginLink.Length > 0 ? crossOriginLink + "\n" : "", StringComparison.Ordinal)
            .Replace("$SCRIPT_TYPE_LINK$\n", scriptTypeLink.Length > 0 ? scriptTypeLink + "\n" : "", StringComparison.Ordinal)
            .Replace("$CALLBACK_RETURN$", withOnChunks ? "\treturn __webpack_require__.O(result);" : "", StringComparison.Ordinal)
            .Replace("$CHUNK_LOADING_GLOBAL$", ChunkLoadingGlobal(context), StringComparison.Ordinal);
    }

    // webpack writes the loader's test as a comment where every chunk has JavaScript, and no loader
    // at all where none has.
    private static string JsMatcherForms(string text, string hasJs)
    {
        if (hasJs == "true")
        {
            return text.Replace("if($HAS_JS_MATCHER$) {\n", "if(true) { // all chunks have JS\n", StringComparison.Ordinal)
                .Replace("} else installedChunks[chunkId] = 0;\n", "}\n", StringComparison.Ordinal);
        }
        if (hasJs != "false")
            return text;
        const string Head = "\t\t// JSONP chunk loading for javascript\n";
        var start = text.IndexOf(Head, StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf("\n};", start, StringComparison.Ordinal);
        return end < 0 ? text : string.Concat(text.AsSpan(0, start), "\tinstalledChunks[chunkId] = 0;", text.AsSpan(end));
    }

    /// <summary><c>self["webpackChunkapp"]</c>: the global array chunks push themselves onto.</summary>
    public static string ChunkLoadingGlobal(RuntimeTemplateContext context) =>
        context.Options.Output.GlobalObject + "[" + CodeGenerationContext.JsonString(context.Options.Output.ChunkLoadingGlobal) + "]";
}
