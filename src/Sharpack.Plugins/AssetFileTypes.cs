// What an asset's name says about its content, its query left out: webpack's tests
// /\.[cm]?js(\?.*)?$/i (JavaScript) and /\.css(?:$|\?)/i (CSS), as the source-map plugins and
// the minimizer apply them.

namespace Sharpack.Plugins;

/// <summary>Asset name tests by extension.</summary>
internal static class AssetFileTypes
{
    /// <summary>True when <paramref name="file"/>, without its query, ends with <paramref name="extension"/> (any case).</summary>
    public static bool HasExtension(string file, string extension)
    {
        var query = file.IndexOf('?', StringComparison.Ordinal);
        return (query < 0 ? file.AsSpan() : file.AsSpan(0, query)).EndsWith(extension, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A .js, .mjs or .cjs file.</summary>
    public static bool IsJavaScript(string file) => HasExtension(file, ".js") || HasExtension(file, ".mjs") || HasExtension(file, ".cjs");

    /// <summary>A .css file.</summary>
    public static bool IsCss(string file) => HasExtension(file, ".css");
}
