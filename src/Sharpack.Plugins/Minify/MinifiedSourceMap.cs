// The source map of a minified file: each printed token's offset, as a generated line and column,
// mapped to where the token was in the source; a renamed identifier carries its source name.

using Sharpack.JavaScript.Diagnostics;
using Sharpack.JavaScript.Printing;
using Sharpack.Sources;

namespace Sharpack.Plugins.Minify;

/// <summary>Builds source maps from the printer's token mappings.</summary>
public static class MinifiedSourceMap
{
    /// <summary>
    /// The map from <paramref name="code"/> (printed from <paramref name="source"/> with
    /// <paramref name="mappings"/>) back to <paramref name="source"/>, named <paramref name="sourceName"/>;
    /// null when nothing maps.
    /// </summary>
    public static SourceMap? Build(string source, string code, IReadOnlyList<PrintMapping> mappings, string sourceName, string? file, bool includeContent = true)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(mappings);
        using var builder = new SourceMapBuilder();
        builder.OnSource(0, sourceName, includeContent ? source : null);
        var lines = new LineTable(source);
        var generated = new LineTable(code);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mapping in mappings)
        {
            var (line, column) = generated.GetLineColumn(mapping.Output);
            var (originalLine, originalColumn) = lines.GetLineColumn(mapping.Source);
            var nameIndex = -1;
            if (mapping.Name is { } name && !names.TryGetValue(name, out nameIndex))
            {
                nameIndex = names.Count;
                names[name] = nameIndex;
                builder.OnName(nameIndex, name);
            }
            builder.AddMapping(line, column - 1, 0, originalLine, originalColumn - 1, nameIndex);
        }
        return builder.ToSourceMap(file);
    }
}
