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
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        // Generated positions advance monotonically: the line is counted while walking the code.
        var line = 1;
        var lineStart = 0;
        var scanned = 0;
        foreach (var mapping in mappings)
        {
            for (; scanned < mapping.Output && scanned < code.Length; scanned++)
            {
                var c = code[scanned];
                if (c == '\n' || (c == '\r' && (scanned + 1 >= code.Length || code[scanned + 1] != '\n')) || c is '\u2028' or '\u2029')
                {
                    line++;
                    lineStart = scanned + 1;
                }
            }
            var (originalLine, originalColumn) = lines.GetLineColumn(mapping.Source);
            var nameIndex = -1;
            if (mapping.Name is { } name && !names.TryGetValue(name, out nameIndex))
            {
                nameIndex = names.Count;
                names[name] = nameIndex;
                builder.OnName(nameIndex, name);
            }
            builder.AddMapping(line, mapping.Output - lineStart, 0, originalLine, originalColumn - 1, nameIndex);
        }
        return builder.ToSourceMap(file);
    }
}
