// Follows webpack's AssetInfo: what is known of an asset besides its bytes, set by whoever emits
// it and read by later processAssets taps, emit and stats.

namespace Sharpack.Core;

/// <summary>Facts about an asset (webpack's <c>AssetInfo</c>).</summary>
public sealed record AssetInfo
{
    /// <summary>The names of the chunks the asset belongs to (shown as <c>name:</c> in stats).</summary>
    public IReadOnlyList<string> ChunkNames { get; init; } = [];

    /// <summary>The name holds a hash of the content: it can be cached forever.</summary>
    public bool Immutable { get; init; }

    /// <summary>The content hashes in the name (<c>[contenthash]</c>), for a later real-content-hash step.</summary>
    public IReadOnlyList<string> ContentHash { get; init; } = [];

    /// <summary>The digest a content hash of the name was asked in (<c>[contenthash:base64]</c>), where it is not output.hashDigest.</summary>
    public IReadOnlyDictionary<string, string> ContentHashDigest { get; init; } = new Dictionary<string, string>();

    /// <summary>The full hashes in the name (<c>[fullhash]</c>).</summary>
    public IReadOnlyList<string> FullHash { get; init; } = [];

    /// <summary>Already minimized.</summary>
    public bool Minimized { get; init; }

    /// <summary>A license file of comments a minimizer took out of another asset.</summary>
    public bool ExtractedComments { get; init; }

    /// <summary>Only for development tooling (e.g. a source map).</summary>
    public bool Development { get; init; }

    /// <summary>A hot module replacement update.</summary>
    public bool HotModuleReplacement { get; init; }

    /// <summary>An ES module (loaded with <c>type="module"</c>).</summary>
    public bool JavascriptModule { get; init; }

    /// <summary>The file the asset was copied from, for assets taken as they are.</summary>
    public string? SourceFilename { get; init; }

    /// <summary>Related assets by kind (e.g. <c>sourceMap</c>).</summary>
    public IReadOnlyDictionary<string, string> Related { get; init; } = new Dictionary<string, string>();
}
