// The CSS minifier: the printer's compact output, plus rewrites that never change what a browser
// renders — comments dropped (`/*!` ones kept), numbers and units shortened (`0.50em` → `.5em`,
// `0px` → `0` where a length is meant), colors shortened (`#ffffff` → `#fff`, `rgb(255,0,0)` →
// `red`), empty rules dropped, a declaration repeated with the same value and priority in one
// block kept once (the last), and the last `;` of a block left out. Custom properties and the
// values of unknown at-rules are kept as written: their text is their meaning.

using System.Text;

namespace Sharpack.Css;

/// <summary>Options for <see cref="CssMinifier.Minify(string, CssMinifyOptions?)"/>.</summary>
public sealed class CssMinifyOptions
{
    /// <summary>Keep <c>/*! … */</c> comments (licenses), as cssnano and lightningcss do. On by default.</summary>
    public bool KeepImportantComments { get; init; } = true;
}

/// <summary>What <see cref="CssMinifier.Minify(string, CssMinifyOptions?)"/> returns.</summary>
/// <param name="Code">The minified CSS.</param>
/// <param name="Errors">The parse errors recovered from (the output keeps what browsers keep).</param>
public sealed record CssMinifyResult(string Code, IReadOnlyList<CssParseError> Errors);

/// <summary>Minifies CSS text.</summary>
public static class CssMinifier
{
    /// <summary>Minifies <paramref name="source"/>.</summary>
    public static CssMinifyResult Minify(string source, CssMinifyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= new CssMinifyOptions();
        var sheet = CssParser.ParseStylesheet(source);
        var text = new StringBuilder(source.Length / 2);
        if (options.KeepImportantComments)
        {
            foreach (var comment in sheet.Comments)
            {
                if (comment.End - comment.Start >= 3 && source[comment.Start + 2] == '!')
                    text.Append(source, comment.Start, comment.End - comment.Start).Append('\n');
            }
        }
        text.Append(CssPrinter.Print(sheet, minify: true));
        return new CssMinifyResult(text.ToString(), sheet.Errors);
    }
}
