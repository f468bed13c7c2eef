// webpack's `performance` options as SizeLimitsPlugin reads them: how a build over the size limits
// is reported (a warning, an error, a hint in stats only, or not at all), the limits in bytes, and
// which assets count.

namespace Sharpack.Core.Options;

/// <summary>The <c>performance</c> options (null in <see cref="SharpackOptions.Performance"/> for <c>performance: false</c>).</summary>
public sealed class PerformanceOptions
{
    /// <summary><c>hints</c>: <c>warning</c>, <c>error</c> or <c>stats</c>; null for false (nothing is reported).</summary>
    public string? Hints { get; init; }

    /// <summary><c>maxAssetSize</c> in bytes (250,000 by default).</summary>
    public double MaxAssetSize { get; init; } = 250000;

    /// <summary><c>maxEntrypointSize</c> in bytes (250,000 by default).</summary>
    public double MaxEntrypointSize { get; init; } = 250000;

    /// <summary><c>circularDependencies</c> (or <c>all</c>): groups of modules importing each other are reported (webpack 5.112).</summary>
    public bool CircularDependencies { get; init; }

    /// <summary><c>unusedReexports</c> (or <c>all</c>): modules bundled only as re-exports nothing uses are reported (webpack 5.112).</summary>
    public bool UnusedReexports { get; init; }

    /// <summary><c>performance.missingSideEffects</c>: report packages whose unused modules stay because their package.json declares no <c>sideEffects</c>.</summary>
    public bool MissingSideEffects { get; init; }

    /// <summary><c>unusedExternals</c> (or <c>all</c>): requests the externals option names that no module requested are reported (webpack 5.112).</summary>
    public bool UnusedExternals { get; init; }

    /// <summary><c>unusedRules</c> (or <c>all</c>): rules that never matched a module are reported (webpack 5.112).</summary>
    public bool UnusedRules { get; init; }

    /// <summary><c>assetFilter(name, source, info)</c>: which assets count; null counts all but development ones (source maps).</summary>
    public JsFunction? AssetFilter { get; init; }
}
