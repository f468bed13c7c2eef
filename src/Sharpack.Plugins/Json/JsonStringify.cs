// JavaScript's JSON.stringify of a parsed JSON value, with no indentation: keys in their order,
// numbers as JavaScript writes them (1.0 is 1, 1e3 is 1000), strings with only what JSON needs
// escaped (quote, backslash, control characters, lone surrogates; U+2028 and U+2029 too, as
// webpack's stringifySafe: Sharpack.Resolver.JsonText), so the text webpack's JsonGenerator writes
// is the text Sharpack writes.

using System.Globalization;
using System.Text;
using System.Text.Json;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

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

    /// <summary>
    /// <c>JSON.stringify</c> of what webpack's JsonGenerator keeps of <paramref name="value"/> (an
    /// object or array) when its unlisted exports are unused (createObjectForExportsInfo): unused
    /// keys dropped, the rest under their used (mangled) names, nested values reduced where only
    /// their properties are used; an array keeps its used items with 0 in the holes, or becomes
    /// an object of its used indices (and <c>length</c>) when that is shorter and only indices are read.
    /// </summary>
    public static string Reduced(JsonElement value, ExportsInfo exportsInfo, RuntimeSpec? runtime)
    {
        var builder = new StringBuilder();
        WriteReduced(builder, value, exportsInfo, runtime);
        return builder.ToString();
    }

    private static void WriteReduced(StringBuilder builder, JsonElement value, ExportsInfo exportsInfo, RuntimeSpec? runtime)
    {
        if (exportsInfo.OtherExportsInfo.GetUsed(runtime) != UsageState.Unused)
        {
            Write(builder, value);
            return;
        }
        // (used name, value, nested exports to reduce the value by) for each used key, in Object.keys order.
        var kept = new List<(string Name, JsonElement Value, ExportsInfo? Nested)>();
        var isArray = value.ValueKind == JsonValueKind.Array;
        if (isArray)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
                Keep(kept, (index++).ToString(CultureInfo.InvariantCulture), item, exportsInfo, runtime);
        }
        else
        {
            var (order, values) = OwnKeys(value);
            foreach (var key in order)
                Keep(kept, key, values[key], exportsInfo, runtime);
        }
        if (!isArray)
        {
            WriteObject(builder, kept, runtime, lengthFirst: null);
            return;
        }
        // A JavaScript array assigned under the used names: index names fill items, others are
        // properties JSON.stringify leaves out.
        var items = new SortedDictionary<uint, int>();
        for (var i = 0; i < kept.Count; i++)
        {
            if (IsArrayIndex(kept[i].Name))
                items[uint.Parse(kept[i].Name, CultureInfo.InvariantCulture)] = i;
        }
        var reducedLength = items.Count == 0 ? 0L : (long)items.Keys.Last() + 1;
        long? lengthWhenUsed = exportsInfo.GetReadOnlyExportInfo("length").GetUsed(runtime) != UsageState.Unused ? value.GetArrayLength() : null;
        long sizeObjectMinusArray = 0;
        for (long i = 0; i < reducedLength; i++)
        {
            if (items.ContainsKey((uint)i))
                sizeObjectMinusArray += i.ToString(CultureInfo.InvariantCulture).Length + 3;
            else
                sizeObjectMinusArray -= 2;
        }
        if (lengthWhenUsed is { } used)
            sizeObjectMinusArray += used.ToString(CultureInfo.InvariantCulture).Length + 8 - ((used - reducedLength) * 2);
        if (sizeObjectMinusArray < 0 && CanCollapseArrayToObject(exportsInfo, runtime))
        {
            WriteObject(builder, kept, runtime, lengthWhenUsed);
            return;
        }
        var generatedLength = lengthWhenUsed is { } length ? Math.Max(length, reducedLength) : reducedLength;
        builder.Append('[');
        for (long i = 0; i < generatedLength; i++)
        {
            if (i > 0)
                builder.Append(',');
            if (items.TryGetValue((uint)i, out var at))
                WriteKept(builder, kept[at], runtime);
            else
                builder.Append('0');
        }
        builder.Append(']');
    }

    private static void Keep(List<(string Name, JsonElement Value, ExportsInfo? Nested)> kept, string key, JsonElement value, ExportsInfo exportsInfo, RuntimeSpec? runtime)
    {
        var info = exportsInfo.GetReadOnlyExportInfo(key);
        var used = info.GetUsed(runtime);
        if (used == UsageState.Unused)
            return;
        var nested = used == UsageState.OnlyPropertiesUsed && info.ExportsInfo is { } inner && value.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? inner : null;
        kept.Add((info.GetUsedName(key, runtime) ?? key, value, nested));
    }

    private static void WriteKept(StringBuilder builder, (string Name, JsonElement Value, ExportsInfo? Nested) entry, RuntimeSpec? runtime)
    {
        if (entry.Nested is { } nested)
            WriteReduced(builder, entry.Value, nested, runtime);
        else
            Write(builder, entry.Value);
    }

    // An object holding `kept` under their names (and `length` first, for an array collapsed to an
    // object), its keys in JavaScript's order: integer keys ascending, then the rest as assigned.
    private static void WriteObject(StringBuilder builder, List<(string Name, JsonElement Value, ExportsInfo? Nested)> kept, RuntimeSpec? runtime, long? lengthFirst)
    {
        var order = new List<int>(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            if (IsArrayIndex(kept[i].Name))
                order.Add(i);
        }
        order.Sort((a, b) => uint.Parse(kept[a].Name, CultureInfo.InvariantCulture).CompareTo(uint.Parse(kept[b].Name, CultureInfo.InvariantCulture)));
        var indices = order.Count;
        for (var i = 0; i < kept.Count; i++)
        {
            if (!IsArrayIndex(kept[i].Name))
                order.Add(i);
        }
        builder.Append('{');
        var first = true;
        for (var k = 0; k < order.Count; k++)
        {
            if (k == indices && lengthFirst is { } length)
            {
                if (!first)
                    builder.Append(',');
                first = false;
                builder.Append("\"length\":").Append(length.ToString(CultureInfo.InvariantCulture));
            }
            if (!first)
                builder.Append(',');
            first = false;
            Sharpack.Resolver.JsonText.Append(builder, kept[order[k]].Name, escapeLineSeparators: true);
            builder.Append(':');
            WriteKept(builder, kept[order[k]], runtime);
        }
        if (order.Count == indices && lengthFirst is { } trailing)
        {
            if (!first)
                builder.Append(',');
            builder.Append("\"length\":").Append(trailing.ToString(CultureInfo.InvariantCulture));
        }
        builder.Append('}');
    }

    // webpack's canCollapseArrToObject: an array may become an object only while nothing but its
    // indices and `length` is read (other names resolve on the prototype, where the two differ).
    private static bool CanCollapseArrayToObject(ExportsInfo exportsInfo, RuntimeSpec? runtime)
    {
        foreach (var info in exportsInfo.OwnedExports)
        {
            if (info.GetUsed(runtime) == UsageState.Unused)
                continue;
            var name = info.Name;
            if (name is not null && name != "length" && !IsCanonicalNumber(name))
                return false;
        }
        return true;
    }

    // `${Number(name)}` === name: the name is a number as JavaScript writes it.
    private static bool IsCanonicalNumber(string name) =>
        double.TryParse(name, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
        && Sharpack.JavaScript.JsNumber.ToString(number) == name;

    // An object's own keys as Object.keys lists them after JSON.parse: the last of duplicate keys
    // at the place of the first, integer keys (array indices) first, ascending.
    private static (List<string> Order, Dictionary<string, JsonElement> Values) OwnKeys(JsonElement value)
    {
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
        return (order, seen);
    }

    private static void Write(StringBuilder builder, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                builder.Append('{');
                var first = true;
                var (order, seen) = OwnKeys(value);
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
