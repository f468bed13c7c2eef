// Follows webpack-sources lib/helpers/splitIntoLines.js, as offsets instead of substrings:
// line i is text[Start(i)..End(i)) and includes its '\n'; a last line without '\n' counts, an
// empty text has no lines. One int per line instead of one string per line.

namespace Sharpack.Sources.Helpers;

internal sealed class LineIndex
{
    private readonly string _text;
    private readonly int[] _starts;

    private LineIndex(string text, int[] starts)
    {
        _text = text;
        _starts = starts;
    }

    public int Count => _starts.Length;

    public string Text => _text;

    public static LineIndex Create(string text)
    {
        if (text.Length == 0)
        {
            return new LineIndex(text, []);
        }
        var span = text.AsSpan();
        var count = span.Count('\n') + (text[^1] == '\n' ? 0 : 1);
        var starts = new int[count];
        var offset = 0;
        for (var i = 0; i < count; i++)
        {
            starts[i] = offset;
            var newline = span[offset..].IndexOf('\n');
            offset = newline < 0 ? text.Length : offset + newline + 1;
        }
        return new LineIndex(text, starts);
    }

    public int Start(int index) => _starts[index];

    public int End(int index) => index + 1 < _starts.Length ? _starts[index + 1] : _text.Length;

    /// <summary>Line <paramref name="index"/> (0-based) with its line feed.</summary>
    public ReadOnlySpan<char> Line(int index) => _text.AsSpan(_starts[index], End(index) - _starts[index]);

    /// <summary>JavaScript's <c>line.slice(start, end)</c>: both ends clamped to the line, empty when end is before start.</summary>
    public ReadOnlySpan<char> Slice(int index, int start, int end)
    {
        var line = Line(index);
        start = Math.Clamp(start, 0, line.Length);
        end = Math.Clamp(end, 0, line.Length);
        return end <= start ? default : line[start..end];
    }

    /// <summary>JavaScript's <c>line.slice(start)</c>.</summary>
    public ReadOnlySpan<char> Slice(int index, int start)
    {
        var line = Line(index);
        return line[Math.Clamp(start, 0, line.Length)..];
    }
}
