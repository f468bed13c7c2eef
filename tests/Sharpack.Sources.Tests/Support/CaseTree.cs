// Builds a Source from the JSON tree form of tools/generate-expectations.cjs, the same way the
// generator builds webpack-sources objects, so both sides run the same case.

using System.Text.Json;

namespace Sharpack.Sources.Tests;

internal static class CaseTree
{
    public static Source Build(string json)
    {
        using var document = JsonDocument.Parse(json);
        return (Source)BuildNode(document.RootElement);
    }

    private static object BuildNode(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.String)
        {
            return node.GetString()!;
        }
        switch (node.GetProperty("t").GetString())
        {
            case "raw":
                return new RawSource(node.GetProperty("v").GetString()!);
            case "orig":
                return new OriginalSource(node.GetProperty("v").GetString()!, node.GetProperty("n").GetString()!);
            case "replace":
                {
                    var source = new ReplaceSource((Source)BuildNode(node.GetProperty("s")), OptionalString(node, "n"));
                    foreach (var op in node.GetProperty("ops").EnumerateArray())
                    {
                        if (op[0].GetString() == "r")
                        {
                            source.Replace(op[1].GetInt32(), op[2].GetInt32(), op[3].GetString()!, ArrayString(op, 4));
                        }
                        else
                        {
                            source.Insert(op[1].GetInt32(), op[2].GetString()!, ArrayString(op, 3));
                        }
                    }
                    return source;
                }
            case "concat":
                {
                    var concat = new ConcatSource();
                    foreach (var child in node.GetProperty("c").EnumerateArray())
                    {
                        switch (BuildNode(child))
                        {
                            case string text:
                                concat.Add(text);
                                break;
                            case Source source:
                                concat.Add(source);
                                break;
                        }
                    }
                    return concat;
                }
            case "prefix":
                return new PrefixSource(node.GetProperty("p").GetString()!, (Source)BuildNode(node.GetProperty("s")));
            case "smap":
                return new SourceMapSource(
                    node.GetProperty("v").GetString()!,
                    node.GetProperty("n").GetString()!,
                    SourceMap.Parse(node.GetProperty("map").GetRawText()),
                    OptionalString(node, "orig"),
                    node.TryGetProperty("inner", out var inner) ? SourceMap.Parse(inner.GetRawText()) : null,
                    node.TryGetProperty("remove", out var remove) && remove.GetBoolean());
            case "cached":
                return new CachedSource((Source)BuildNode(node.GetProperty("s")));
            default:
                throw new InvalidOperationException("unknown node " + node);
        }
    }

    private static string? OptionalString(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? ArrayString(JsonElement array, int index) =>
        array.GetArrayLength() > index && array[index].ValueKind == JsonValueKind.String ? array[index].GetString() : null;
}
