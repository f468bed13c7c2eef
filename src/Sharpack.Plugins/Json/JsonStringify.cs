// JavaScript's JSON.stringify of a parsed JSON value, with no indentation: keys in their order,
// numbers as JavaScript writes them (1.0 is 1, 1e3 is 1000), strings with only what JSON needs
// escaped (quote, backslash, control characters, lone surrogates; U+2028 and U+2029 too, as
// webpack's stringifySafe: Sharpack.Resolver.JsonText), so the text webpack's JsonGenerator writes
// is the text Sharpack writes.

using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sharpack.Plugins.Json;

internal static class JsonStringify
{
    /// <summary><c>JSON.stringify(value)</c>.</summary>
    public static string Of(JsonElement value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                builder.Append('{');
                var first = true;
                // JSON.parse keeps the last of duplicate keys, at the place of the first; the object
                // then lists integer keys (array indices) first, ascending, as every JavaScript object does.
                var seen = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                var order = new List<string>();
                foreach (var property in value.EnumerateObject())
                {
                    if (!seen.ContainsKey(property.Name))
                        order.Add(property.Name);
                    seen[property.Name] = property.Value;
                }
                if (order.Exists(IsArrayIndex))
                {
                    var indices = order.FindAll(IsArrayIndex);
                    indices.Sort(static (a, b) => uint.Parse(a, CultureInfo.InvariantCulture).CompareTo(uint.Parse(b, CultureInfo.InvariantCulture)));
                    indices.AddRange(order.FindAll(static key => !IsArrayIndex(key)));
                    order = indices;
                }
                foreach (var name in order)
                {
                    if (!first)
                        builder.Append(',');
                    first = false;
                    Sharpack.Resolver.JsonText.Append(builder, name, escapeLineSeparators: true);
                    builder.Append(':');
                    Write(builder, seen[name]);
                }
                builder.Append('}');
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in value.EnumerateArray())
                {
                    if (!firstItem)
                        builder.Append(',');
                    firstItem = false;
                    Write(builder, item);
                }
                builder.Append(']');
                break;
            case JsonValueKind.String:
                Sharpack.Resolver.JsonText.Append(builder, value.GetString()!, escapeLineSeparators: true);
                break;
            case JsonValueKind.Number:
                // JSON.parse reads every number as a double; an out-of-range one is Infinity, which JSON.stringify writes as null.
                var number = double.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
                builder.Append(double.IsFinite(number) ? Sharpack.JavaScript.JsNumber.ToString(number) : "null");
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    // A canonical array index: "0" or digits without a leading zero, below 2^32 - 1.
    private static bool IsArrayIndex(string key) =>
        key.Length is > 0 and <= 10 && (key == "0" || key[0] != '0') && key.All(char.IsAsciiDigit)
        && uint.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index != uint.MaxValue;
}
