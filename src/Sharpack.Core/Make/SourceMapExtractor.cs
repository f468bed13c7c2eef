// Follows webpack's lib/util/extractSourceMap.js (`module.rules[].extractSourceMap`, what
// source-map-loader did): the last `//# sourceMappingURL=…` (or `/*# … */`) comment of a resource
// names its source map, as a data: URL, a file: URL, an absolute path (a leading `/` also tried
// against the resource's folder) or a path relative to the resource. The map's sources become
// absolute paths (its sourceRoot applied), their contents taken from sourcesContent or read from
// the files; the comment is cut from the text, and text and map go to the first loader (or to the
// module when it has none). A map or source that cannot be read or parsed makes a warning (the
// caller's), and the resource stays as it was.

using System.Text;
using System.Text.Json.Nodes;
using Sharpack.Resolver;

namespace Sharpack.Core.Make;

/// <summary>Extracts the source map a resource names in its <c>sourceMappingURL</c> comment.</summary>
public static class SourceMapExtractor
{
    /// <summary>What <see cref="Extract"/> found.</summary>
    /// <param name="Text">The resource's text, without the comment.</param>
    /// <param name="SourceMap">The map (JSON), its sources absolute paths; null when the text names none.</param>
    /// <param name="Files">The files read (the map and sources without contents): dependencies of the module.</param>
    public sealed record Extracted(string Text, string? SourceMap, IReadOnlyList<string> Files);

