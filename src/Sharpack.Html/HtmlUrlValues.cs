// The attribute values that hold one URL, read as webpack's parseSrc and parseMsapplicationTask
// read them: the URL with where it is in the value, so a build rewrites exactly its span.

namespace Sharpack.Html;

/// <summary>Parses attribute values holding a single URL.</summary>
public static class HtmlUrlValues
{
    /// <summary>
    /// A <c>src</c>-like value: the URL without the spaces, controls and U+00A0 around it (and without
    /// the controls inside it); false with webpack's message when nothing is left.
    /// </summary>
    public static bool TryParseSrc(string input, out HtmlSrcsetCandidate url, out string? error)
    {
        ArgumentNullException.ThrowIfNull(input);
        url = default;
        error = "Must be non-empty";
        int start = 0, end = input.Length;
        while (start < end && IsBlank(input[start]))
            start++;
        while (end > start && IsBlank(input[end - 1]))
            end--;
        if (start == end)
            return false;
        var value = input[start..end];
        // webpack's IGNORE_CHARS_REGEXP: C0 and C1 controls and U+00A0 are no part of the URL.
        if (value.AsSpan().IndexOfAnyInRange('\u0000', '\u001F') >= 0 || value.AsSpan().IndexOfAnyInRange('\u007F', '\u00A0') >= 0)
        {
            var kept = new System.Text.StringBuilder(value.Length);
            foreach (var c in value)
            {
                if (!(c <= '\u001F' || c is >= '\u007F' and <= '\u00A0'))
                    kept.Append(c);
            }
            if (kept.Length == 0)
                return false;
            value = kept.ToString();
        }
        error = null;
        url = new HtmlSrcsetCandidate(value, start, end);
        return true;
    }

    /// <summary>
    /// The <c>icon-uri</c> part of an <c>msapplication-task</c> meta value
    /// (<c>name=…; action-uri=…; icon-uri=…</c>), the one URL of it that is an asset; false when it has none.
    /// </summary>
    public static bool TryParseMsapplicationTask(string input, out HtmlSrcsetCandidate url)
    {
        ArgumentNullException.ThrowIfNull(input);
        url = default;
        var position = 0;
        while (position < input.Length)
        {
            var separator = input.IndexOf(';', position);
            if (separator < 0)
                separator = input.Length;
            var equals = input.IndexOf('=', position);
            if (equals >= 0 && equals < separator && input.AsSpan(position, equals - position).Trim().Equals("icon-uri", StringComparison.OrdinalIgnoreCase))
            {
                int start = equals + 1, end = separator;
                while (start < end && IsSpace(input[start]))
                    start++;
                while (end > start && IsSpace(input[end - 1]))
                    end--;
                if (start == end)
                    return false;
                url = new HtmlSrcsetCandidate(input[start..end], start, end);
                return true;
            }
            position = separator + 1;
        }
        return false;
    }

    // parseSrc trims code points up to U+0020 and U+00A0.
    private static bool IsBlank(char c) => c <= ' ' || c == '\u00A0';

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
