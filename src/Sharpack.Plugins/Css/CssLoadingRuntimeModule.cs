// Follows webpack lib/css/CssLoadingRuntimeModule.js: `__webpack_require__.f.css`, the handler
// `__webpack_require__.e` runs for each chunk it loads. A chunk with a stylesheet gets a
// `<link rel="stylesheet">` (one already in the document for that URL, or for the chunk's
// data-webpack key, is reused), and the chunk counts as loaded when the stylesheet is: its styles
// apply before the chunk's code runs. The initial chunks' stylesheets are in the page already.
// Without a document (a universal build on node) the handler settles without loading.

using System.Text;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.Runtime;

namespace Sharpack.Plugins.Css;

/// <summary><c>__webpack_require__.f.css</c>: loads chunks' stylesheets with link tags.</summary>
/// <remarks>
/// webpack adds it to every runtime whose chunks hold CSS modules; where none is loaded on demand
/// (<paramref name="loading"/> false) it renders nothing and asks for nothing.
/// </remarks>
internal sealed class CssLoadingRuntimeModule(Core.Options.SharpackOptions options, bool loading = true)
    : TemplatedRuntimeModule("css loading", "css_loading",
        loading ? RuntimeGlobals.HasOwnProperty | RuntimeGlobals.PublicPath | RuntimeGlobals.GetChunkCssFilename | CssInjectStyleRuntimeModule.NeedsGlobal(options) : RuntimeGlobals.None,
        stage: 10)
{
    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context)
    {
        if (!loading)
            return "";
        var chunk = context.Chunk;
        var output = context.Options.Output;
        // The initial chunks' stylesheets are in the page already.
        var installed = new StringBuilder();
        var positive = new List<string>();
        var negative = new List<string>();
        if (chunk is not null)
        {
            var seen = new HashSet<Chunk>();
            foreach (var group in chunk.Groups)
            {
                foreach (var initial in group.Chunks)
                {
                    if (!CssModulesPlugin.HasCss(initial) || !seen.Add(initial))
                        continue;
                    if (installed.Length > 0)
                        installed.Append(",\n");
                    installed.Append('\t').Append(CodeGenerationContext.JsonString(initial.Id)).Append(": 0");
                }
            }
            foreach (var other in ChunkLoading.AsyncChunks(chunk))
                (CssModulesPlugin.HasCss(other) ? positive : negative).Add(other.Id);
        }
        var uniqueName = output.UniqueName;
        var crossOrigin = output.CrossOriginLoading switch
        {
            null or "" => "",
            "use-credentials" => "\t\tlink.crossOrigin = \"use-credentials\";\n",
            var mode => "\t\tif (link.href.indexOf(window.location.origin + '/') !== 0) {\n\t\t\tlink.crossOrigin = " + CodeGenerationContext.JsonString(mode) + ";\n\t\t}\n",
        };
        var document = output.Environment.Document;
        // Without a document (node, for server rendering) the stylesheet is read from the output and
        // collected for __webpack_css_server_styles__; a missing file does not fail the chunk.
        var serverLoad = output.Module
            ? "Promise.all([import('fs'), import('url')]).then(([{ readFile }, { URL }]) => {\n\t\t\t\t\t\treadFile(new URL(url, import.meta.url), 'utf8', (err, content) => {\n\t\t\t\t\t\t\tif (!err) "
              + CssInjectStyleRuntimeModule.ServerStyleRegistry(context.Options) + "[\"chunk-\" + chunkId] = content;\n\t\t\t\t\t\t\tloadingEnded({ type: 'load' });\n\t\t\t\t\t\t});\n\t\t\t\t\t});"
            : "loadingEnded({ type: 'load' });";
        var load = document == true
            ? "\t\t\t\tloadStylesheet(chunkId, url, loadingEnded);"
            : "\t\t\t\tif (typeof document !== 'undefined') {\n\t\t\t\t\tloadStylesheet(chunkId, url, loadingEnded);\n\t\t\t\t} else {\n\t\t\t\t\t" + serverLoad + "\n\t\t\t\t}";
        // webpack's withPrefetch / withPreload: the runtime prefetches or preloads chunks, and one has CSS.
        var requirements = chunk?.RuntimeRequirements ?? RuntimeGlobals.None;
        var hints = positive.Count > 0 && document != false;
        template = Sections(template, section => section switch
        {
            "PREFETCH" => hints && requirements.HasAny(RuntimeGlobals.PrefetchChunkHandlers),
            "PRELOAD" => hints && requirements.HasAny(RuntimeGlobals.PreloadChunkHandlers),
            _ => true,
        });
        var crossOriginPrefetch = output.CrossOriginLoading is { Length: > 0 } prefetchMode
            ? "\t\tlink.crossOrigin = " + CodeGenerationContext.JsonString(prefetchMode) + ";\n"
            : "";
        template = template
            .Replace("$CROSS_ORIGIN_PREFETCH$\n", crossOriginPrefetch, StringComparison.Ordinal)
            // output.resourceHints.dedupe: no prefetch for a stylesheet the markup already (pre)loads.
            .Replace("$DEDUPE_PREFETCH$\n", output.DedupeResourceHints
                ? "\t\tvar links = document.getElementsByTagName(\"link\");\n\t\tfor(var i = 0; i < links.length; i++) {\n\t\t\tvar l = links[i];\n\t\t\tif(l.href === link.href && (l.rel === \"prefetch\" || l.rel === \"preload\")) return;\n\t\t}\n"
                : "", StringComparison.Ordinal)
            .Replace("$NO_DOCUMENT_RETURN$", document == true ? "" : "\t\tif (typeof document === 'undefined') return;\n", StringComparison.Ordinal);
        var hooks = CssLoadingRuntimeModuleHooks.For(options);
        template = ThroughHook(template, "CREATE_STYLESHEET", hooks.CreateStylesheet, chunk);
        template = ThroughHook(template, "LINK_INSERT", hooks.LinkInsert, chunk);
        return template
            .Replace("$INSTALLED_CHUNKS$", installed.ToString(), StringComparison.Ordinal)
            .Replace("$UNIQUE_NAME$", uniqueName.Length > 0 ? "var uniqueName = " + CodeGenerationContext.JsonString(uniqueName) + ";" : "// data-webpack is not used as build has no uniqueName", StringComparison.Ordinal)
            .Replace("$UNIQUE_NAME_MATCH$", uniqueName.Length > 0 ? " || l.getAttribute(\"data-webpack\") == uniqueName + \":\" + key" : "", StringComparison.Ordinal)
            .Replace("$CHARSET$\n", context.Options.Experiments.FutureDefaults ? "" : "\t\tlink.charset = 'utf-8';\n", StringComparison.Ordinal)
            .Replace("$DATA_WEBPACK$\n", uniqueName.Length > 0 ? "\t\tlink.setAttribute(\"data-webpack\", uniqueName + \":\" + key);\n" : "", StringComparison.Ordinal)
            .Replace("$CROSS_ORIGIN$\n", crossOrigin, StringComparison.Ordinal)
            .Replace("$TIMEOUT$", output.ChunkLoadTimeout.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("$HAS_CSS_MATCHER$", BooleanMatcher.Compile(positive, negative, "chunkId"), StringComparison.Ordinal)
            .Replace("$LOAD$", load, StringComparison.Ordinal);
    }

    // The lines between `$<NAME` and `$>NAME` of the template, as the hook's taps make them (webpack's
    // createStylesheet / linkInsert waterfalls over the code that makes and inserts the link).
    private static string ThroughHook(string template, string name, Core.Hooks.SyncWaterfallHook<string, Chunk?> hook, Chunk? chunk)
    {
        var open = "$<" + name + "\n";
        var close = "$>" + name + "\n";
        var start = template.IndexOf(open, StringComparison.Ordinal);
        var end = template.IndexOf(close, StringComparison.Ordinal);
        if (start < 0 || end < start)
            return template;
        var code = template[(start + open.Length)..end];
        if (hook.IsUsed)
            code = hook.Call(code.TrimEnd('\n'), chunk) + "\n";
        return template[..start] + code + template[(end + close.Length)..];
    }
}

