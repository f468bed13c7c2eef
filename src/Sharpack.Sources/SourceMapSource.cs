// Follows webpack-sources lib/SourceMapSource.js: generated text with the map a tool produced
// for it (a loader, a minifier). With an inner map — the map of the original source the outer
// map points at, under the same name — the two are combined: positions in the inner source are
// traced one step further back (webpack's streamChunksOfCombinedSourceMap).

using System.Text;
using Sharpack.Sources.Helpers;

namespace Sharpack.Sources;

/// <summary>Generated text with its source map, optionally combined with the map of its input.</summary>
public sealed class SourceMapSource : Source
{
    private readonly string _text;
    private readonly SourceMap _sourceMap;
    private readonly string? _originalSource;
    private readonly SourceMap? _innerSourceMap;
    private readonly bool _removeOriginalSource;
    private int _size = -1;

    /// <summary>
    /// Creates a source of <paramref name="text"/> with <paramref name="sourceMap"/>. When
    /// <paramref name="innerSourceMap"/> is given, the entry <paramref name="name"/> of
    /// <paramref name="sourceMap"/>'s sources is the text <paramref name="originalSource"/>
    /// (or its sourcesContent) whose own map is <paramref name="innerSourceMap"/>, and maps
    /// lead through it to its originals. <paramref name="removeOriginalSource"/> drops
    /// mappings into the intermediate source that the inner map cannot trace.
    /// </summary>
    public SourceMapSource(string text, string name, SourceMap sourceMap, string? originalSource = null, SourceMap? innerSourceMap = null, bool removeOriginalSource = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(sourceMap);
        _text = text;
        Name = name;
        _sourceMap = sourceMap;
        _originalSource = originalSource;
        _innerSourceMap = innerSourceMap;
        _removeOriginalSource = removeOriginalSource;
    }

    /// <summary>The name of the intermediate source in <see cref="SourceMap"/>'s sources.</summary>
    public string Name { get; }

    /// <summary>The map of the generated text, as given.</summary>
    public SourceMap SourceMap => _sourceMap;

    /// <inheritdoc />
    public override int Size => _size >= 0 ? _size : _size = Encoding.UTF8.GetByteCount(_text);

    /// <inheritdoc />
    public override string GetText() => _text;

    /// <inheritdoc />
    /// <remarks>Without an inner map this is the given map itself, whatever the options (as in webpack).</remarks>
    public override SourceMap? GetMap(SourceMapOptions? options = null) =>
        _innerSourceMap is null ? _sourceMap : SourceMapBuilder.Build(this, options);

    /// <inheritdoc />
    public override GeneratedSourceInfo StreamChunks(StreamChunksOptions options, IStreamChunksHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (_innerSourceMap is not null)
        {
            return CombinedSourceMapStreaming.Stream(
                _text, _sourceMap, Name, _originalSource, _innerSourceMap, _removeOriginalSource, handler, options.FinalSource, !options.LinesOnly);
        }
        return SourceMapStreaming.Stream(_text, _sourceMap, handler, options.FinalSource, !options.LinesOnly);
    }

    /// <inheritdoc />
    public override void UpdateHash(IHashSink hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        hash.Append("SourceMapSource");
        hash.Append(_text);
        hash.Append(_sourceMap.ToJson());
        if (_originalSource is not null)
        {
            hash.Append(_originalSource);
        }
        if (_innerSourceMap is not null)
        {
            hash.Append(_innerSourceMap.ToJson());
        }
        hash.Append(_removeOriginalSource ? "true" : "false");
    }
}
