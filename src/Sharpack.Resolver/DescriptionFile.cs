// A parsed package.json (or other description file): where it is, the folder it describes, and
// its JSON. Parsed once per path and shared by every resolution through ResolverCache. The
// compiled `exports`/`imports` maps are kept on the instance so each package pays for them once.

using System.Collections.Concurrent;
using System.Text.Json;

namespace Sharpack.Resolver;

/// <summary>A description file (package.json) found during resolution.</summary>
public sealed class DescriptionFile
{
    private ConcurrentDictionary<string, EntryPointsField?>? _fields;

    internal DescriptionFile(string path, string directory, JsonElement data)
    {
        Path = path;
        Directory = directory;
        Data = data;
    }

    /// <summary>The file's absolute path.</summary>
    public string Path { get; }

    /// <summary>The folder it describes (the package root).</summary>
    public string Directory { get; }

    /// <summary>The parsed content.</summary>
    public JsonElement Data { get; }

    /// <summary>The value of a top-level field, or null when absent.</summary>
    public JsonElement? Field(string name)
        => Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var value) ? value : null;

    // The compiled exports (isExports) or imports field of this file, null when it has none.
    internal EntryPointsField? EntryPoints(string fieldName, bool isExports)
    {
        _fields ??= new ConcurrentDictionary<string, EntryPointsField?>(StringComparer.Ordinal);
        var key = isExports ? fieldName : "\0" + fieldName;
        if (_fields.TryGetValue(key, out var field)) return field;
        var value = Field(fieldName);
        field = value is { } v && Truthy(v) ? new EntryPointsField(v, isExports) : null;
        return _fields.GetOrAdd(key, field);
    }

    /// <summary>JavaScript truthiness of a JSON value.</summary>
    internal static bool Truthy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.False or JsonValueKind.Undefined => false,
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Number => value.GetDouble() != 0,
        _ => true,
    };
}
