// Follows webpack lib/dependencies/URLDependency.js: `new URL("./file.png", import.meta.url)` names
// an asset module; the request and import.meta.url become the asset's URL (its module's exports)
// and the base URI the runtime knows, `new URL(__webpack_require__(id), __webpack_require__.b)`.
// With parser.url "relative" the whole expression becomes `new __webpack_require__.U(…)`, a URL
// whose href stays relative.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Url;

/// <summary><c>new URL("./x", import.meta.url)</c>: an asset's URL.</summary>
/// <param name="request">The URL's request (the first argument's value).</param>
/// <param name="relative">parser.url is "relative".</param>
public sealed class UrlDependency(string request, bool relative) : Dependency
{
    /// <inheritdoc />
    public override string TypeName => Resolve ? "import.meta.resolve()" : "new URL()";

    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override DependencyCategory Category => DependencyCategory.Url;

    /// <summary>parser.url is "relative": the URL keeps a relative href.</summary>
    public bool Relative { get; } = relative;

    /// <summary>Where the whole <c>new URL(…)</c> expression starts (the range of <see cref="Dependency.Start"/> is its two arguments).</summary>
    public int OuterStart { get; init; }

    /// <summary>Where the whole <c>new URL(…)</c> expression ends.</summary>
    public int OuterEnd { get; init; }

    /// <summary>
    /// <c>import.meta.resolve("x")</c> (webpack's ImportMetaResolveDependency): the string form of
    /// the same URL, <c>(new URL(…)).href</c>, over the whole call.
    /// </summary>
    public bool Resolve { get; init; }

    /// <summary>
    /// The exports of this module through which the URL is reached (a top-level declaration only unused
    /// exports read; webpack's InnerGraph.onUsage), or null when always: the asset is not needed otherwise.
    /// </summary>
    public IReadOnlySet<string>? UsedByExports { get; set; }

    /// <inheritdoc />
    public override ConnectionCondition? GetCondition(ModuleGraph moduleGraph)
    {
        if (UsedByExports is not { } usedByExports)
            return null;
        return (connection, runtime) => JavaScript.Dependencies.CommonJs.CommonJsDependencyHelpers.UsedByExportsState(moduleGraph, connection, usedByExports, runtime);
    }

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Generation.Graph.GetConnection(this) is { } connection && !connection.IsTargetActive(context.Runtime))
        {
            context.Source.Replace(OuterStart, OuterEnd - 1, "/* unused asset import */ undefined");
            return;
        }
        // webpack's analyzable form for ES module output: `new URL("./file", import.meta.url)` names
        // the asset at the call site, the literal its own value is (a data URL, a generator
        // publicPath's) or its file named from the chunk this module is in.
        var analyzable = context.Generation.Analyzable;
        if (!Relative && !Resolve && Target is Assets.AssetModule asset && analyzable is not null && analyzable.Supports(AnalyzableForm.Url, context.Module)
            && (asset.LiteralUrl(context.Generation) ?? (asset.EmitsFile ? analyzable.AssetUrl(context.Module, asset.File(context.Generation.Options).OriginalFilename, context.Runtime) : null)) is { } literal)
        {
            context.Source.Replace(Start, End - 1, "/* asset import */ " + literal + ", " + context.Generation.Options.Output.ImportMetaName + ".url");
            return;
        }
        string moduleRaw;
        if (Target is null)
        {
            moduleRaw = MissingModuleCode.Expression(Request!);
        }
        else if (Target is Assets.AssetModule { JavaScriptWrapperUnused: true, EmitsFile: true } wrapperless)
        {
            // A wrapper-less asset has no exports to require: what the wrapper would have been.
            context.RuntimeRequirements |= RuntimeGlobals.PublicPath;
            moduleRaw = "__webpack_require__.p + " + CodeGenerationContext.JsonString(wrapperless.File(context.Generation.Options).OriginalFilename);
        }
        else
        {
            context.RuntimeRequirements |= RuntimeGlobals.Require;
            moduleRaw = "__webpack_require__(" + context.RequestComment(Request!) + context.ModuleIdLiteral(Target) + ")";
        }
        if (Resolve)
        {
            context.RuntimeRequirements |= Relative ? RuntimeGlobals.RelativeUrl : RuntimeGlobals.BaseUri;
            context.Source.Replace(OuterStart, OuterEnd - 1, Relative
                ? "(new __webpack_require__.U(/* asset import */ " + moduleRaw + ")).href"
                : "(new URL(/* asset import */ " + moduleRaw + ", __webpack_require__.b)).href");
            return;
        }
        if (Relative)
        {
            context.RuntimeRequirements |= RuntimeGlobals.RelativeUrl;
            context.Source.Replace(OuterStart, OuterEnd - 1, "/* asset import */ new __webpack_require__.U(" + moduleRaw + ")");
            return;
        }
        context.RuntimeRequirements |= RuntimeGlobals.BaseUri;
        context.Source.Replace(Start, End - 1, "/* asset import */ " + moduleRaw + ", __webpack_require__.b");
    }
}
