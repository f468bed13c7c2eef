// Follows webpack lib/dependencies/HtmlInlineHtmlDependency.js: an `<iframe srcdoc>` document is a
// `data:text/html` module of its own (generator extract "inline": never a file), whose rewritten
// HTML goes back into the attribute, escaped.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Html;

/// <summary>An HTML document inside an attribute of a page (<c>&lt;iframe srcdoc&gt;</c>).</summary>
/// <param name="request">The document as a <c>data:text/html;base64</c> URL.</param>
/// <remarks><see cref="Dependency.Start"/> and <see cref="Dependency.End"/> are the value's span in the page's source.</remarks>
public sealed class HtmlInlineHtmlDependency(string request) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override string TypeName => "html inline html";

    /// <inheritdoc />
    public override DependencyCategory Category => DependencyCategory.HtmlSrcdoc;

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Core.Runtime.RuntimeSpec? runtime) => ReferencedExport.None;

    /// <inheritdoc />
    /// <remarks>The document is written back when the page is rendered; in JavaScript it is nothing.</remarks>
    public override void Apply(TemplateContext context)
    {
    }

    /// <summary>The nested document's HTML (its URLs still placeholders the page resolves), escaped for the attribute.</summary>
    public string Text(CodeGenerationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var html = context.Graph.GetModule(this) is HtmlModule page ? page.Render(context) : "";
        return Sharpack.Html.HtmlEscape.AttributeValue(html);
    }
}
