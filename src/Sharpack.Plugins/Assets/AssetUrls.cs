// webpack's asset-url source type (AssetGenerator for ASSET_URL_TYPE): the URL a stylesheet or an
// HTML page writes for an asset it names itself, not through JavaScript.

using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;

namespace Sharpack.Plugins.Assets;

/// <summary>The URLs stylesheets and pages write for their assets.</summary>
public static class AssetUrls
{
    /// <summary>
    /// The placeholder for <c>output.publicPath: "auto"</c>: the way back from the file that writes the URL
    /// (a stylesheet, a page) to the output folder, known once that file is named.
    /// </summary>
    public const string PublicPathAuto = "__WEBPACK_CSS_PUBLIC_PATH_AUTO__";

    /// <summary>
    /// The URL of <paramref name="module"/>: its public path and file (<see cref="PublicPathAuto"/> first
    /// under <c>"auto"</c> or a public path function), a data: URL, or <c>data:,</c> for what has no URL
    /// (a missing or ignored module, <c>asset/source</c>). <paramref name="stylesheet"/>: a stylesheet's url() asks.
    /// </summary>
    public static string Of(Module? module, SharpackOptions options, bool stylesheet = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        // An external URL is written as it is where it has the asset-url type: always for asset-url
        // (and css-url), for an asset external only in a stylesheet (webpack's factory marks a CSS
        // url() so; a page's src reads the asset external's JavaScript url, so it has none).
        if (module is Externals.ExternalModule { IsAssetUrl: true } external && (stylesheet || external.Type != "asset"))
            return external.Request;
        if (module is not AssetModule asset || asset.Type is "asset/source" or "asset/bytes")
            return "data:,";
        if (asset.IsDataUrl)
            return AssetDataUrl.Create(asset, options);
        var file = asset.File(options);
        if (file.PublicPath is { } publicPath)
            return publicPath + file.OriginalFilename;
        var output = options.Output;
        if (output.PublicPathFunction is not null || output.PublicPath == "auto")
            return PublicPathAuto + file.OriginalFilename;
        return output.PublicPath + file.OriginalFilename;
    }
}
