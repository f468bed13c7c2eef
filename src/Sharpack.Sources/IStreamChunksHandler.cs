// Follows webpack-sources lib/helpers/streamChunks.js (the OnChunk/OnSource/OnName callbacks).
// Every source describes itself as a stream of chunks: a piece of generated text with the
// position it starts at and, optionally, the original position it maps to. Maps, combined maps
// and sources-with-maps are all computed from this one stream, so each source type implements
// one method instead of one per output. An interface instead of three delegates keeps the
// per-chunk call a single virtual call with no closure.

namespace Sharpack.Sources;

/// <summary>Receives the chunks, sources and names of <see cref="Source.StreamChunks"/>.</summary>
public interface IStreamChunksHandler
{
    /// <summary>
    /// One chunk of generated text. <paramref name="chunk"/> is empty when the stream was started
    /// with <see cref="StreamChunksOptions.FinalSource"/> (only positions are reported then).
    /// Lines are 1-based, columns 0-based UTF-16 units; <paramref name="sourceIndex"/>,
    /// <paramref name="originalLine"/>, <paramref name="originalColumn"/> and
    /// <paramref name="nameIndex"/> are -1 when the chunk maps to nothing.
    /// </summary>
    void OnChunk(ReadOnlySpan<char> chunk, int generatedLine, int generatedColumn, int sourceIndex, int originalLine, int originalColumn, int nameIndex);

    /// <summary>Announces the original source with index <paramref name="sourceIndex"/>, before any chunk uses it.</summary>
    void OnSource(int sourceIndex, string? source, string? sourceContent);

    /// <summary>Announces the name with index <paramref name="nameIndex"/>, before any chunk uses it.</summary>
    void OnName(int nameIndex, string name);
}
