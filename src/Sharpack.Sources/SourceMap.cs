// A version 3 source map (https://tc39.es/ecma426/) as webpack-sources' RawSourceMap: the
// fields, JSON in and out, and decoding helpers. Maps made by sources come out with file "x"
// and the field order version, file, mappings, sources, sourcesContent, names (then
// sourceRoot, if any), like webpack's objects, and ToJson escapes strings exactly as
// JSON.stringify does, so an emitted .map file is byte-for-byte webpack's for the same map.
// (A map passed through unchanged, as SourceMapSource without an inner map returns it, is
// written in this order too, where webpack keeps the order of the object it was given.)

using System.Globalization;
using System.Text;
using System.Text.Json;
using Sharpack.Sources.Helpers;

namespace Sharpack.Sources;

/// <summary>A version 3 source map.</summary>
public sealed class SourceMap
{
    /// <summary>The format version; always 3.</summary>
    public int Version { get; init; } = 3;

    /// <summary>The generated file the map belongs to ("x" in maps made by sources, as in webpack-sources).</summary>
    public string? File { get; init; }

    /// <summary>The Base64 VLQ mappings.</summary>
    public required string Mappings { get; init; }

    /// <summary>Original source names; an entry may be null in maps made from broken input, as in webpack-sources.</summary>
    public required IReadOnlyList<string?> Sources { get; init; }

    /// <summary>Original source texts by source index, or null; it may be shorter than <see cref="Sources"/>.</summary>
    public IReadOnlyList<string?>? SourcesContent { get; init; }

    /// <summary>Names that mappings refer to.</summary>
    public IReadOnlyList<string?> Names { get; init; } = [];

    /// <summary>A prefix for every entry of <see cref="Sources"/>, or null.</summary>
    public string? SourceRoot { get; init; }

    /// <summary>Indexes into <see cref="Sources"/> that debuggers skip (third-party code), or null.</summary>
    public IReadOnlyList<int>? IgnoreList { get; init; }

    /// <summary>The map's debug id (a UUID that the generated file names too), or null.</summary>
    public string? DebugId { get; init; }

    /// <summary>
    /// The source name at <paramref name="index"/> joined with <see cref="SourceRoot"/>
    /// (follows webpack-sources helpers/getSource.js); null for a negative index.
    /// </summary>
    public string? GetSource(int index)
    {
        if (index < 0)
        {
            return null;
        }
        var source = index < Sources.Count ? Sources[index] : null;
        var root = SourceRoot;
        if (string.IsNullOrEmpty(root))
        {
            return source;
        }
        return root.EndsWith('/') ? root + source : root + "/" + source;
    }

    /// <summary>The content of the source at <paramref name="index"/>, or null when the map has none.</summary>
    public string? GetSourceContent(int index) =>
        SourcesContent is { } contents && (uint)index < (uint)contents.Count ? contents[index] : null;

    /// <summary>Decodes <see cref="Mappings"/>.</summary>
    public List<Mapping> DecodeMappings() => MappingsReader.Decode(Mappings);

    /// <summary>
    /// The original position of a generated one: the closest mapping at or before
    /// <paramref name="column"/> (0-based) on <paramref name="line"/> (1-based). Null when nothing
    /// maps there. Follows webpack-sources helpers/sourceMap.js originalPositionFor; it decodes
    /// the whole map, so it suits one-off lookups.
    /// </summary>
    public OriginalPosition? OriginalPositionFor(int line, int column)
    {
        var finder = new PositionFinder(line, column);
        MappingsReader.Read(Mappings, finder);
        if (finder.SourceIndex < 0 || finder.SourceIndex >= Sources.Count)
        {
            return null;
        }
        var name = finder.NameIndex >= 0 && finder.NameIndex < Names.Count ? Names[finder.NameIndex] : null;
        return new OriginalPosition(GetSource(finder.SourceIndex), finder.OriginalLine, finder.OriginalColumn, name);
    }

