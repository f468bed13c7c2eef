// Follows the isEnabledForChunk of webpack's chunk loading plugins: a chunk loads chunks the way
// its entry says (entry.x.chunkLoading), else as output.chunkLoading says.

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Options;

namespace Sharpack.Plugins.Runtime;

/// <summary>Which chunk loading type a chunk uses.</summary>
public static class ChunkLoadingTypes
{
    /// <summary>The chunk loading type of <paramref name="chunk"/>, or null for none (<c>false</c>).</summary>
    public static string? Of(Chunk chunk, SharpackOptions options) =>
        chunk.GetEntryOptions()?.ChunkLoading is { } own ? (own.Length == 0 ? null : own) : options.Output.ChunkLoading;

    /// <summary>True when <paramref name="chunk"/> loads chunks with <paramref name="type"/>.</summary>
    public static bool IsEnabledForChunk(Chunk chunk, SharpackOptions options, string type) =>
        string.Equals(Of(chunk, options), type, StringComparison.Ordinal);
}
