// Maps UTF-16 offsets to 1-based lines and columns, for error messages and code frames.
// The table of line starts is built on first use: most parses succeed and never ask for a
// position, so they should not pay for the scan. Line breaks are ECMAScript's LineTerminators
// (LF, CR, LS, PS) with CRLF counted once, so lines agree with what the parser reports.

using System.Buffers;

namespace Sharpack.JavaScript.Diagnostics;

/// <summary>Maps offsets in a source text to lines and columns.</summary>
public sealed class LineTable
{
    private static readonly SearchValues<char> s_lineTerminators = SearchValues.Create("\n\r\u2028\u2029");

    private readonly string _source;

    // Offsets of the first character of each line; [0] is always 0. Built lazily; two threads
    // racing to build it compute the same array, so the race is harmless.
    private int[]? _lineStarts;

    /// <summary>Creates a table for <paramref name="source"/>; the source is scanned on first use.</summary>
    public LineTable(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
    }

    /// <summary>The number of lines; an empty source, or one ending in a line break, has an empty last line.</summary>
    public int LineCount => LineStarts.Length;

    private int[] LineStarts => _lineStarts ??= Build(_source);

    /// <summary>
    /// 1-based line and 1-based column (in UTF-16 code units) of <paramref name="offset"/>.
    /// Offsets outside the source are clamped to it.
    /// </summary>
    public (int Line, int Column) GetLineColumn(int offset)
    {
        offset = Math.Clamp(offset, 0, _source.Length);
        var starts = LineStarts;
        var index = starts.AsSpan().BinarySearch(offset);
        // Not found: ~index is the first start greater than offset, so the line is the one before.
        if (index < 0)
            index = ~index - 1;
        return (index + 1, offset - starts[index] + 1);
    }

    /// <summary>Offset of the first character of the 1-based <paramref name="line"/>.</summary>
    public int GetLineStart(int line)
    {
        var starts = LineStarts;
        if ((uint)(line - 1) >= (uint)starts.Length)
            ThrowLineOutOfRange(line, starts.Length);
        return starts[line - 1];
    }

    /// <summary>The text of the 1-based <paramref name="line"/>, without its line terminator.</summary>
    public ReadOnlySpan<char> GetLineText(int line)
    {
        var starts = LineStarts;
        if ((uint)(line - 1) >= (uint)starts.Length)
            ThrowLineOutOfRange(line, starts.Length);
        var start = starts[line - 1];
        if (line == starts.Length)
            return _source.AsSpan(start);
        var end = starts[line];
        // The terminator is one character, or two for CRLF.
        end -= end >= 2 && _source[end - 1] == '\n' && _source[end - 2] == '\r' && end - 2 >= start ? 2 : 1;
        return _source.AsSpan(start, end - start);
    }

    private static int[] Build(string source)
    {
        // Guess about one line per 32 characters; the array doubles when the guess is low.
        var starts = new int[Math.Max(16, source.Length / 32)];
        var count = 1;
        var span = source.AsSpan();
        var position = 0;
        while (true)
        {
            var found = span[position..].IndexOfAny(s_lineTerminators);
            if (found < 0)
                break;
            position += found;
            position += span[position] == '\r' && position + 1 < span.Length && span[position + 1] == '\n' ? 2 : 1;
            if (count == starts.Length)
                Array.Resize(ref starts, starts.Length * 2);
            starts[count++] = position;
        }
        return count == starts.Length ? starts : starts.AsSpan(0, count).ToArray();
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowLineOutOfRange(int line, int lineCount) =>
        throw new ArgumentOutOfRangeException(nameof(line), line, $"Line must be between 1 and {lineCount}.");
}
