// Renders a Babel-style code frame: the lines around a position, numbered, with a '>' on the
// error line and a caret under the column.
//
//     1 | function f() {
//   > 2 |   return 1 +;
//       |             ^
//     3 | }
//
// Tabs before the column are copied into the caret line so the caret stays aligned whatever
// the tab width. Lines longer than a window (minified code) are cut to the columns around the
// error, with '…' where text was left out, so one frame never prints a megabyte line.

using System.Text;

namespace Sharpack.JavaScript.Diagnostics;

/// <summary>Formats source excerpts that point at a position.</summary>
public static class CodeFrame
{
    /// <summary>Lines are cut to this many UTF-16 units around the error column.</summary>
    public const int MaxLineWidth = 100;

    private const char Ellipsis = '…';

    /// <summary>
    /// The lines around <paramref name="offset"/> (<paramref name="contextLines"/> above and
    /// below), numbered, with the error line marked and a caret under the column. No trailing
    /// line break.
    /// </summary>
    public static string Format(string source, LineTable lines, int offset, int contextLines = 2)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentOutOfRangeException.ThrowIfNegative(contextLines);

        var (errorLine, column) = lines.GetLineColumn(offset);
        var firstLine = Math.Max(1, errorLine - contextLines);
        var lastLine = (int)Math.Min(lines.LineCount, (long)errorLine + contextLines);
        var numberWidth = CountDigits(lastLine);

        // One window of columns for every line, so the lines stay aligned with each other.
        var errorText = lines.GetLineText(errorLine);
        var caretIndex = Math.Min(column - 1, errorText.Length);
        var (windowStart, windowEnd) = ChooseWindow(errorText, caretIndex);

        var builder = new StringBuilder((lastLine - firstLine + 2) * (MaxLineWidth + numberWidth + 8));
        for (var line = firstLine; line <= lastLine; line++)
        {
            if (line != firstLine)
                builder.Append('\n');
            var isErrorLine = line == errorLine;
            builder.Append(isErrorLine ? '>' : ' ');
            builder.Append(' ');
            AppendPadded(builder, line, numberWidth);
            builder.Append(" |");

            var text = lines.GetLineText(line);
            if (text.Length > 0)
            {
                builder.Append(' ');
                AppendWindow(builder, text, windowStart, windowEnd);
            }

            if (isErrorLine)
            {
                builder.Append('\n');
                builder.Append(' ', numberWidth + 3);
                builder.Append("| ");
                if (windowStart > 0)
                    builder.Append(' '); // under the leading '…'
                foreach (var c in text[windowStart..caretIndex])
                    builder.Append(c == '\t' ? '\t' : ' ');
                builder.Append('^');
            }
        }
        return builder.ToString();
    }

    /// <summary><c>file:line:column: message</c>, a line break, then the code frame at the error.</summary>
    public static string FormatError(SyntaxError error, string source, LineTable lines)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.ToString() + "\n" + Format(source, lines, error.Offset);
    }

    // The columns [start, end) of every line to show: all of a short error line, else a
    // MaxLineWidth window centred on the caret. A window never splits a surrogate pair.
    private static (int Start, int End) ChooseWindow(ReadOnlySpan<char> errorText, int caretIndex)
    {
        if (errorText.Length <= MaxLineWidth)
            return (0, MaxLineWidth);
        var start = Math.Max(0, caretIndex - MaxLineWidth / 2);
        var end = start + MaxLineWidth;
        if (end > errorText.Length)
        {
            end = errorText.Length;
            start = Math.Max(0, end - MaxLineWidth);
        }
        if (start > 0 && start < errorText.Length && char.IsLowSurrogate(errorText[start]))
            start--;
        return (start, end);
    }

    private static void AppendWindow(StringBuilder builder, ReadOnlySpan<char> text, int windowStart, int windowEnd)
    {
        if (text.Length <= windowStart)
        {
            builder.Append(Ellipsis);
            return;
        }
        var end = Math.Min(windowEnd, text.Length);
        if (end < text.Length && end > windowStart && char.IsHighSurrogate(text[end - 1]))
            end++;
        if (windowStart > 0)
            builder.Append(Ellipsis);
        builder.Append(text[windowStart..end]);
        if (end < text.Length)
            builder.Append(Ellipsis);
    }

    private static void AppendPadded(StringBuilder builder, int number, int width)
    {
        builder.Append(' ', width - CountDigits(number));
        builder.Append(number);
    }

    private static int CountDigits(int number)
    {
        var digits = 1;
        while (number >= 10)
        {
            number /= 10;
            digits++;
        }
        return digits;
    }
}
