// Follows webpack lib/dependencies/HtmlSourceDependency.js: a URL in a page (`<img src>`, a srcset
// candidate, an SVG `url(#…)` reference to another file, a meta image) names an asset module (the
// `url` category's default rule: asset/resource, asset/inline for a data: URL); the page gets the
// asset's URL in its span, or `data:,` when the module is missing or ignored.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Html;

/// <summary>A URL in an HTML page.</summary>
/// <param name="request">The URL, character references decoded (and a relative <c>&lt;base href&gt;</c> before it).</param>
/// <remarks><see cref="Dependency.Start"/> and <see cref="Dependency.End"/> are the URL's span in the page's source.</remarks>
public sealed class HtmlSourceDependency(string request) : Dependency, Assets.IAssetUrlDependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override string TypeName => "html source()";

    /// <inheritdoc />
    public override DependencyCategory Category => DependencyCategory.Url;

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Core.Runtime.RuntimeSpec? runtime) => ReferencedExport.None;

    /// <inheritdoc />
    /// <remarks>The URL is rewritten when the page is rendered; in JavaScript it is nothing.</remarks>
    public override void Apply(TemplateContext context)
    {
    }
}
