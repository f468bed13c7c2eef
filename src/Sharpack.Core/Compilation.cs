// One build of one configuration: the module graph (make), the chunk graph and generated code
// (seal), and the assets to emit. Placeholder shape; the passes land next.

using Sharpack.Core.Options;
using Sharpack.Core.Stats;

namespace Sharpack.Core;

/// <summary>The state of one build.</summary>
public sealed partial class Compilation(SharpackOptions options)
{
    /// <summary>The options of this build.</summary>
    public SharpackOptions Options { get; } = options;

    /// <summary>Errors collected so far; the build goes on and reports them all.</summary>
    public List<BuildDiagnostic> Errors { get; } = [];

    /// <summary>Warnings collected so far.</summary>
    public List<BuildDiagnostic> Warnings { get; } = [];

    /// <summary>Assets by file name (relative to <c>output.path</c>), filled by seal.</summary>
    public SortedDictionary<string, Asset> Assets { get; } = new(StringComparer.Ordinal);

    /// <summary>The full hash, set by the hashing pass.</summary>
    public string FullHash { get; internal set; } = "";

    /// <summary>Builds the module graph from the entries.</summary>
    public void Make() { }

    /// <summary>Turns the module graph into chunks and assets.</summary>
    public void Seal() { }

    internal IReadOnlyList<ChunkStats> ChunkStats() => [];

    internal IReadOnlyList<ModuleStats> ModuleStats() => [];

    internal IReadOnlyList<EntrypointStats> EntrypointStats() => [];
}

/// <summary>An output file: its bytes and the chunks it belongs to.</summary>
public sealed record Asset(byte[] Content, IReadOnlyList<string> ChunkNames);
