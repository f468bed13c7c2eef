// The CSS minifier: the printer's compact output, plus rewrites that never change what a browser
// renders — comments dropped (`/*!` ones kept), numbers and units shortened (`0.50em` → `.5em`,
// `0px` → `0` where a length is meant, fractions at their 32-bit float's digits), colors shortened
// (`#ffffff` → `#fff`, `rgb(255,0,0)` → `red`), constant calc() folded, transform functions and
// positions at their shortest, a box's four longhands merged into its shorthand, empty rules dropped,
// adjacent rules with the same selector or body merged, a declaration repeated with the same value
// and priority in one block kept once (the last), and the last `;` of a block left out. Custom
// properties and the values of unknown at-rules are kept as written: their text is their meaning.
// See CssPrinter.Minify*.cs for each rewrite and where it must not apply.

using System.Text;

namespace Sharpack.Css;

/// <summary>Options for <see cref="CssMinifier.Minify(string, CssMinifyOptions?)"/>.</summary>
public sealed class CssMinifyOptions
{
    /// <summary>Keep <c>/*! … */</c> comments (licenses), as cssnano and lightningcss do. On by default.</summary>
    public bool KeepImportantComments { get; init; } = true;

    /// <summary>Also build a source map (<see cref="CssMinifyResult.Map"/>).</summary>
    public bool SourceMap { get; init; }

    /// <summary>The source's name in the map's <c>sources</c>.</summary>
    public string? FileName { get; init; }

    /// <summary>Put the source text in the map's <c>sourcesContent</c>. On by default.</summary>
    public bool SourcesContent { get; init; } = true;
}

/// <summary>What <see cref="CssMinifier.Minify(string, CssMinifyOptions?)"/> returns.</summary>
/// <param name="Code">The minified CSS.</param>
/// <param name="Errors">The parse errors recovered from (the output keeps what browsers keep).</param>
public sealed record CssMinifyResult(string Code, IReadOnlyList<CssParseError> Errors)
{
    /// <summary>The source map, when <see cref="CssMinifyOptions.SourceMap"/> asked for one (null if nothing maps).</summary>
    public Sharpack.Sources.SourceMap? Map { get; init; }
}

/// <summary>Minifies CSS text.</summary>
public static class CssMinifier
{
    /// <summary>Minifies <paramref name="source"/>.</summary>
    public static CssMinifyResult Minify(string source, CssMinifyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= new CssMinifyOptions();
        var sheet = CssParser.ParseStylesheet(source);
        var comments = new StringBuilder();
        var mappings = options.SourceMap ? new List<(int Line, int Column, int Offset)>() : null;
        var line = 0;
        if (options.KeepImportantComments)
        {
            // License comments go first, a line each.
            foreach (var comment in sheet.Comments)
            {
                if (comment.End - comment.Start < 3 || source[comment.Start + 2] != '!')
                    continue;
                mappings?.Add((line, 0, comment.Start));
                var body = source.AsSpan(comment.Start, comment.End - comment.Start);
                comments.Append(body).Append('\n');
                line += CountLines(body) + 1;
            }
        }
        List<(int Column, int Offset)>? columns = null;
        var printed = mappings is null ? CssPrinter.Print(sheet, minify: true) : CssPrinter.Print(sheet, minify: true, out columns);
        // `@charset` counts only as the file's first bytes: it goes before the comments, or, when the
        // output is all ASCII (which every charset a stylesheet may name reads the same), goes.
        var charset = CharsetLength(printed);
        if (charset > 0 && Ascii.IsValid(printed) && IsAscii(comments))
            charset = -charset;
        if (mappings is null && comments.Length == 0 && charset == 0)
            return new CssMinifyResult(printed, sheet.Errors);
        var text = new StringBuilder(comments.Length + printed.Length);
        if (charset > 0)
            text.Append(printed, 0, charset);
        text.Append(comments).Append(printed, Math.Abs(charset), printed.Length - Math.Abs(charset));
        if (mappings is null)
            return new CssMinifyResult(text.ToString(), sheet.Errors);
        // The printed CSS's mappings: the kept @charset's on line 0 before the comments' (moved right
        // by it), the rest after the comments.
        var kept = charset > 0 ? charset : 0;
        var dropped = charset < 0 ? -charset : 0;
        var ordered = new List<(int Line, int Column, int Offset)>(mappings.Count + columns!.Count);
        foreach (var (column, offset) in columns)
        {
            if (column < kept)
                ordered.Add((0, column, offset));
        }
        foreach (var (commentLine, column, offset) in mappings)
            ordered.Add((commentLine, commentLine == 0 ? column + kept : column, offset));
        foreach (var (column, offset) in columns)
        {
            if (column >= kept + dropped)
                ordered.Add((line, column - dropped - (line > 0 ? kept : 0), offset));
        }
        mappings = ordered;
        return new CssMinifyResult(text.ToString(), sheet.Errors)
        {
            Map = CssSourceMap.Build(source, options.FileName, options.SourcesContent, mappings),
        };
    }

    // The length of the printed CSS's leading `@charset "…";`, or 0.
    private static int CharsetLength(string printed)
    {
        if (!printed.StartsWith("@charset \"", StringComparison.Ordinal))
            return 0;
        var end = printed.IndexOf("\";", 10, StringComparison.Ordinal);
        return end < 0 ? 0 : end + 2;
    }

    private static bool IsAscii(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            if (!Ascii.IsValid(chunk.Span))
                return false;
        }
        return true;
    }

    // Line breaks inside a comment (each moves what follows to a new generated line).
    private static int CountLines(ReadOnlySpan<char> text)
    {
        var lines = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                i++;
            if (c is '\n' or '\r')
                lines++;
        }
        return lines;
    }
}
