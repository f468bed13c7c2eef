// One entry of webpack's devtool option: a devtool string and the asset type it applies to.
// A string devtool is one entry of type "all"; webpack's array form ([{ type, use }]) lets
// JavaScript and CSS assets have different devtools.

namespace Sharpack.Core.Options;

/// <summary>A devtool (<c>eval</c> or <c>[inline-|hidden-|eval-][nosources-][cheap-[module-]]source-map[-debugids]</c>) for one asset type.</summary>
/// <param name="Type">Which assets: <c>all</c>, <c>javascript</c> or <c>css</c>.</param>
/// <param name="Use">The devtool string.</param>
public sealed record DevtoolSetting(string Type, string Use)
{
    /// <summary>Whether the devtool makes source maps (not plain <c>eval</c>).</summary>
    public bool IsSourceMap => Use.Contains("source-map", StringComparison.Ordinal);

    /// <summary>Whether the devtool wraps each module in <c>eval()</c>.</summary>
    public bool IsEval => Use.Contains("eval", StringComparison.Ordinal);

    /// <summary>Whether loaders' source maps are followed (webpack's <c>module</c>: not cheap, or cheap-module).</summary>
    public bool FollowsLoaderMaps => Use.Contains("module", StringComparison.Ordinal) || !Use.Contains("cheap", StringComparison.Ordinal);
}
