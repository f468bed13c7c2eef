// The `stats` option as written, after webpack's normalization (lib/config/normalization.js):
// false is the preset "none", true is "normal", a string is a preset, an object keeps its keys.
// Each value is null when not set, so the preset and webpack's defaults can fill it in later
// (Stats/NormalizedStatsOptions.cs), differently for the printed summary and for --json.

namespace Sharpack.Core.Options;

/// <summary>A stats option that takes a boolean or <c>"auto"</c> (<c>entrypoints</c>, <c>errorDetails</c>).</summary>
public enum StatsAuto
{
    /// <summary><c>false</c>.</summary>
    False,
    /// <summary><c>true</c>.</summary>
    True,
    /// <summary><c>"auto"</c>: decided by the output (e.g. details of fewer than three errors).</summary>
    Auto,
}

/// <summary><c>stats</c>: a preset and the options that override it.</summary>
public sealed class StatsOptions
{
    /// <summary>The presets webpack knows, in its schema's order.</summary>
    public static IReadOnlyList<string> Presets { get; } = ["none", "summary", "errors-only", "errors-warnings", "minimal", "normal", "detailed", "verbose"];

    /// <summary><c>preset</c>: one of <see cref="Presets"/>, or null (the defaults, as <c>normal</c>).</summary>
    public string? Preset { get; init; }

    /// <summary><c>all</c>: the fallback of every option the preset and the user leave unset.</summary>
    public bool? All { get; init; }

    /// <summary><c>assets</c>.</summary>
    public bool? Assets { get; init; }

    /// <summary><c>assetsSpace</c>: how many asset lines to print.</summary>
    public int? AssetsSpace { get; init; }

    /// <summary><c>builtAt</c>: the date and time of the build.</summary>
    public bool? BuiltAt { get; init; }

    /// <summary><c>chunks</c>.</summary>
    public bool? Chunks { get; init; }

    /// <summary><c>chunkModules</c>: the modules of each chunk.</summary>
    public bool? ChunkModules { get; init; }

    /// <summary><c>colors</c>: ANSI colours in the printed summary.</summary>
    public bool? Colors { get; init; }

    /// <summary><c>entrypoints</c>.</summary>
    public StatsAuto? Entrypoints { get; init; }

    /// <summary><c>errorDetails</c>: the details of errors (e.g. the paths a failed resolution tried).</summary>
    public StatsAuto? ErrorDetails { get; init; }

    /// <summary><c>errors</c>.</summary>
    public bool? Errors { get; init; }

    /// <summary><c>errorsCount</c>.</summary>
    public bool? ErrorsCount { get; init; }

    /// <summary><c>hints</c>: the compilation's hints.</summary>
    public bool? Hints { get; init; }

    /// <summary><c>hintsCount</c>.</summary>
    public bool? HintsCount { get; init; }

    /// <summary><c>hash</c>: the compilation hash.</summary>
    public bool? Hash { get; init; }

    /// <summary><c>ids</c>: module and chunk ids.</summary>
    public bool? Ids { get; init; }

    /// <summary><c>moduleTrace</c>: the chain of importers under each error.</summary>
    public bool? ModuleTrace { get; init; }

    /// <summary><c>modules</c>.</summary>
    public bool? Modules { get; init; }

    /// <summary><c>modulesSpace</c>: how many module lines to print.</summary>
    public int? ModulesSpace { get; init; }

    /// <summary><c>outputPath</c>.</summary>
    public bool? OutputPath { get; init; }

    /// <summary><c>publicPath</c>.</summary>
    public bool? PublicPath { get; init; }

    /// <summary><c>timings</c>: the build time.</summary>
    public bool? Timings { get; init; }

    /// <summary><c>version</c>: Sharpack's version.</summary>
    public bool? Version { get; init; }

    /// <summary><c>warnings</c>.</summary>
    public bool? Warnings { get; init; }

    /// <summary><c>warningsCount</c>.</summary>
    public bool? WarningsCount { get; init; }
}
