// Follows webpack lib/dependencies/JsonExportsDependency.js: a JSON module exports its value's
// keys, nested down to `module.parser.json.exportsDepth` levels (1 in development, all in
// production); arrays of fewer than 100 items export their indexes.

using System.Text.Json;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Json;

/// <summary>The exports of a JSON module.</summary>
public sealed class JsonExportsDependency(IReadOnlyList<ExportSpec>? exports) : Dependency
{
    /// <summary>The exports read from the JSON value, or null when it is not an object or array.</summary>
    public IReadOnlyList<ExportSpec>? Exports { get; } = exports;

    /// <summary>The exports of <paramref name="value"/> down to <paramref name="depth"/> levels, or null.</summary>
    public static IReadOnlyList<ExportSpec>? FromValue(JsonElement value, int depth, int level = 1)
    {
        if (level > depth)
            return null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                {
                    var length = value.GetArrayLength();
                    if (length >= 100) return null;
                    var items = new List<ExportSpec>(length);
                    var index = 0;
                    foreach (var item in value.EnumerateArray())
                        items.Add(new ExportSpec((index++).ToString(System.Globalization.CultureInfo.InvariantCulture)) { CanMangle = true, Exports = FromValue(item, depth, level + 1) });
                    return items;
                }
            case JsonValueKind.Object:
                {
                    var properties = new List<ExportSpec>();
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var property in value.EnumerateObject())
                    {
                        // JSON.parse keeps the last of duplicate keys, at the place of the first.
                        if (seen.Add(property.Name))
                            properties.Add(new ExportSpec(property.Name) { CanMangle = true, Exports = FromValue(property.Value, depth, level + 1) });
                        else
                            properties[properties.FindIndex(p => p.Name == property.Name)] = new ExportSpec(property.Name) { CanMangle = true, Exports = FromValue(property.Value, depth, level + 1) };
                    }
                    return properties;
                }
            default:
                return null;
        }
    }

    /// <inheritdoc />
    public override ExportsSpec? GetExports(ModuleGraph moduleGraph) => _exportsSpec ??= new() { Exports = Exports ?? [] };

    private ExportsSpec? _exportsSpec;

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
    }
}
