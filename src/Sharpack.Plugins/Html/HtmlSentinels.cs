// Follows webpack lib/html/HtmlGenerator.js's sentinels: a page is generated before its chunks'
// files are named, so where a chunk's URL goes it writes a placeholder naming the chunk (its id in
// hex, and which of its files), replaced once the files are named: in the JavaScript that holds
// the page (JavascriptModulesPlugin's render), and in the page's own file.

using System.Text;
using Sharpack.Core.ChunkGraph;

namespace Sharpack.Plugins.Html;

/// <summary>The placeholders for URLs known only once files are named.</summary>
internal static class HtmlSentinels
{
    private const string ChunkUrlPrefix = "__WEBPACK_HTML_CHUNK_URL__";
    private const string End = "__END__";

    /// <summary>Whether <paramref name="text"/> may hold a sentinel.</summary>
    public static bool Any(string text) => text.Contains("__WEBPACK_HTML_", StringComparison.Ordinal);

    /// <summary>webpack's makeChunkUrlSentinel: where the URL of <paramref name="chunk"/>'s JavaScript (or CSS) file goes.</summary>
    public static string ChunkUrl(Chunk chunk, bool css) =>
        ChunkUrlPrefix + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(chunk.Id)) + (css ? "__css" : "__javascript") + End;

    /// <summary>
    /// webpack's resolveChunkUrlSentinels: each chunk URL sentinel in <paramref name="text"/> made
    /// <paramref name="prefix"/> and the chunk's file (<c>data:,</c> for a chunk there is not).
    /// </summary>
    public static string ResolveChunkUrls(string text, ChunkGraph chunkGraph, string prefix)
    {
        var at = text.IndexOf(ChunkUrlPrefix, StringComparison.Ordinal);
        if (at < 0)
            return text;
        var builder = new StringBuilder(text.Length);
        var last = 0;
        while (at >= 0)
        {
            var idStart = at + ChunkUrlPrefix.Length;
            var separator = text.IndexOf("__", idStart, StringComparison.Ordinal);
            var end = separator < 0 ? -1 : text.IndexOf(End, separator + 2, StringComparison.Ordinal);
            if (end < 0)
                break;
            var hex = text.AsSpan(idStart, separator - idStart);
            var kind = text.AsSpan(separator + 2, end - separator - 2);
            string url;
            try
            {
                var chunk = chunkGraph.GetChunkById(Encoding.UTF8.GetString(Convert.FromHexString(hex)));
                url = chunk is not null && FileOf(chunkGraph.Compilation, chunk, kind.SequenceEqual("css")) is { } file ? prefix + file : "data:,";
            }
            catch (FormatException)
            {
                at = text.IndexOf(ChunkUrlPrefix, idStart, StringComparison.Ordinal);
                continue;
            }
            builder.Append(text, last, at - last).Append(url);
            last = end + End.Length;
            at = text.IndexOf(ChunkUrlPrefix, last, StringComparison.Ordinal);
        }
        return builder.Append(text, last, text.Length - last).ToString();
    }

    // The chunk's JavaScript file is its first (named before any chunk is rendered); its stylesheet is
    // named when the chunks are hashed.
    private static string? FileOf(Core.Compilation compilation, Chunk chunk, bool css) =>
        css ? Css.CssModulesPlugin.StylesheetFile(compilation, chunk) : chunk.Files.Count > 0 ? chunk.Files[0] : null;
}
