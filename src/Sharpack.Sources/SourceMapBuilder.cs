// Follows webpack-sources lib/helpers/getFromStreamChunks.js (getMap): collects a chunk stream
// into a SourceMap. Sources and names arrive by index (OnSource/OnName); an index past the end
// pads the list with nulls, exactly as webpack's setAtIndex, and sourcesContent exists only if
// some source had content. A stream without any mapping gives no map (null), as in webpack.

using Sharpack.Sources.Helpers;

namespace Sharpack.Sources;

/// <summary>Builds a <see cref="SourceMap"/> from the chunk stream of a <see cref="Source"/>.</summary>
public sealed class SourceMapBuilder : IStreamChunksHandler, IDisposable
{
    private readonly MappingsWriter _mappings;
    private readonly List<string?> _sources = [];
    private readonly List<string?> _sourcesContent = [];
    private readonly List<string?> _names = [];

    /// <summary>Creates a builder; <paramref name="linesOnly"/> keeps one mapping per generated line.</summary>
    public SourceMapBuilder(bool linesOnly = false)
    {
        _mappings = new MappingsWriter(linesOnly);
    }

    /// <summary>The map of <paramref name="source"/>, or null when nothing in it maps to an original source.</summary>
    public static SourceMap? Build(Source source, SourceMapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= SourceMapOptions.Default;
        using var builder = new SourceMapBuilder(!options.Columns);
        source.StreamChunks(options.ToStreamOptions(finalSource: true), builder);
        return builder.ToSourceMap();
    }

    /// <inheritdoc />
    public void OnChunk(ReadOnlySpan<char> chunk, int generatedLine, int generatedColumn, int sourceIndex, int originalLine, int originalColumn, int nameIndex) =>
        _mappings.Add(generatedLine, generatedColumn, sourceIndex, originalLine, originalColumn, nameIndex);

    /// <inheritdoc />
    public void OnSource(int sourceIndex, string? source, string? sourceContent)
    {
        SetAt(_sources, sourceIndex, source);
        if (sourceContent is not null)
        {
            SetAt(_sourcesContent, sourceIndex, sourceContent);
        }
    }

    /// <inheritdoc />
    public void OnName(int nameIndex, string name) => SetAt(_names, nameIndex, name);

    /// <summary>Adds one mapping directly (see <see cref="MappingsWriter.Add"/>).</summary>
    public void AddMapping(int generatedLine, int generatedColumn, int sourceIndex, int originalLine, int originalColumn, int nameIndex) =>
        _mappings.Add(generatedLine, generatedColumn, sourceIndex, originalLine, originalColumn, nameIndex);

    /// <summary>The map collected so far with the given <paramref name="file"/>, or null when no mapping was written.</summary>
    public SourceMap? ToSourceMap(string? file = "x")
    {
        if (_mappings.Length == 0)
        {
            return null;
        }
        return new SourceMap
        {
            File = file,
            Mappings = _mappings.ToString(),
            Sources = _sources.ToArray(),
            SourcesContent = _sourcesContent.Count > 0 ? _sourcesContent.ToArray() : null,
            Names = _names.ToArray(),
        };
    }

    /// <summary>Returns the pooled mappings buffer.</summary>
    public void Dispose() => _mappings.Dispose();

    private static void SetAt(List<string?> list, int index, string? value)
    {
        if (index < 0)
        {
            return;
        }
        while (list.Count <= index)
        {
            list.Add(null);
        }
        list[index] = value;
    }
}
