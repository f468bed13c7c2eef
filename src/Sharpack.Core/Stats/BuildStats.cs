// What a build reports: assets, chunks, modules, entrypoints, errors and warnings, in the shape
// of webpack's stats so `--json` output can be read by webpack tooling.

namespace Sharpack.Core.Stats;

/// <summary>The result of a build.</summary>
public sealed class BuildStats
{
    /// <summary>The compilation's full hash.</summary>
    public string Hash { get; init; } = "";

    /// <summary>Build time.</summary>
    public TimeSpan Time { get; init; }

    /// <summary>Every asset, in name order.</summary>
    public IReadOnlyList<AssetStats> Assets { get; init; } = [];

    /// <summary>Chunks, by id.</summary>
    public IReadOnlyList<ChunkStats> Chunks { get; init; } = [];

    /// <summary>Modules, by id.</summary>
    public IReadOnlyList<ModuleStats> Modules { get; init; } = [];

    /// <summary>Entrypoints by name.</summary>
    public IReadOnlyList<EntrypointStats> Entrypoints { get; init; } = [];

    /// <summary>Errors, each with file, position and a code frame when known.</summary>
    public IReadOnlyList<BuildDiagnostic> Errors { get; init; } = [];

    /// <summary>Warnings.</summary>
    public IReadOnlyList<BuildDiagnostic> Warnings { get; init; } = [];

    internal static BuildStats From(Compilation compilation, IReadOnlyList<AssetStats> assets, TimeSpan time) =>
        new()
        {
            Hash = compilation.FullHash,
            Time = time,
            Assets = assets,
            Chunks = compilation.ChunkStats(),
            Modules = compilation.ModuleStats(),
            Entrypoints = compilation.EntrypointStats(),
            Errors = compilation.Errors,
            Warnings = compilation.Warnings,
        };
}

/// <summary>One emitted asset.</summary>
public sealed record AssetStats(string Name, long Size, bool Emitted, IReadOnlyList<string> ChunkNames);

/// <summary>One chunk.</summary>
public sealed record ChunkStats(string Id, IReadOnlyList<string> Names, IReadOnlyList<string> Files, bool Initial, bool Entry, IReadOnlyList<string> Modules)
{
    /// <summary>The runtimes the chunk belongs to.</summary>
    public IReadOnlyList<string> Runtime { get; init; } = [];

    /// <summary>True when the chunk carries a runtime.</summary>
    public bool Rendered { get; init; } = true;

    /// <summary>Ids of the chunks of the groups that load this chunk's groups.</summary>
    public IReadOnlyList<string> Parents { get; init; } = [];

    /// <summary>Ids of the chunks of the groups this chunk's groups load.</summary>
    public IReadOnlyList<string> Children { get; init; } = [];

    /// <summary>Ids of the other chunks of this chunk's groups.</summary>
    public IReadOnlyList<string> Siblings { get; init; } = [];

    /// <summary>Where the chunk is loaded from.</summary>
    public IReadOnlyList<ChunkOriginStats> Origins { get; init; } = [];

    /// <summary>The sum of the chunk's module sizes.</summary>
    public long Size { get; init; }
}

/// <summary>Where a chunk is loaded from: an entry (<c>loc</c> is the entry name) or an import() in a module.</summary>
public sealed record ChunkOriginStats(string Module, string ModuleIdentifier, string ModuleName, string Loc, string Request);

/// <summary>One module.</summary>
public sealed record ModuleStats(string Id, string Name, string Identifier, long Size, IReadOnlyList<string> Chunks);

/// <summary>One entrypoint.</summary>
public sealed record EntrypointStats(string Name, IReadOnlyList<string> Chunks, IReadOnlyList<string> Assets);

/// <summary>An error or warning: message, optional module, position and code frame.</summary>
public sealed record BuildDiagnostic(string Message, string? File = null, int Line = 0, int Column = 0, string? CodeFrame = null)
{
    /// <summary>A warning: reported, but the build still succeeds.</summary>
    public bool IsWarning { get; init; }

    /// <summary><c>file:line:column: message</c> then the code frame, as printed to the terminal.</summary>
    public override string ToString()
    {
        var head = File is null ? Message : Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
        return CodeFrame is null ? head : head + "\n" + CodeFrame;
    }
}