    /// <summary>
    /// The text of <paramref name="resourcePath"/> without its <c>sourceMappingURL</c> comment and
    /// the map it names, read through <paramref name="fileSystem"/>.
    /// </summary>
    /// <param name="text">The resource's text.</param>
    /// <param name="resourcePath">Its path.</param>
    /// <param name="fileSystem">Where the map and the sources are read.</param>
    /// <param name="files">Gets each file read, or tried, as it goes (the module depends on them, also when this throws).</param>
    /// <exception cref="InvalidOperationException">The map or a source could not be read or parsed ("Failed to parse source map…").</exception>
    /// <remarks>A caller that reports failures rather than stopping uses <see cref="TryExtract"/>.</remarks>
    public static Extracted Extract(string text, string resourcePath, IFileSystem fileSystem, List<string>? files = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileSystem);
        files ??= [];
        if (FindComment(text) is not var (url, commentStart, commentEnd) || url.Length == 0)
            return new Extracted(text, null, files);
        var baseContext = Path.GetDirectoryName(resourcePath) ?? "";
        var (mapUrl, mapContent) = Fetch(fileSystem, baseContext, DecodeUri(url), null, skipReading: false, files);
        if (string.IsNullOrEmpty(mapContent))
            return new Extracted(text, null, files);
        JsonObject map;
        try
        {
            var json = mapContent.StartsWith(")]}'", StringComparison.Ordinal) ? mapContent[4..] : mapContent;
            map = JsonNode.Parse(json) as JsonObject ?? throw new InvalidOperationException("a source map must be a JSON object");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidOperationException($"Failed to parse source map from '{url}': {e.Message}", e);
        }
        var context = mapUrl.Length > 0 ? Path.GetDirectoryName(mapUrl) ?? baseContext : baseContext;
        var sourceRoot = map["sourceRoot"] is JsonValue root && root.TryGetValue<string>(out var rootText) ? rootText : null;
        var sources = map["sources"] as JsonArray ?? [];
        var contents = map["sourcesContent"] as JsonArray;
        var newSources = new JsonArray();
        var newContents = new JsonArray();
        var anyContent = false;
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i] is JsonValue value && value.TryGetValue<string>(out var s) ? s : "";
            var known = contents is not null && i < contents.Count && contents[i] is JsonValue c && c.TryGetValue<string>(out var content) ? content : null;
            var (sourceUrl, sourceContent) = Fetch(fileSystem, context, source, sourceRoot, skipReading: known is not null, files);
            sourceContent = known ?? sourceContent;
            newSources.Add((JsonNode)JsonValue.Create(sourceUrl));
            newContents.Add((JsonNode)JsonValue.Create(sourceContent ?? ""));
            anyContent |= !string.IsNullOrEmpty(sourceContent);
        }
        map.Remove("sourceRoot");
        map["sources"] = newSources;
        if (anyContent)
            map["sourcesContent"] = newContents;
        else
            map.Remove("sourcesContent");
        return new Extracted(string.Concat(text.AsSpan(0, commentStart), text.AsSpan(commentEnd)), map.ToJsonString(), files);
    }

    /// <summary>
    /// <see cref="Extract"/>, with a failure as <paramref name="error"/> (its message) instead of an
    /// exception: a map that cannot be read or parsed, or a path or URL the file system cannot take.
    /// </summary>
    /// <returns>What was extracted, or null after a failure.</returns>
    public static Extracted? TryExtract(string text, string resourcePath, IFileSystem fileSystem, List<string> files, out string? error)
    {
        try
        {
            error = null;
            return Extract(text, resourcePath, fileSystem, files);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or UriFormatException)
        {
            error = e.Message;
            return null;
        }
    }

    // The URL of the last sourceMappingURL comment and the span the comment (with the white space
    // after it, to the end of its line) takes: `//# sourceMappingURL=URL` or
    // `/*# sourceMappingURL=URL */` on one line, `@` for `#` (webpack matches line by line).
    private static (string Url, int Start, int End)? FindComment(string text)
    {
        const string Key = "sourceMappingURL";
        for (var at = text.LastIndexOf(Key, StringComparison.Ordinal); at >= 0; at = at == 0 ? -1 : text.LastIndexOf(Key, at - 1, StringComparison.Ordinal))
        {
            // Before the key: blanks, `#` or `@`, blanks, then `//` or `/*`.
            var p = SkipBlanksBack(text, at);
            if (p == 0 || text[p - 1] is not ('#' or '@'))
                continue;
            p = SkipBlanksBack(text, p - 1);
            bool block;
            if (p >= 2 && text[p - 2] == '/' && text[p - 1] == '/')
            {
                block = false;
                p -= 2;
            }
            else if (p >= 2 && text[p - 2] == '/' && text[p - 1] == '*')
            {
                block = true;
                p -= 2;
            }
            else
            {
                continue;
            }
            // After the key: `=`, the URL (up to white space or a quote), then `*/` for a block,
            // all on the line; then the rest of the line's blanks and its line break.
            var e = SkipBlanks(text, at + Key.Length);
            if (e >= text.Length || text[e] != '=')
                continue;
            var urlStart = SkipBlanks(text, e + 1);
            var urlEnd = urlStart;
            while (urlEnd < text.Length && !char.IsWhiteSpace(text[urlEnd]) && text[urlEnd] is not ('\'' or '"'))
                urlEnd++;
            var end = SkipBlanks(text, urlEnd);
            if (block)
            {
                if (end + 1 >= text.Length || text[end] != '*' || text[end + 1] != '/')
                    continue;
                end = SkipBlanks(text, end + 2);
            }
            if (end < text.Length && text[end] == '\r')
                end++;
            if (end < text.Length && text[end] == '\n')
                end++;
            return (text[urlStart..urlEnd], p, end);
        }
        return null;
    }

    // White space within a line.
    private static bool IsBlank(char c) => c is not ('\n' or '\r' or '\u2028' or '\u2029') && char.IsWhiteSpace(c);

    private static int SkipBlanks(string text, int at)
    {
        while (at < text.Length && IsBlank(text[at]))
            at++;
        return at;
    }

    private static int SkipBlanksBack(string text, int at)
    {
        while (at > 0 && IsBlank(text[at - 1]))
            at--;
        return at;
    }

    // JavaScript's decodeURI: %XX sequences decoded (as UTF-8), but not those of `;/?:@&=+$,#`.
    private static string DecodeUri(string url)
    {
        if (!url.Contains('%', StringComparison.Ordinal))
            return url;
        var builder = new StringBuilder(url.Length);
        var bytes = new List<byte>();
        for (var i = 0; i < url.Length; i++)
        {
            if (url[i] == '%' && i + 2 < url.Length && byte.TryParse(url.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var value)
                && !(value < 0x80 && ";/?:@&=+$,#".Contains((char)value, StringComparison.Ordinal)))
            {
                bytes.Add(value);
                i += 2;
                continue;
            }
            if (bytes.Count > 0)
            {
                builder.Append(Encoding.UTF8.GetString([.. bytes]));
                bytes.Clear();
            }
            builder.Append(url[i]);
        }
        if (bytes.Count > 0)
            builder.Append(Encoding.UTF8.GetString([.. bytes]));
        return builder.ToString();
    }

    // webpack's fetchFromURL: where a URL (of the map, or of a source in it) leads and what it holds.
    private static (string Url, string? Content) Fetch(IFileSystem fileSystem, string context, string url, string? sourceRoot, bool skipReading, List<string> files)
    {
        if (IsUrl(url))
        {
            if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
                return ("", skipReading ? "" : DecodeDataUrl(url));
            if (url.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
                    throw new InvalidOperationException($"Failed to parse source map. '{url}' is no valid file: URL.");
                var path = FullPath(uri.LocalPath);
                return (path, skipReading ? "" : Read(fileSystem, path, files));
            }
            // http(s) and other schemes: webpack reads them through buildHttp, which Sharpack has not.
            return (url, skipReading ? "" : throw new InvalidOperationException($"Failed to parse source map. Reading '{url}' is not supported (no experiments.buildHttp)."));
        }
        if (Path.IsPathRooted(url))
        {
            var path = FullPath(url);
            if (skipReading)
                return (path, "");
            if (url.StartsWith('/') && fileSystem.ReadFile(path) is null)
            {
                // A leading `/` may mean the resource's folder.
                var relative = AbsolutePath(context, url[1..], sourceRoot);
                if (fileSystem.ReadFile(relative) is not null)
                    return (relative, Read(fileSystem, relative, files));
            }
            return (path, Read(fileSystem, path, files));
        }
        var resolved = AbsolutePath(context, url, sourceRoot);
        return (resolved, skipReading ? "" : Read(fileSystem, resolved, files));
    }

    // Path.GetFullPath, with a path the file system cannot hold (a NUL) as a "Failed to parse" error.
    private static string FullPath(string path)
    {
        if (path.Contains('\0', StringComparison.Ordinal))
            throw new InvalidOperationException($"Failed to parse source map. '{path}' is no valid path.");
        return Path.GetFullPath(path);
    }

    private static string AbsolutePath(string context, string request, string? sourceRoot) =>
        FullPath(string.IsNullOrEmpty(sourceRoot) ? Path.Combine(context, request)
            : Path.IsPathRooted(sourceRoot) ? Path.Combine(sourceRoot, request)
            : Path.Combine(context, sourceRoot, request));

    // A scheme (`data:`, `file:`, `https:`, `webpack:`) and not a Windows drive path.
    private static bool IsUrl(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !char.IsAsciiLetter(value[0]) || Path.IsPathRooted(value))
            return false;
        for (var i = 1; i < colon; i++)
        {
            if (!char.IsAsciiLetterOrDigit(value[i]) && value[i] is not ('+' or '.' or '-'))
                return false;
        }
        return true;
    }

    private static string Read(IFileSystem fileSystem, string path, List<string> files)
    {
        // A dependency even when missing: creating it later rebuilds the module.
        files.Add(path);
        var bytes = fileSystem.ReadFile(path) ?? throw new InvalidOperationException($"Failed to parse source map. ENOENT: no such file or directory, open '{path}'");
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    // data:[<media type>][;base64],<data>
    private static string DecodeDataUrl(string url)
    {
        var comma = url.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
            throw new InvalidOperationException("Failed to parse source map. A data: URL without a comma.");
        var header = url.AsSpan(5, comma - 5);
        var data = url[(comma + 1)..];
        try
        {
            return header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase)
                ? Encoding.UTF8.GetString(Convert.FromBase64String(data))
                : Uri.UnescapeDataString(data);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException("Failed to parse source map. " + e.Message, e);
        }
    }
}
