// What require() chunk loading (node) and import() chunk loading (ES module output) share: the
// chunk file is a module that exports its ids and modules, loaded relative to the runtime's own
// file, and installChunk copies them into the runtime (`.C` installs chunks that load the runtime
// themselves). The templates differ in how they load and in what "installed" is written as.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>A chunk loading runtime module whose chunks are modules with exported ids and modules.</summary>
public abstract class InstallingChunkLoadingRuntimeModule(string name, string template, string installedValue, RuntimeGlobals requirements)
    : TemplatedRuntimeModule(name, template, Needs(requirements), stage: 10)
{
    /// <summary>What the parts of the module that <paramref name="requirements"/> ask for use.</summary>
    public static RuntimeGlobals Needs(RuntimeGlobals requirements)
    {
        // The base URI alone (an asset's new URL()) is one line that uses nothing else.
        if (ChunkLoading.OnlyBaseUri(requirements))
            return RuntimeGlobals.None;
        var needs = RuntimeGlobals.HasOwnProperty | RuntimeGlobals.ModuleFactoriesAddOnly;
        if (LoadsByChunkId(requirements))
            needs |= RuntimeGlobals.GetChunkScriptFilename;
        if (requirements.HasAny(RuntimeGlobals.HmrDownloadUpdateHandlers))
            needs |= Hmr.HotUpdateChunkLoading.Needs;
        if (requirements.HasAny(RuntimeGlobals.HmrDownloadManifest))
            needs |= RuntimeGlobals.GetUpdateManifestFilename;
        return needs;
    }

    /// <summary>
    /// Whether the `.f.j` handler is written: it serves <c>ensureChunk</c>; an analyzable import (<c>.ei</c>)
    /// dispatches every handler but that one, so it alone may need the handler map without it.
    /// </summary>
    public static bool LoadsByChunkId(RuntimeGlobals requirements) =>
        requirements.HasAny(RuntimeGlobals.EnsureChunkHandlers)
        && (requirements.HasAny(RuntimeGlobals.EnsureChunk) || !requirements.HasAny(RuntimeGlobals.AnalyzableChunkImport));

    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context)
    {
        if (ChunkLoading.OnlyBaseUri(context.Chunk?.RuntimeRequirements ?? RuntimeGlobals.None))
            template = "// no baseURI\n";
        var requirements = context.Chunk?.RuntimeRequirements ?? RuntimeGlobals.None;
        bool Has(RuntimeGlobals global) => requirements.HasAny(global);
        var text = Sections(template, section => section switch
        {
            "ENSURE" => LoadsByChunkId(requirements),
            "ANALYZABLE" => Has(RuntimeGlobals.AnalyzableChunkImport),
            "PREFETCH" => Has(RuntimeGlobals.PrefetchChunkHandlers),
            "PRELOAD" => Has(RuntimeGlobals.PreloadChunkHandlers),
            "ONCHUNKS" => Has(RuntimeGlobals.OnChunksLoaded),
            "EXTERNAL" => Has(RuntimeGlobals.ExternalInstallChunk),
            "HMR" => Has(RuntimeGlobals.HmrDownloadUpdateHandlers),
            "HMRMANIFEST" => Has(RuntimeGlobals.HmrDownloadManifest),
            _ => false,
        });
        text = Hmr.HotUpdateChunkLoading.Fill(text, HmrKey, requirements, context);
        var undo = context.Chunk is null ? "" : ChunkLoading.UndoPath(ChunkLoading.RuntimeFile(context.Chunk), context.Options.Output.Path);
        var output = context.Options.Output;
        // Resource hints are for a document; where there may be none (universal), they do nothing.
        var documentGuard = context.Options.Output.Environment.Document == true ? "" : "\tif (typeof document === 'undefined') return;";
        var crossOriginPrefetch = output.CrossOriginLoading is { } mode ? $"\t\tlink.crossOrigin = {CodeGenerationContext.JsonString(mode)};" : "";
        var crossOriginPreload = output.CrossOriginLoading switch
        {
            null => "",
            "use-credentials" => "\t\tlink.crossOrigin = \"use-credentials\";",
            var other => $"\t\tif (link.href.indexOf(window.location.origin + '/') !== 0) {{\n\t\t\tlink.crossOrigin = {CodeGenerationContext.JsonString(other)};\n\t\t}}",
        };
        // output.resourceHints.dedupe: the browser fetches again a resource prefetched after markup (pre)loaded it.
        var dedupe = output.DedupeResourceHints
            ? "\t\tvar links = document.getElementsByTagName(\"link\");\n\t\tfor(var i = 0; i < links.length; i++) {\n\t\t\tvar l = links[i];\n" +
              "\t\t\tif(l.href === link.href && (l.rel === \"prefetch\" || l.rel === \"preload\" || l.rel === \"modulepreload\")) return;\n\t\t}"
            : "";
        text = text
            .Replace("$DEDUPE_PREFETCH$\n", dedupe.Length > 0 ? dedupe + "\n" : "", StringComparison.Ordinal)
            .Replace("$DOCUMENT_GUARD$\n", documentGuard.Length > 0 ? documentGuard + "\n" : "", StringComparison.Ordinal)
            .Replace("$CROSS_ORIGIN_PREFETCH$\n", crossOriginPrefetch.Length > 0 ? crossOriginPrefetch + "\n" : "", StringComparison.Ordinal)
            .Replace("$CROSS_ORIGIN_PRELOAD$\n", crossOriginPreload.Length > 0 ? crossOriginPreload + "\n" : "", StringComparison.Ordinal);
        // Analyzable ES module output: each hinted chunk's url is written out and read by id.
        var urls = Has(RuntimeGlobals.PrefetchChunkHandlers) || Has(RuntimeGlobals.PreloadChunkHandlers) ? ChunkUrls(context) : null;
        text = text
            .Replace("$CHUNK_URLS$\n", urls is null ? "" : "\n" + ChunkUrlsDeclaration(urls), StringComparison.Ordinal)
            .Replace("$URL_GUARD$\n", urls is null ? "" : "\t\tif(!chunkUrls[chunkId]) return;\n", StringComparison.Ordinal)
            .Replace("$CHUNK_URL$", urls is null ? "__webpack_require__.p + __webpack_require__.u(chunkId)" : "chunkUrls[chunkId]()", StringComparison.Ordinal);
        var rootOutputDir = CodeGenerationContext.JsonString(undo.Length == 0 ? "./" : undo);
        text = ChunkLoading.WithBaseUri(text, context, BaseUri(context, undo.Length == 0 ? "./" : undo));
        return text
            .Replace("$CHUNK_IMPORT_BASE$", ChunkImportBase(context, rootOutputDir), StringComparison.Ordinal)
            .Replace("$IMPORT_FUNCTION$", output.ImportFunctionName, StringComparison.Ordinal)
            .Replace("$INSTALLED_CHUNKS$", context.Chunk is null ? "" : ChunkLoading.InstalledChunks(context.Chunk, installedValue), StringComparison.Ordinal)
            .Replace("$HAS_JS_MATCHER$", ChunkLoading.HasJsMatcher(context.Chunk, "chunkId"), StringComparison.Ordinal)
            .Replace("$ROOT_OUTPUT_DIR$", rootOutputDir, StringComparison.Ordinal)
            .Replace("$OTHER_HANDLERS$", Has(RuntimeGlobals.EnsureChunkHandlers)
                ? "\tObject.keys(__webpack_require__.f).forEach((key) => {\n\t\tif(key !== \"j\") __webpack_require__.f[key](chunkId, promises);\n\t});"
                : "\t// no other chunk loading handlers", StringComparison.Ordinal)
            .Replace("$INSTALL_ON_CHUNKS$", Has(RuntimeGlobals.OnChunksLoaded) ? "\t__webpack_require__.O();" : "", StringComparison.Ordinal);
    }

    /// <summary>The name this chunk loading's hot update handlers go by (<c>__webpack_require__.hmrC.require</c>).</summary>
    protected virtual string HmrKey => "require";

    /// <summary>The urls of the chunks the runtime hints at, by id, where they are written out (analyzable ES module output); null otherwise.</summary>
    protected virtual List<(string Id, string Url)>? ChunkUrls(RuntimeTemplateContext context) => null;

    private static string ChunkUrlsDeclaration(List<(string Id, string Url)> urls)
    {
        var builder = new System.Text.StringBuilder("var chunkUrls = {\n");
        for (var i = 0; i < urls.Count; i++)
        {
            builder.Append('\t').Append(CodeGenerationContext.JsonString(urls[i].Id)).Append(": () => (").Append(urls[i].Url).Append(')');
            builder.Append(i + 1 < urls.Count ? ",\n" : "\n");
        }
        return builder.Append("};\n").ToString();
    }

    /// <summary>
    /// The expression a chunk's file name is appended to when the template loads it
    /// (<c>$CHUNK_IMPORT_BASE$</c>); <paramref name="rootOutputDir"/> is the literal path from the
    /// runtime's file back to output.path.
    /// </summary>
    protected virtual string ChunkImportBase(RuntimeTemplateContext context, string rootOutputDir) => rootOutputDir;

    /// <summary>
    /// Where <c>__webpack_require__.b</c> points (webpack's _generateBaseUri): in node the file URL
    /// of output.path, from the runtime's own file (<paramref name="rootOutputDir"/> leads back to it).
    /// </summary>
    protected virtual string BaseUri(RuntimeTemplateContext context, string rootOutputDir)
    {
        ArgumentNullException.ThrowIfNull(context);
        var url = context.Options.Output.Environment.NodePrefixForCoreModules ? "node:url" : "url";
        return "require(" + CodeGenerationContext.JsonString(url) + ").pathToFileURL("
            + (rootOutputDir != "./" ? "__dirname + " + CodeGenerationContext.JsonString("/" + rootOutputDir) : "__filename") + ")";
    }
}
