// Follows webpack's default minimizer for CSS (lib/css/cssMinify.js dispatched by the shared
// minimizer plugin): at processAssets' optimize-size stage every `.css` asset not minimized yet
// (webpack's own chunks' files, and those other plugins emitted) is minified by Sharpack's CSS
// minifier, all of them in parallel; an asset with a source map keeps one, composed with the
// minifier's. An asset already marked minimized (another minimizer's work) is left as it is.
// In optimization.minimizer (`new CssMinimizerPlugin()` from css-minimizer-webpack-plugin, Rspack's
// LightningCssMinimizerRspackPlugin) it takes their `test`, `include` and `exclude`; their minifier
// choices (minify, minimizerOptions) are Sharpack's own minifier.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Hooks;
using Sharpack.Core.Options;
using Sharpack.Css;
using Sharpack.Plugins.Builtin;
using Sharpack.Sources;

namespace Sharpack.Plugins.Minify;

/// <summary>Minifies the CSS assets.</summary>
public sealed class CssMinimizerPlugin : IPlugin
{
    private const string Name = "CssMinimizerPlugin";
    private const string Title = "Css Minimizer Plugin";

    private readonly Func<string, bool> _test = IsCssAsset;
    private readonly Func<string, bool>? _include;
    private readonly Func<string, bool>? _exclude;

    /// <summary>The default minimizer: every CSS asset.</summary>
    public CssMinimizerPlugin()
    {
    }

    /// <summary>Created from a configuration's options (css-minimizer-webpack-plugin's, lightningcss's).</summary>
    public CssMinimizerPlugin(JsonNode? options, IJsFunctionHost? functions)
    {
        if (options is null)
            return;
        if (options is not JsonObject obj)
            throw BuiltinOptions.Invalid(Title, "options should be an object.");
        BuiltinOptions.CheckKeys(obj, Title, "test", "include", "exclude", "parallel", "minify", "minimizerOptions", "warningsFilter", "removeUnusedLocalIdents");
        _test = BuiltinOptions.MatchPart(obj["test"], Title, "options.test", functions) ?? IsCssAsset;
        _include = BuiltinOptions.MatchPart(obj["include"], Title, "options.include", functions);
        _exclude = BuiltinOptions.MatchPart(obj["exclude"], Title, "options.exclude", functions);
    }

    private bool Matches(string file) => _test(file) && (_include is null || _include(file)) && (_exclude is null || !_exclude(file));

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) =>
            compilation.Hooks.ProcessAssets.Tap(new TapOptions(Name) { Stage = Compilation.ProcessAssetsStageOptimizeSize }, _ => Optimize(compilation)));
    }

    /// <summary>webpack's filter: <c>/\.css(\?.*)?$/i</c>.</summary>
    public static bool IsCssAsset(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var query = file.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? file : file[..query];
        return path.EndsWith(".css", StringComparison.OrdinalIgnoreCase);
    }

    private void Optimize(Compilation compilation)
    {
        var jobs = new List<(string File, Source Input, Source? Output)>();
        foreach (var (file, asset) in compilation.Assets)
        {
            if (!asset.Info.Minimized && Matches(file))
                jobs.Add((file, asset.Source, null));
        }
        if (jobs.Count == 0)
            return;
        var outputs = new Source[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var (file, input, _) = jobs[i];
            var (text, inputMap) = input.GetSourceAndMap(SourceMapOptions.Default);
            var result = CssMinifier.Minify(text, new CssMinifyOptions { SourceMap = inputMap is not null, FileName = file });
            outputs[i] = inputMap is not null && result.Map is { } map
                ? new SourceMapSource(result.Code, file, map, text, inputMap, removeOriginalSource: true)
                : new RawSource(result.Code);
        });
        for (var i = 0; i < jobs.Count; i++)
        {
            var output = outputs[i];
            compilation.UpdateAsset(jobs[i].File, _ => output, info => info with { Minimized = true });
        }
    }
}