    /// <summary>The map as JSON, with strings escaped as JavaScript's JSON.stringify escapes them.</summary>
    public string ToJson()
    {
        var json = new StringBuilder(Mappings.Length + 64);
        json.Append("{\"version\":").Append(Version.ToString(CultureInfo.InvariantCulture));
        if (File is not null)
        {
            json.Append(",\"file\":");
            JsonText.AppendString(json, File);
        }
        json.Append(",\"mappings\":");
        JsonText.AppendString(json, Mappings);
        json.Append(",\"sources\":");
        JsonText.AppendArray(json, Sources);
        if (SourcesContent is not null)
        {
            json.Append(",\"sourcesContent\":");
            JsonText.AppendArray(json, SourcesContent);
        }
        json.Append(",\"names\":");
        JsonText.AppendArray(json, Names);
        if (SourceRoot is not null)
        {
            json.Append(",\"sourceRoot\":");
            JsonText.AppendString(json, SourceRoot);
        }
        if (IgnoreList is not null)
        {
            json.Append(",\"ignoreList\":[");
            for (var i = 0; i < IgnoreList.Count; i++)
            {
                if (i > 0)
                    json.Append(',');
                json.Append(IgnoreList[i].ToString(CultureInfo.InvariantCulture));
            }
            json.Append(']');
        }
        if (DebugId is not null)
        {
            json.Append(",\"debugId\":");
            JsonText.AppendString(json, DebugId);
        }
        json.Append('}');
        return json.ToString();
    }

    /// <summary>The map as UTF-8 JSON (see <see cref="ToJson"/>).</summary>
    public byte[] ToJsonUtf8() => Encoding.UTF8.GetBytes(ToJson());

    /// <summary>Reads a map from JSON text.</summary>
    /// <exception cref="FormatException">The text is not a JSON object with a mappings string.</exception>
    public static SourceMap Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = ParseDocument(() => JsonDocument.Parse(json));
        return FromElement(document.RootElement);
    }

    /// <summary>Reads a map from UTF-8 JSON.</summary>
    /// <exception cref="FormatException">The text is not a JSON object with a mappings string.</exception>
    public static SourceMap Parse(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = ParseDocument(() => JsonDocument.Parse(utf8Json));
        return FromElement(document.RootElement);
    }

    private static JsonDocument ParseDocument(Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException e)
        {
            throw new FormatException("The source map is not valid JSON: " + e.Message, e);
        }
    }

    private static SourceMap FromElement(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object ||
            !root.TryGetProperty("mappings", out var mappings) || mappings.ValueKind != JsonValueKind.String)
        {
            throw new FormatException("A source map must be a JSON object with a \"mappings\" string.");
        }
        return new SourceMap
        {
            Version = root.TryGetProperty("version", out var version) && version.TryGetInt32(out var v) ? v : 3,
            File = GetString(root, "file"),
            Mappings = mappings.GetString()!,
            Sources = GetStrings(root, "sources") ?? [],
            SourcesContent = GetStrings(root, "sourcesContent"),
            Names = GetStrings(root, "names") ?? [],
            SourceRoot = GetString(root, "sourceRoot"),
        };
    }

    private static string? GetString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string?[]? GetStrings(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        var result = new string?[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            result[i++] = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
        }
        return result;
    }

    private sealed class PositionFinder(int line, int column) : IMappingVisitor
    {
        public int SourceIndex { get; private set; } = -1;

        public int OriginalLine { get; private set; } = -1;

        public int OriginalColumn { get; private set; } = -1;

        public int NameIndex { get; private set; } = -1;

        public void OnMapping(int generatedLine, int generatedColumn, int sourceIndex, int originalLine, int originalColumn, int nameIndex)
        {
            // Mappings arrive in generated order, so the last one at or before the column wins.
            if (generatedLine != line || generatedColumn > column)
            {
                return;
            }
            SourceIndex = sourceIndex;
            OriginalLine = originalLine;
            OriginalColumn = originalColumn;
            NameIndex = nameIndex;
        }
    }
}
