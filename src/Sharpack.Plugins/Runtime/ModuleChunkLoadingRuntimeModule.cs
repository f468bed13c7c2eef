// Follows webpack lib/esm/ModuleChunkLoadingRuntimeModule.js: with ES module output a chunk is
// an ES module exporting __webpack_ids__ and __webpack_modules__; `.f.j` imports it with a
// dynamic import(): relative to the runtime's own module with publicPath "auto" (which works in
// browsers and in node), else from the public path, as the chunk's other URLs are.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>import() chunk loading for <c>output.module</c>.</summary>
public sealed class ModuleChunkLoadingRuntimeModule(RuntimeGlobals requirements)
    : InstallingChunkLoadingRuntimeModule("import chunk loading", "module_chunk_loading", "0", requirements)
{
    /// <inheritdoc />
    protected override string HmrKey => "module";

    /// <summary>What the parts of the module that <paramref name="requirements"/> ask for use: the public path too unless it is "auto".</summary>
    public static RuntimeGlobals Needs(RuntimeGlobals requirements, OutputOptions output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var needs = Needs(requirements);
        if ((LoadsByChunkId(requirements) || requirements.HasAny(RuntimeGlobals.HmrDownloadUpdateHandlers | RuntimeGlobals.HmrDownloadManifest)) && output.PublicPath != "auto")
            needs |= RuntimeGlobals.PublicPath;
        return needs;
    }

    /// <inheritdoc />
    /// <remarks>webpack's analyzableChunkScriptUrls: <c>new URL("./chunk.mjs", import.meta.url).href</c> of every hinted chunk.</remarks>
    protected override List<(string Id, string Url)>? ChunkUrls(RuntimeTemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Chunk is { } chunk && context.Analyzable is { } analyzable ? analyzable.ChunkScriptUrls(chunk, ChunkLoading.HintedChunks(chunk)) : null;
    }

    /// <inheritdoc />
    protected override string ChunkImportBase(RuntimeTemplateContext context, string rootOutputDir)
    {
        ArgumentNullException.ThrowIfNull(context);
        var output = context.Options.Output;
        if (output.PublicPath == "auto" && output.PublicPathFunction is null)
            return rootOutputDir;
        // import() reads a bare specifier as a package name, so a public path that leaves one (""
        // or "dist/") is placed against the output root, as webpack's analyzable chunk URLs
        // (undo path + public path + file) are. A function's value is only known at run time.
        return output.PublicPathFunction is null && !AnalyzableStandIns.IsResolvable(output.PublicPath) ? rootOutputDir + " + __webpack_require__.p" : "__webpack_require__.p";
    }

    /// <inheritdoc />
    /// <remarks>ES module output: output.path as a URL relative to the runtime's own module.</remarks>
    protected override string BaseUri(RuntimeTemplateContext context, string rootOutputDir)
    {
        ArgumentNullException.ThrowIfNull(context);
        return "new URL(" + CodeGenerationContext.JsonString(rootOutputDir) + ", " + context.Options.Output.ImportMetaName + ".url)";
    }
}
