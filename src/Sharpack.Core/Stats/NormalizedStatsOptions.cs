// Follows webpack lib/stats/DefaultStatsPresetPlugin.js: the preset fills every option the user
// left unset, then webpack's defaults fill the rest from `all`; several defaults differ between
// the printed summary (toString) and the JSON (toJson), e.g. `hash` and `chunks` are off when
// printing and on in JSON.

using Sharpack.Core.Options;

namespace Sharpack.Core.Stats;

/// <summary>Every stats option decided, for printing or for JSON.</summary>
public sealed class NormalizedStatsOptions
{
    /// <summary>Assets.</summary>
    public bool Assets { get; private init; }

    /// <summary>How many asset lines to print (the rest are counted).</summary>
    public int AssetsSpace { get; private init; }

    /// <summary>The date and time of the build.</summary>
    public bool BuiltAt { get; private init; }

    /// <summary>Chunks.</summary>
    public bool Chunks { get; private init; }

    /// <summary>The modules of each chunk.</summary>
    public bool ChunkModules { get; private init; }

    /// <summary>ANSI colours.</summary>
    public bool Colors { get; private init; }

    /// <summary>Entrypoints: on, off or <see cref="StatsAuto.Auto"/> (printed when an entry has several files).</summary>
    public StatsAuto Entrypoints { get; private init; }

    /// <summary>Error details: on, off or <see cref="StatsAuto.Auto"/> (for fewer than three errors).</summary>
    public StatsAuto ErrorDetails { get; private init; }

    /// <summary>Errors.</summary>
    public bool Errors { get; private init; }

    /// <summary>The number of errors.</summary>
    public bool ErrorsCount { get; private init; }

    /// <summary>The compilation hash.</summary>
    public bool Hash { get; private init; }

    /// <summary>The compilation's hints.</summary>
    public bool Hints { get; private init; }

    /// <summary>The number of hints.</summary>
    public bool HintsCount { get; private init; }

    /// <summary>Module and chunk ids.</summary>
    public bool Ids { get; private init; }

    /// <summary>
    /// The least important log type printed (<c>stats.logging</c>), or null for no logging:
    /// webpack's "info" when printing with the normal preset, nothing in JSON.
    /// </summary>
    public LogType? Logging { get; private init; }

    /// <summary>The importers under each error.</summary>
    public bool ModuleTrace { get; private init; }

    /// <summary>Modules.</summary>
    public bool Modules { get; private init; }

    /// <summary>How many module lines to print (the rest are counted).</summary>
    public int ModulesSpace { get; private init; }

    /// <summary>The output path.</summary>
    public bool OutputPath { get; private init; }

    /// <summary>The public path.</summary>
    public bool PublicPath { get; private init; }

    /// <summary>The build time.</summary>
    public bool Timings { get; private init; }

    /// <summary>Sharpack's version.</summary>
    public bool Version { get; private init; }

    /// <summary>Warnings.</summary>
    public bool Warnings { get; private init; }

    /// <summary>The number of warnings.</summary>
    public bool WarningsCount { get; private init; }

