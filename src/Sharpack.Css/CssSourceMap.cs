// Source maps for CSS the printer and the minifier write: each token written maps to where it
// stands in the source (lines end at LF, CR or CRLF and columns count UTF-16 units, as source map
// consumers count them).

using Sharpack.Sources;

namespace Sharpack.Css;

internal static class CssSourceMap
{
    /// <summary>A map from generated (line, column) positions to source offsets, given in generated order.</summary>
    public static SourceMap? Build(string source, string? sourceName, bool includeContent, IEnumerable<(int Line, int Column, int Offset)> mappings)
    {
        var lineStarts = LineStarts(source);
        using var builder = new SourceMapBuilder();
        builder.OnSource(0, sourceName ?? "stdin.css", includeContent ? source : null);
        foreach (var (line, column, offset) in mappings)
        {
            var originalLine = LineOf(lineStarts, offset);
            // The builder counts lines from 1 (as webpack-sources does).
            builder.AddMapping(line + 1, column, 0, originalLine + 1, offset - lineStarts[originalLine], -1);
        }
        return builder.ToSourceMap(file: null);
    }

    private static List<int> LineStarts(string source)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\r' && i + 1 < source.Length && source[i + 1] == '\n')
                i++;
            if (c is '\n' or '\r')
                starts.Add(i + 1);
        }
        return starts;
    }

    private static int LineOf(List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }
}
