// Follows mini-css-extract-plugin's CssLoadingRuntimeModule: `__webpack_require__.f.miniCss`, the
// handler `__webpack_require__.e` runs for each chunk it loads. A chunk with extracted CSS gets a
// `<link rel="stylesheet">` (unless one for its file is in the document already), created with the
// plugin's attributes, link type and insert option, and the chunk counts as loaded once the
// stylesheet is. Prefetch and preload hints (`.F.miniCss`, `.H.miniCss`) ask for the stylesheet
// too. Without a document it does nothing.

using System.Text;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.Runtime;

namespace Sharpack.Plugins.Css;

/// <summary><c>__webpack_require__.f.miniCss</c>: loads chunks' extracted stylesheets with link tags.</summary>
internal sealed class CssExtractLoadingRuntimeModule(CssExtractPluginOptions options)
    : TemplatedRuntimeModule("css loading", "css_extract_loading",
        RuntimeGlobals.HasOwnProperty | RuntimeGlobals.PublicPath, stage: 10)
{
    /// <inheritdoc />
    public override string Name => "webpack/runtime/mini-css-extract-plugin css loading";

    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context)
    {
        var chunk = context.Chunk;
        var installed = new StringBuilder();
        var positive = new List<string>();
        var negative = new List<string>();
        var cssChunks = new StringBuilder("{");
        if (chunk is not null)
        {
            installed.Append('\t').Append(CodeGenerationContext.JsonString(chunk.Id)).Append(": 0");
            foreach (var other in ChunkLoading.AsyncChunks(chunk))
            {
                if (!CssExtractPlugin.HasExtractedCss(other))
                {
                    negative.Add(other.Id);
                    continue;
                }
                positive.Add(other.Id);
                if (cssChunks.Length > 1)
                    cssChunks.Append(',');
                cssChunks.Append(CodeGenerationContext.JsonString(other.Id)).Append(":1");
            }
        }
        cssChunks.Append('}');
        var output = context.Options.Output;
        var requirements = chunk?.RuntimeRequirements ?? RuntimeGlobals.None;
        template = Sections(template, section => section switch
        {
            "PREFETCH" => positive.Count > 0 && requirements.HasAny(RuntimeGlobals.PrefetchChunkHandlers),
            "PRELOAD" => positive.Count > 0 && requirements.HasAny(RuntimeGlobals.PreloadChunkHandlers),
            _ => true,
        });
        var attributes = new StringBuilder();
        foreach (var (name, value) in options.Attributes)
            attributes.Append("\tlinkTag.setAttribute(").Append(CodeGenerationContext.JsonString(name)).Append(", ").Append(CodeGenerationContext.JsonString(value)).Append(");\n");
        var crossOrigin = output.CrossOriginLoading is { Length: > 0 } mode
            ? "\tif (linkTag.href.indexOf(window.location.origin + '/') !== 0) {\n\t\tlinkTag.crossOrigin = " + CodeGenerationContext.JsonString(mode) + ";\n\t}\n"
            : "";
        var insert = options.InsertFunction is { } function
            ? "\t(" + function + ")(linkTag);\n"
            : options.Insert is { } selector
                ? "\tvar target = document.querySelector(" + CodeGenerationContext.JsonString(selector) + ");\n\ttarget.parentNode.insertBefore(linkTag, target.nextSibling);\n"
                : "\tif (oldTag) {\n\t\toldTag.parentNode.insertBefore(linkTag, oldTag.nextSibling);\n\t} else {\n\t\tdocument.head.appendChild(linkTag);\n\t}\n";
        var crossOriginPreload = output.CrossOriginLoading switch
        {
            null or "" => "",
            "use-credentials" => "\t\tlink.crossOrigin = \"use-credentials\";\n",
            var preloadMode => "\t\tif (link.href.indexOf(window.location.origin + '/') !== 0) {\n\t\t\tlink.crossOrigin = " + CodeGenerationContext.JsonString(preloadMode) + ";\n\t\t}\n",
        };
        return template
            .Replace("$ATTRIBUTES$\n", attributes.ToString(), StringComparison.Ordinal)
            .Replace("$LINK_TYPE$\n", options.LinkType is { } linkType ? "\tlinkTag.type = " + CodeGenerationContext.JsonString(linkType) + ";\n" : "", StringComparison.Ordinal)
            .Replace("$CROSS_ORIGIN$\n", crossOrigin, StringComparison.Ordinal)
            .Replace("$INSERT$\n", insert, StringComparison.Ordinal)
            .Replace("$INSTALLED_CHUNKS$", installed.ToString(), StringComparison.Ordinal)
            .Replace("$CSS_CHUNKS$", cssChunks.ToString(), StringComparison.Ordinal)
            .Replace("$HAS_CSS_MATCHER$", BooleanMatcher.Compile(positive, negative, "chunkId"), StringComparison.Ordinal)
            .Replace("$CROSS_ORIGIN_HINT$\n", output.CrossOriginLoading is { Length: > 0 } hint ? "\t\tlink.crossOrigin = " + CodeGenerationContext.JsonString(hint) + ";\n" : "", StringComparison.Ordinal)
            .Replace("$CROSS_ORIGIN_PRELOAD$\n", crossOriginPreload, StringComparison.Ordinal);
    }
}

/// <summary><c>__webpack_require__.miniCssF</c>: the extracted CSS file of a chunk, relative to the public path.</summary>
internal sealed class GetMiniCssFilenameRuntimeModule(IReadOnlyDictionary<Chunk, (string Filename, Sharpack.Sources.Source Source, Core.AssetInfo Info)> files) : RuntimeModule
{
    /// <inheritdoc />
    public override string Name => "webpack/runtime/get mini-css chunk filename";

    /// <inheritdoc />
    public override bool DependsOnHashes => true;

    /// <inheritdoc />
    public override bool ShouldIsolate => false;

    /// <inheritdoc />
    public override string Generate(RuntimeTemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var builder = new StringBuilder("// This function allow to reference async chunks\n__webpack_require__.miniCssF = (chunkId) => {\n\t// return url for filenames based on template\n");
        return GetChunkCssFilenameRuntimeModule.ReturnFileOf(builder, context.Chunk is null ? [] : ChunkLoading.AsyncChunks(context.Chunk), files);
    }
}
