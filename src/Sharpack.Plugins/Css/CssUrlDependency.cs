// Follows webpack lib/dependencies/CssUrlDependency.js: a `url(x.png)`, `url("x.png")`,
// `src("x.png")` or an `image-set("x.png" 1x)` string names an asset module (the `url` category's
// default rule: asset/resource, asset/inline for a data: URL); the stylesheet gets the asset's URL
// in its place, escaped for where it stands.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Css;

/// <summary>How a URL stands in the stylesheet, which decides what replaces it.</summary>
public enum CssUrlKind : byte
{
    /// <summary>A string inside <c>url()</c> or <c>src()</c>: replaced by a string.</summary>
    String,
    /// <summary>An unquoted <c>url(x)</c> token, or an <c>image-set()</c> string: replaced by <c>url(…)</c>.</summary>
    Url,
}

/// <summary>A URL in a stylesheet.</summary>
/// <param name="request">The URL, unescaped.</param>
/// <param name="kind">What replaces it.</param>
public sealed class CssUrlDependency(string request, CssUrlKind kind) : Dependency, Assets.IAssetUrlDependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override string TypeName => "css url()";

    /// <inheritdoc />
    public override DependencyCategory Category => DependencyCategory.Url;

    /// <summary>What replaces the URL's range.</summary>
    public CssUrlKind Kind { get; } = kind;

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Core.Runtime.RuntimeSpec? runtime) => ReferencedExport.None;

    /// <inheritdoc />
    /// <remarks>The URL is rewritten when the stylesheet is rendered; in JavaScript it is nothing.</remarks>
    public override void Apply(TemplateContext context)
    {
    }

    /// <summary>
    /// webpack's cssEscapeString: <paramref name="url"/> as CSS can hold it: unquoted with <c>\</c> before
    /// spaces, parentheses and quotes when there are few of them, else quoted with the rarer quote.
    /// </summary>
    public static string Escape(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        int whiteOrBracket = 0, quotation = 0, apostrophe = 0;
        foreach (var c in url)
        {
            switch (c)
            {
                case '\t' or '\n' or ' ' or '(' or ')':
                    whiteOrBracket++;
                    break;
                case '"':
                    quotation++;
                    break;
                case '\'':
                    apostrophe++;
                    break;
            }
        }
        if (whiteOrBracket < 2)
            return EscapeChars(url, "\n\t ()'\"\\", null);
        return quotation <= apostrophe ? EscapeChars(url, "\n\"\\", '"') : EscapeChars(url, "\n'\\", '\'');
    }

    private static string EscapeChars(string text, string special, char? quote)
    {
        var builder = new System.Text.StringBuilder(text.Length + 4);
        if (quote is { } open)
            builder.Append(open);
        foreach (var c in text)
        {
            if (special.Contains(c, StringComparison.Ordinal))
                builder.Append('\\');
            builder.Append(c);
        }
        if (quote is { } close)
            builder.Append(close);
        return builder.ToString();
    }
}
