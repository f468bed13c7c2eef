// Follows webpack lib/dependencies/HtmlInlineStyleDependency.js: a page's `<style>` body or
// `style=""` value is a `data:text/css` CSS module (exportType "text"; an attribute's as
// declarations) whose processed text (URLs made the assets') goes back in its place, escaped for
// an attribute.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Html;

/// <summary>Inline CSS of an HTML page.</summary>
/// <param name="request">The CSS as a <c>data:text/css;base64</c> URL.</param>
/// <param name="attribute">The CSS is an attribute's declarations (<c>html-style-attribute</c>), not a stylesheet (<c>html-style</c>).</param>
/// <param name="inAttribute">The CSS stands in an attribute value: written back escaped, on one line.</param>
/// <remarks><see cref="Dependency.Start"/> and <see cref="Dependency.End"/> are the CSS's span in the page's source.</remarks>
public sealed class HtmlInlineStyleDependency(string request, bool attribute, bool inAttribute) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override string TypeName => "html inline style";

    /// <inheritdoc />
    public override DependencyCategory Category => attribute ? DependencyCategory.HtmlStyleAttribute : DependencyCategory.HtmlStyle;

    /// <summary>Whether the CSS stands in an attribute value.</summary>
    public bool InAttribute { get; } = inAttribute;

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Core.Runtime.RuntimeSpec? runtime) => ReferencedExport.None;

    /// <inheritdoc />
    /// <remarks>The CSS is written back when the page is rendered; in JavaScript it is nothing.</remarks>
    public override void Apply(TemplateContext context)
    {
    }

    /// <summary>The text that replaces the CSS: the CSS module's, escaped (and its trailing white space dropped) in an attribute.</summary>
    public string Text(CodeGenerationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Graph.GetModule(this) is Css.CssModule css ? css.CssText(context) : "";
        return InAttribute ? Sharpack.Html.HtmlEscape.AttributeValue(text.AsSpan().TrimEnd()) : text;
    }
}
