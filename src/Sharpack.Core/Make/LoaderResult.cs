// What flows between loaders (loader-runner's `args`): the content, as text or as bytes (a raw
// loader gets bytes, any other gets text; the runner converts as UTF-8 only when the next loader
// wants the other form), an optional source map, and loader-to-loader metadata.

using System.Text;

namespace Sharpack.Core.Make;

/// <summary>A loader's input or output: content (text or bytes), a source map and metadata.</summary>
public sealed class LoaderResult
{
    private readonly string? _text;
    private readonly byte[]? _bytes;

    /// <summary>Text content.</summary>
    public LoaderResult(string text, string? sourceMap = null, object? meta = null)
    {
        _text = text;
        SourceMap = sourceMap;
        Meta = meta;
    }

    /// <summary>Byte content (what a raw loader returns, or what the resource was read as).</summary>
    public LoaderResult(byte[] bytes, string? sourceMap = null, object? meta = null)
    {
        _bytes = bytes;
        SourceMap = sourceMap;
        Meta = meta;
    }

    /// <summary>True when the content is bytes, false when it is text.</summary>
    public bool IsBytes => _bytes is not null;

    /// <summary>The content as text (bytes decoded as UTF-8, a byte order mark dropped, as loader-runner's utf8BufferToString).</summary>
    public string Text => _text ?? Decode(_bytes!);

    /// <summary>The content as bytes (text encoded as UTF-8).</summary>
    public byte[] Bytes => _bytes ?? Encoding.UTF8.GetBytes(_text!);

    /// <summary>The source map of the content (JSON text), passed on to the next loader and the module; null when none.</summary>
    public string? SourceMap { get; }

    /// <summary>Anything a loader hands to the next one (webpack's <c>meta</c>, e.g. a parsed tree); null when none.</summary>
    public object? Meta { get; }

    /// <summary>The same content as text, or this result when it is text already.</summary>
    internal LoaderResult AsText() => _text is not null ? this : new LoaderResult(Decode(_bytes!), SourceMap, Meta);

    /// <summary>The same content as bytes, or this result when it is bytes already.</summary>
    internal LoaderResult AsBytes() => _bytes is not null ? this : new LoaderResult(Encoding.UTF8.GetBytes(_text!), SourceMap, Meta);

    private static string Decode(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }
}
