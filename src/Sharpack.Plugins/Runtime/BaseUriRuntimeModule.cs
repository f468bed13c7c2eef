// Follows webpack lib/runtime/BaseUriRuntimeModule.js: where a chunk loads no chunks, no loader
// names the base URI an asset's `new URL(…)` resolves against, so it is the entry's baseUri,
// undefined without one (the URL then needs an absolute public path).

using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary><c>__webpack_require__.b</c> for a chunk without chunk loading.</summary>
public sealed class BaseUriRuntimeModule : RuntimeModule
{
    /// <inheritdoc />
    public override string Name => "webpack/runtime/base uri";

    /// <inheritdoc />
    public override int Stage => 10;

    /// <inheritdoc />
    public override bool ShouldIsolate => false;

    /// <inheritdoc />
    public override string Generate(RuntimeTemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Chunk?.GetEntryOptions()?.BaseUri is not { } baseUri)
            return "__webpack_require__.b = undefined;";
        // No loader names a base for a relative one to be read against: module output has its own URL, other output none.
        return context.Options.Output.Module
            ? ChunkLoading.RenderBaseUri(baseUri, context.Options.Output.ImportMetaName + ".url")
            : "__webpack_require__.b = " + Sharpack.Core.CodeGeneration.CodeGenerationContext.JsonString(baseUri) + ";";
    }
}
