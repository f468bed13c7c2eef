// Follows webpack-sources lib/Source.js: the base of every source. A source is generated text
// plus, optionally, how that text maps to original sources. Everything a bundler needs from a
// source derives from two primitives: GetText (the text) and StreamChunks (the text as chunks
// with original positions, webpack-sources 3's streamChunks). Maps are built from the stream
// (SourceMapBuilder), so a composite source never materializes its children's maps.
//
// Output can be written without building one giant string: WriteTo streams UTF-8 into an
// IBufferWriter (a file or a pipe), and composite sources override it to write their parts.
// Sizes and buffers are UTF-8, like webpack's Buffer-based size() and buffer().

using System.Buffers;
using System.Text;

namespace Sharpack.Sources;

/// <summary>Generated text with an optional mapping to original sources.</summary>
public abstract class Source
{
    /// <summary>The generated text (webpack's <c>source()</c>).</summary>
    public abstract string GetText();

    /// <summary>The length of the text in UTF-8 bytes (webpack's <c>size()</c>).</summary>
    public virtual int Size => Encoding.UTF8.GetByteCount(GetText());

    /// <summary>The text as UTF-8 bytes (webpack's <c>buffer()</c>); lone surrogates become U+FFFD, as in Node.</summary>
    public virtual byte[] GetBuffer() => Encoding.UTF8.GetBytes(GetText());

    /// <summary>Writes the text as UTF-8 to <paramref name="writer"/>; the bytes equal <see cref="GetBuffer"/>.</summary>
    public virtual void WriteTo(IBufferWriter<byte> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Encoding.UTF8.GetBytes(GetText(), writer);
    }

    /// <summary>Writes the text to <paramref name="writer"/>.</summary>
    public virtual void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(GetText());
    }

    /// <summary>
    /// The source map of the text (webpack's <c>map(options)</c>), or null when nothing in the
    /// text maps to an original source.
    /// </summary>
    public virtual SourceMap? GetMap(SourceMapOptions? options = null) => SourceMapBuilder.Build(this, options);

    /// <summary>The text and its map (webpack's <c>sourceAndMap(options)</c>).</summary>
    public virtual (string Text, SourceMap? Map) GetSourceAndMap(SourceMapOptions? options = null) => (GetText(), GetMap(options));

    /// <summary>
    /// Reports the text as chunks with their generated and original positions, the sources and
    /// the names they refer to (webpack's <c>streamChunks</c>). Returns where the text ends.
    /// </summary>
    public abstract GeneratedSourceInfo StreamChunks(StreamChunksOptions options, IStreamChunksHandler handler);

    /// <summary>Feeds everything that determines the text and the map to <paramref name="hash"/> (webpack's <c>updateHash</c>).</summary>
    public abstract void UpdateHash(IHashSink hash);
}
