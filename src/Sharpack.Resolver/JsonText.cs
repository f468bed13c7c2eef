// JSON.stringify of strings and string arrays for error messages, which quote what the package
// wrote the way enhanced-resolve's (JavaScript) messages do. System.Text.Json's serializer would
// also escape HTML-sensitive characters (`+`, `<`, `'`) and needs reflection, which the native
// (ahead-of-time compiled) CLI does not have.

using System.Text;

namespace Sharpack.Resolver;

/// <summary>JavaScript's <c>JSON.stringify</c> for strings.</summary>
internal static class JsonText
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

    private static void Append(StringBuilder builder, string value)
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
                default:
                    if (c < ' ' || (char.IsSurrogate(c) && !IsPairAt(value, i)))
                        builder.Append("\\u").Append(((int)c).ToString("x4"));
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
