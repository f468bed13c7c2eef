// Writes JSON strings the way JavaScript's JSON.stringify does (ES2019 well-formed stringify):
// '"' '\\' and the control chars escaped (\b \f \n \r \t by name, others as \u00xx), lone
// surrogates as \udxxx, everything else (non-ASCII, '<', '/') literal. System.Text.Json's
// encoders escape more, which would make our .map files differ from webpack's.

using System.Text;

namespace Sharpack.Sources.Helpers;

internal static class JsonText
{
    private const string HexDigits = "0123456789abcdef";

    public static void AppendArray(StringBuilder json, IReadOnlyList<string?> items)
    {
        json.Append('[');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }
            if (items[i] is { } item)
            {
                AppendString(json, item);
            }
            else
            {
                json.Append("null");
            }
        }
        json.Append(']');
    }

    public static void AppendString(StringBuilder json, string value)
    {
        json.Append('"');
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\' && !char.IsSurrogate(c))
            {
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            json.Append(value, start, i - start);
            start = i + 1;
            switch (c)
            {
                case '"':
                    json.Append("\\\"");
                    break;
                case '\\':
                    json.Append("\\\\");
                    break;
                case '\b':
                    json.Append("\\b");
                    break;
                case '\f':
                    json.Append("\\f");
                    break;
                case '\n':
                    json.Append("\\n");
                    break;
                case '\r':
                    json.Append("\\r");
                    break;
                case '\t':
                    json.Append("\\t");
                    break;
                default:
                    json.Append("\\u")
                        .Append(HexDigits[(c >> 12) & 0xf])
                        .Append(HexDigits[(c >> 8) & 0xf])
                        .Append(HexDigits[(c >> 4) & 0xf])
                        .Append(HexDigits[c & 0xf]);
                    break;
            }
        }
        json.Append(value, start, value.Length - start);
        json.Append('"');
    }
}
