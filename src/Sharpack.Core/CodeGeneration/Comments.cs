// Comments Sharpack writes into bundles that quote user text (requests, module names, chunk
// names). No file or folder name may end such a comment and put code in the bundle, so `*/`
// inside the text is broken up exactly as webpack breaks it: "* /" in Template.toComment and
// toNormalComment, "*_/" in ModuleInfoHeaderPlugin's module headers.

namespace Sharpack.Core.CodeGeneration;

/// <summary>Builds comments around user text that the text cannot end.</summary>
public static class Comments
{
    /// <summary>The text with every <c>*/</c> as <c>* /</c> (webpack's COMMENT_END_REGEX replacement).</summary>
    public static string Escape(string text) =>
        text.Contains("*/", StringComparison.Ordinal) ? text.Replace("*/", "* /", StringComparison.Ordinal) : text;

    /// <summary>webpack's Template.toComment: <c>/*! text */</c>, or "" for no text.</summary>
    public static string ToComment(string text) => text.Length == 0 ? "" : "/*! " + Escape(text) + " */";

    /// <summary>webpack's Template.toNormalComment: <c>/* text */</c>, or "" for no text.</summary>
    public static string ToNormalComment(string text) => text.Length == 0 ? "" : "/* " + Escape(text) + " */";

    /// <summary>
    /// webpack's module header (ModuleInfoHeaderPlugin, output.pathinfo): the module's readable
    /// name framed by stars, with <c>*/</c> in it as <c>*_/</c>.
    /// </summary>
    public static string ModuleHeader(string readableName)
    {
        var name = readableName.Contains("*/", StringComparison.Ordinal) ? readableName.Replace("*/", "*_/", StringComparison.Ordinal) : readableName;
        var stars = new string('*', name.Length + 8);
        return $"/*!{stars}!*\\\n  !*** {name} ***!\n  \\{stars}/\n";
    }
}
