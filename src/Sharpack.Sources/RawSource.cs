// Follows webpack-sources lib/RawSource.js: text (or bytes, for binary assets) with no map.
// Both forms are kept once computed; size comes from whichever is at hand.

using System.Buffers;
using System.Text;
using Sharpack.Sources.Helpers;

namespace Sharpack.Sources;

/// <summary>Text or bytes without a source map.</summary>
public sealed class RawSource : Source
{
    private readonly bool _isBuffer;
    private string? _text;
    private byte[]? _bytes;
    private int _size = -1;

    /// <summary>Creates a source of <paramref name="text"/>.</summary>
    public RawSource(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
    }

    /// <summary>
    /// Creates a source of <paramref name="bytes"/> (not copied; do not change them afterwards).
    /// With <paramref name="convertToString"/> the source is text (its UTF-8 decoding) rather than binary.
    /// </summary>
    public RawSource(byte[] bytes, bool convertToString = false)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        _bytes = bytes;
        _isBuffer = !convertToString;
    }

    internal RawSource(string text, bool fromConcatenatedStrings)
        : this(text)
    {
        IsFromConcatenatedStrings = fromConcatenatedStrings;
    }

    /// <summary>Whether the source was made from bytes and is binary.</summary>
    public bool IsBuffer => _isBuffer;

    /// <summary>Made by ConcatSource from string children, so it may merge with its neighbours.</summary>
    internal bool IsFromConcatenatedStrings { get; }

    /// <inheritdoc />
    public override int Size
    {
        get
        {
            if (_size < 0)
            {
                _size = _bytes is not null ? _bytes.Length : Encoding.UTF8.GetByteCount(_text!);
            }
            return _size;
        }
    }

    /// <inheritdoc />
    public override string GetText() => _text ??= Encoding.UTF8.GetString(_bytes!);

    /// <inheritdoc />
    public override byte[] GetBuffer() => _bytes ??= Encoding.UTF8.GetBytes(_text!);

    /// <inheritdoc />
    public override void WriteTo(IBufferWriter<byte> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_bytes is not null)
        {
            writer.Write(_bytes);
        }
        else
        {
            Encoding.UTF8.GetBytes(_text!, writer);
        }
    }

    /// <inheritdoc />
    public override SourceMap? GetMap(SourceMapOptions? options = null) => null;

    /// <inheritdoc />
    public override GeneratedSourceInfo StreamChunks(StreamChunksOptions options, IStreamChunksHandler handler) =>
        RawStreaming.Stream(GetText(), handler, options.FinalSource);

    /// <inheritdoc />
    public override void UpdateHash(IHashSink hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        hash.Append("RawSource");
        if (_bytes is not null)
        {
            hash.Append(_bytes);
        }
        else
        {
            hash.Append(_text);
        }
    }
}
