// What a block asks of the chunk group it opens: a name (webpackChunkName), and how the browser
// should fetch it ahead of time (webpackPrefetch / webpackPreload orders, webpackFetchPriority),
// or, for a worker, the options of the entrypoint it opens.

namespace Sharpack.Core.ChunkGraph;

/// <summary>Options of a chunk group, as webpack's ChunkGroupOptions.</summary>
/// <param name="Name">The group's (and its chunk's) name, or null for an unnamed group.</param>
/// <param name="PrefetchOrder">webpackPrefetch: order (true = 0), or null.</param>
/// <param name="PreloadOrder">webpackPreload: order (true = 0), or null.</param>
/// <param name="FetchPriority">webpackFetchPriority: "high", "low", "auto", or null.</param>
public sealed record ChunkGroupOptions(string? Name, int? PrefetchOrder = null, int? PreloadOrder = null, string? FetchPriority = null)
{
    /// <summary>
    /// webpack's groupOptions.entryOptions: the block opens an async entrypoint (a worker's own
    /// entry, with its own runtime and chunk loading) instead of a chunk group of its parent's.
    /// </summary>
    public Options.EntryDescription? EntryOptions { get; init; }

    /// <summary>
    /// webpack's cssPreloadOrder (<c>parser.javascript.dynamicImportCssPreload</c>): preload only
    /// the chunk's stylesheet (<c>as="style"</c>), not its script; null when not asked.
    /// </summary>
    public int? CssPreloadOrder { get; init; }

    /// <summary>No name, no prefetch or preload.</summary>
    public static ChunkGroupOptions Empty { get; } = new((string?)null);
}
