// Follows webpack's default minimizer for CSS (lib/css/cssMinify.js dispatched by the shared
// minimizer plugin): at processAssets' optimize-size stage every `.css` asset not minimized yet
// (webpack's own chunks' files, and those other plugins emitted) is minified by Sharpack's CSS
// minifier, all of them in parallel; an asset with a source map keeps one, composed with the
// minifier's. An asset already marked minimized (another minimizer's work) is left as it is.

using Sharpack.Core;
using Sharpack.Core.Hooks;
using Sharpack.Css;
using Sharpack.Sources;

namespace Sharpack.Plugins.Minify;

/// <summary>Minifies the CSS assets.</summary>
public sealed class CssMinimizerPlugin : IPlugin
{
    private const string Name = "CssMinimizerPlugin";

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

    private static void Optimize(Compilation compilation)
    {
        var jobs = new List<(string File, Source Input, Source? Output)>();
        foreach (var (file, asset) in compilation.Assets)
        {
            if (!asset.Info.Minimized && IsCssAsset(file))
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