    /// <summary>
    /// Decides every option from <paramref name="options"/>: its own values, then its preset's,
    /// then webpack's defaults for printing (<paramref name="forToString"/>) or for JSON.
    /// <paramref name="colorsByDefault"/> is webpack-cli's default for <c>colors</c> (a terminal).
    /// </summary>
    public static NormalizedStatsOptions Create(StatsOptions options, bool forToString, bool colorsByDefault = false)
    {
        var preset = Preset(options.Preset);
        var all = options.All ?? preset.All;
        // The default functions of DefaultStatsPresetPlugin, by their names there.
        bool NormalOn(bool? value) => value ?? all != false;
        bool OffForToString(bool? value) => value ?? (forToString ? all == true : all != false);
        StatsAuto AutoForToString(StatsAuto? value) => value ?? (all == false ? StatsAuto.False
            : all == true ? StatsAuto.True
            : forToString ? StatsAuto.Auto : StatsAuto.True);

        var chunks = OffForToString(options.Chunks ?? preset.Chunks);
        var modulesSet = options.Modules ?? preset.Modules;
        // webpack computes chunkModules before modules, so only an explicit `modules` turns it off.
        var chunkModules = options.ChunkModules ?? preset.ChunkModules ?? (all ?? modulesSet is not true);
        var modules = modulesSet ?? (all ?? !(forToString && chunks && chunkModules));
        return new NormalizedStatsOptions
        {
            Assets = NormalOn(options.Assets ?? preset.Assets),
            AssetsSpace = options.AssetsSpace ?? preset.AssetsSpace ?? (forToString ? 15 : int.MaxValue),
            BuiltAt = OffForToString(options.BuiltAt ?? preset.BuiltAt),
            Chunks = chunks,
            ChunkModules = chunkModules,
            Colors = options.Colors ?? colorsByDefault,
            Entrypoints = AutoForToString(options.Entrypoints ?? preset.Entrypoints),
            ErrorDetails = AutoForToString(options.ErrorDetails ?? preset.ErrorDetails),
            Errors = NormalOn(options.Errors ?? preset.Errors),
            ErrorsCount = NormalOn(options.ErrorsCount ?? preset.ErrorsCount),
            Hash = OffForToString(options.Hash ?? preset.Hash),
            Hints = NormalOn(options.Hints ?? preset.Hints),
            HintsCount = NormalOn(options.HintsCount ?? preset.HintsCount),
            Ids = OffForToString(options.Ids ?? preset.Ids),
            Logging = options.Preset switch
            {
                "verbose" => LogType.Debug,
                "detailed" => LogType.Log,
                "minimal" or "errors-warnings" => LogType.Warn,
                "errors-only" => LogType.Error,
                "summary" or "none" => null,
                _ => forToString && all != false ? LogType.Info : null,
            },
            ModuleTrace = NormalOn(options.ModuleTrace ?? preset.ModuleTrace),
            Modules = modules,
            ModulesSpace = options.ModulesSpace ?? preset.ModulesSpace ?? (forToString ? 15 : int.MaxValue),
            OutputPath = OffForToString(options.OutputPath ?? preset.OutputPath),
            PublicPath = OffForToString(options.PublicPath ?? preset.PublicPath),
            Timings = NormalOn(options.Timings ?? preset.Timings),
            Version = NormalOn(options.Version ?? preset.Version),
            Warnings = NormalOn(options.Warnings ?? preset.Warnings),
            WarningsCount = NormalOn(options.WarningsCount ?? preset.WarningsCount),
        };
    }

    // DefaultStatsPresetPlugin's NAMED_PRESETS, for the options Sharpack reads; "normal" is no preset.
    private static StatsOptions Preset(string? name) => name switch
    {
        "verbose" => new()
        {
            Hash = true,
            BuiltAt = true,
            Entrypoints = StatsAuto.True,
            Ids = true,
            Modules = false,
            Chunks = true,
            ChunkModules = true,
            ErrorDetails = StatsAuto.True,
            PublicPath = true,
            AssetsSpace = int.MaxValue,
            ModulesSpace = int.MaxValue,
        },
        "detailed" => new()
        {
            Hash = true,
            BuiltAt = true,
            Entrypoints = StatsAuto.True,
            Ids = true,
            Chunks = true,
            ChunkModules = false,
            ErrorDetails = StatsAuto.True,
            PublicPath = true,
            AssetsSpace = 1000,
            ModulesSpace = 1000,
        },
        "minimal" => new()
        {
            All = false,
            Version = true,
            Timings = true,
            Modules = true,
            ModulesSpace = 0,
            Assets = true,
            AssetsSpace = 0,
            Errors = true,
            ErrorsCount = true,
            Warnings = true,
            WarningsCount = true,
        },
        "errors-only" => new() { All = false, Errors = true, ErrorsCount = true, ModuleTrace = true },
        "errors-warnings" => new() { All = false, Errors = true, ErrorsCount = true, Warnings = true, WarningsCount = true, Hints = true, HintsCount = true },
        "summary" => new() { All = false, Version = true, ErrorsCount = true, WarningsCount = true },
        "none" => new() { All = false },
        _ => new(),
    };
}
