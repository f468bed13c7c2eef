// JSON.stringify of strings: the resolver's error messages quote what the package wrote the way
// enhanced-resolve's (JavaScript) messages do, and JSON modules are written as webpack writes them
// (Sharpack.Plugins' JsonStringify, with webpack's line separators escaped). System.Text.Json's
// serializer would also escape HTML-sensitive characters (`+`, `<`, `'`) and needs reflection,
// which the native (ahead-of-time compiled) CLI does not have.

using System.Text;

namespace Sharpack.Resolver;

/// <summary>JavaScript's <c>JSON.stringify</c> for strings.</summary>
public static class JsonText
{
    /// <summary><c>JSON.stringify(value)</c>: quoted, with quotes, backslashes, control characters and lone surrogates escaped.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        Append(builder, value);
        return builder.ToString();
    }

    /// <summary><c>JSON.stringify(values)</c> of an array of strings: <c>["a","b"]</c>.</summary>
    public static string QuoteArray(IEnumerable<string> values)
    {
        var builder = new StringBuilder("[");
        var first = true;
        foreach (var value in values)
        {
            if (!first) builder.Append(',');
            first = false;
            Append(builder, value);
        }
        return builder.Append(']').ToString();
    }

    /// <summary>
    /// Appends <c>JSON.stringify(value)</c> (a well-formed string: lone surrogates as <c>\uXXXX</c>);
    /// with <paramref name="escapeLineSeparators"/> also U+2028 and U+2029, as webpack's
    /// stringifySafe does for code (older engines end a string literal at them).
    /// </summary>
    public static void Append(StringBuilder builder, string value, bool escapeLineSeparators = false)
    {
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\u2028' when escapeLineSeparators: builder.Append("\\u2028"); break;
                case '\u2029' when escapeLineSeparators: builder.Append("\\u2029"); break;
                default:
                    if (c < ' ' || (char.IsSurrogate(c) && !IsPairAt(value, i)))
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    else if (char.IsHighSurrogate(c))
                        builder.Append(c).Append(value[++i]);
                    else
                        builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
    }

    private static bool IsPairAt(string value, int i) =>
        char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
}
