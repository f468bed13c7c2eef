// Follows webpack lib/container/options.js: Module Federation's options name their items as an
// array (strings, or objects mapping keys to items) or as one object; a string or array item is
// the simple form, an object the full one. Items keep the order the configuration gives.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sharpack.Plugins.Federation;

/// <summary>Reads Module Federation's keyed option lists.</summary>
internal static class FederationOptions
{
    /// <summary>
    /// The items of <paramref name="options"/> in order: a string item is <c>simple(item, item)</c>, an
    /// object's string or array value <c>simple(value, key)</c>, any other value <c>full(value, key)</c>.
    /// </summary>
    public static List<(string Key, T Value)> Parse<T>(JsonNode? options, Func<JsonNode, string, T> simple, Func<JsonObject, string, T> full, string what)
    {
        var items = new List<(string, T)>();
        void FromObject(JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                if (value is JsonArray || value?.GetValueKind() == JsonValueKind.String)
                    items.Add((key, simple(value!, key)));
                else if (value is JsonObject item)
                    items.Add((key, full(item, key)));
                else
                    throw new ArgumentException($"{what}: '{key}' should be a string, an array or an object.");
            }
        }
        switch (options)
        {
            case null:
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item?.GetValueKind() == JsonValueKind.String)
                        items.Add((item.GetValue<string>(), simple(item, item.GetValue<string>())));
                    else if (item is JsonObject obj)
                        FromObject(obj);
                    else
                        throw new ArgumentException($"{what}: unexpected options format (an item should be a string or an object).");
                }
                break;
            case JsonObject obj:
                FromObject(obj);
                break;
            default:
                throw new ArgumentException($"{what}: unexpected options format (should be an array or an object).");
        }
        return items;
    }

    /// <summary>The strings of a string-or-array node.</summary>
    public static List<string> Strings(JsonNode? node, string what)
    {
        if (node is JsonArray array)
        {
            var list = new List<string>(array.Count);
            foreach (var item in array)
                list.Add(item?.GetValueKind() == JsonValueKind.String ? item.GetValue<string>() : throw new ArgumentException($"{what} should hold strings."));
            return list;
        }
        if (node?.GetValueKind() == JsonValueKind.String)
            return [node.GetValue<string>()];
        throw new ArgumentException($"{what} should be a string or an array of strings.");
    }

    /// <summary>The string at <paramref name="key"/>, or null when it is absent.</summary>
    public static string? String(JsonObject? obj, string key) =>
        obj?[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>The boolean at <paramref name="key"/>, or null when it is absent or not a boolean.</summary>
    public static bool? Bool(JsonObject? obj, string key) =>
        obj?[key]?.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };

    /// <summary>webpack's <c>/^\.\.?(\/|$)/</c>: <c>.</c>, <c>..</c>, or a request starting <c>./</c> or <c>../</c>.</summary>
    public static bool IsRelativeRequest(string request) =>
        request.StartsWith("./", StringComparison.Ordinal) || request.StartsWith("../", StringComparison.Ordinal) || request is "." or "..";

    /// <summary>Whether <paramref name="obj"/> has <paramref name="key"/> set to <c>false</c>.</summary>
    public static bool IsFalse(JsonObject? obj, string key) => obj?[key]?.GetValueKind() == JsonValueKind.False;
}