/// <summary><c>__webpack_require__.k</c>: the CSS file of a chunk, relative to the public path.</summary>
internal sealed class GetChunkCssFilenameRuntimeModule(IReadOnlyDictionary<Chunk, (string Filename, Sharpack.Sources.Source Source, Core.AssetInfo Info)> files) : RuntimeModule
{
    /// <inheritdoc />
    public override string Name => "webpack/runtime/get css chunk filename";

    /// <inheritdoc />
    public override bool DependsOnHashes => true;

    /// <inheritdoc />
    public override bool ShouldIsolate => false;

    /// <inheritdoc />
    public override string Generate(RuntimeTemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var builder = new StringBuilder("// This function allow to reference chunks\n__webpack_require__.k = (chunkId) => {\n\t// return url for filenames based on template\n");
        var template = context.Options.Output.CssChunkFilename;
        var id = template.IndexOf("[id]", StringComparison.Ordinal);
        var chunks = context.Chunk is null ? [] : ChunkLoading.AsyncChunks(context.Chunk);
        var initial = false;
        foreach (var chunk in chunks)
            initial |= chunk.CanBeInitial && files.ContainsKey(chunk);
        // A cssChunkFilename function answers per chunk: always the map of the names it gave.
        if (id >= 0 && template.IndexOf('[', id + 4) < 0 && template.IndexOf('[') == id && !initial && context.Options.Output.CssChunkFilenameFunction is null)
        {
            builder.Append("\treturn ").Append(CodeGenerationContext.JsonString(template[..id])).Append(" + chunkId + ")
                .Append(CodeGenerationContext.JsonString(template[(id + 4)..])).Append(";\n};");
            return builder.ToString();
        }
        return ReturnFileOf(builder, chunks, files);
    }

    /// <summary>Ends a filename function's body with the map of <paramref name="chunks"/>' stylesheets (those <paramref name="files"/> has), looked up by chunk id.</summary>
    internal static string ReturnFileOf(StringBuilder builder, IEnumerable<Chunk> chunks, IReadOnlyDictionary<Chunk, (string Filename, Sharpack.Sources.Source Source, Core.AssetInfo Info)> files)
    {
        builder.Append("\treturn {");
        var first = true;
        foreach (var chunk in chunks)
        {
            if (!files.TryGetValue(chunk, out var file))
                continue;
            if (!first)
                builder.Append(',');
            first = false;
            builder.Append(CodeGenerationContext.JsonString(chunk.Id)).Append(':').Append(CodeGenerationContext.JsonString(file.Filename));
        }
        builder.Append("}[chunkId];\n};");
        return builder.ToString();
    }
}
