// Names a page's consumers ask about: the camel-cased names SVG elements have in the tree, and the
// script types that are JavaScript (WHATWG HTML's JavaScript MIME type essence matches, webpack's
// JAVASCRIPT_SCRIPT_TYPES).

namespace Sharpack.Html;

/// <summary>Element names and script types.</summary>
public static class HtmlNames
{
    private static readonly HashSet<string> s_javaScriptTypes = new(StringComparer.Ordinal)
    {
        "", "module", "application/ecmascript", "application/javascript", "application/x-ecmascript", "application/x-javascript",
        "text/ecmascript", "text/javascript", "text/javascript1.0", "text/javascript1.1", "text/javascript1.2", "text/javascript1.3",
        "text/javascript1.4", "text/javascript1.5", "text/jscript", "text/livescript", "text/x-ecmascript", "text/x-javascript",
    };

    /// <summary>The name an SVG element written <paramref name="lowercase"/> has in the tree (<c>feimage</c> → <c>feImage</c>), or null when it keeps it.</summary>
    public static string? AdjustedSvgTagName(string lowercase) => HtmlElements.SvgTagNames.TryGetValue(lowercase, out var adjusted) ? adjusted : null;

    /// <summary>Whether a <c>&lt;script type&gt;</c> (trimmed, lowercased) makes the script run as JavaScript.</summary>
    public static bool IsJavaScriptType(string type) => s_javaScriptTypes.Contains(type);
}
