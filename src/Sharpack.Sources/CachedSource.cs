// Follows webpack-sources lib/CachedSource.js: remembers what a source computed — text,
// buffer, size, maps (one per columns mode) and the bytes it fed to a hash — so a module's
// code-generation result can be rendered into several chunks and hashed several times for the
// price of once. The source can be given lazily. Streaming replays the cached map through
// the generated text (as webpack does once a map is cached), so a ConcatSource of cached
// modules never re-runs their ReplaceSources. Not thread-safe, like the sources it wraps.

using System.Buffers;
using System.Text;
using Sharpack.Sources.Helpers;

namespace Sharpack.Sources;

/// <summary>A source that caches the results of another.</summary>
public sealed class CachedSource : Source
{
    private Source? _source;
    private Func<Source>? _factory;
    private string? _text;
    private byte[]? _buffer;
    private int _size = -1;
    private MapEntry _columnsMap;
    private MapEntry _linesMap;
    private List<byte[]>? _hashUpdate;
    private bool _hashedOnce;

    /// <summary>Caches the results of <paramref name="source"/>.</summary>
    public CachedSource(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
    }

    /// <summary>Caches the results of <paramref name="source"/>, whose UTF-8 text <paramref name="buffer"/> already is.</summary>
    public CachedSource(Source source, byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(buffer);
        _source = source;
        _buffer = buffer;
    }

    /// <summary>Caches the results of the source <paramref name="factory"/> makes, on first use.</summary>
    public CachedSource(Func<Source> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
    }

    /// <summary>The cached source (webpack's <c>original()</c>); calls the factory if not done yet.</summary>
    public Source Original
    {
        get
        {
            if (_source is null)
            {
                _source = _factory!();
                _factory = null;
            }
            return _source;
        }
    }

    /// <inheritdoc />
    public override string GetText() => _text ??= _buffer is not null ? Encoding.UTF8.GetString(_buffer) : Original.GetText();

    /// <inheritdoc />
    public override byte[] GetBuffer() => _buffer ??= Original.GetBuffer();

    /// <inheritdoc />
    public override int Size
    {
        get
        {
            if (_size < 0)
            {
                _size = _buffer is not null ? _buffer.Length : _text is not null ? Encoding.UTF8.GetByteCount(_text) : Original.Size;
            }
            return _size;
        }
    }

    /// <inheritdoc />
    public override void WriteTo(IBufferWriter<byte> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(GetBuffer());
    }

    /// <inheritdoc />
    public override void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(GetText());
    }

    /// <inheritdoc />
    public override SourceMap? GetMap(SourceMapOptions? options = null)
    {
        options ??= SourceMapOptions.Default;
        ref var entry = ref options.Columns ? ref _columnsMap : ref _linesMap;
        if (!entry.IsSet)
        {
            entry = new MapEntry(Original.GetMap(options));
        }
        return entry.Map;
    }

    /// <inheritdoc />
    public override GeneratedSourceInfo StreamChunks(StreamChunksOptions options, IStreamChunksHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var map = GetMap(options.LinesOnly ? SourceMapOptions.LinesOnly : SourceMapOptions.Default);
        var text = GetText();
        return map is null
            ? RawStreaming.Stream(text, handler, options.FinalSource)
            : SourceMapStreaming.Stream(text, map, handler, options.FinalSource, columns: true);
    }

    /// <inheritdoc />
    public override void UpdateHash(IHashSink hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        // PERF: most sources are hashed once (a chunk's content hash): the first time the original
        // feeds the hash directly, and only a second time is what it feeds recorded for replays
        // (recording a 22 MB module copies all of it).
        if (_hashUpdate is null && !_hashedOnce)
        {
            _hashedOnce = true;
            Original.UpdateHash(hash);
            return;
        }
        if (_hashUpdate is null)
        {
            var recorder = new HashRecorder();
            Original.UpdateHash(recorder);
            _hashUpdate = recorder.Finish();
        }
        foreach (var item in _hashUpdate)
        {
            hash.Append(item);
        }
    }

    private readonly record struct MapEntry(SourceMap? Map)
    {
        public bool IsSet { get; } = true;
    }

    // Records hash input as UTF-8 byte blocks, merging small appends (as webpack's tracker
    // joins short strings) so replaying costs a few Append calls.
    private sealed class HashRecorder : IHashSink
    {
        private const int BlockSize = 64 * 1024;
        private readonly List<byte[]> _blocks = [];
        private readonly ArrayBufferWriter<byte> _pending = new();

        public void Append(ReadOnlySpan<byte> data)
        {
            if (data.Length >= BlockSize)
            {
                FlushPending();
                _blocks.Add(data.ToArray());
                return;
            }
            _pending.Write(data);
            if (_pending.WrittenCount >= BlockSize)
            {
                FlushPending();
            }
        }

        public void Append(ReadOnlySpan<char> text)
        {
            Encoding.UTF8.GetBytes(text, _pending);
            if (_pending.WrittenCount >= BlockSize)
            {
                FlushPending();
            }
        }

        public List<byte[]> Finish()
        {
            FlushPending();
            return _blocks;
        }

        private void FlushPending()
        {
            if (_pending.WrittenCount > 0)
            {
                _blocks.Add(_pending.WrittenSpan.ToArray());
                _pending.Clear();
            }
        }
    }
}
