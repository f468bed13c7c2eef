// Follows webpack lib/RequestShortener.js and util/identifier.js (makePathsRelative): a request
// (`loader?x!/abs/src/a.js`, `json|/abs/data.json`) as a person reads it, each absolute path in it
// made relative to the context (`./src/a.js`, `../lib/b.js`).

namespace Sharpack.Core.ModuleGraph;

/// <summary>Makes the paths in requests and identifiers relative to the context.</summary>
public static class RequestShortener
{
    /// <summary>An absolute path relative to <paramref name="context"/>: <c>./src/a.js</c>, <c>../x.js</c>, or <c>.</c> for the context itself.</summary>
    public static string ShortenPath(string context, string path)
    {
        // Not a path: a data: URI names itself.
        if (!Path.IsPathRooted(path))
            return path;
        // A resource escapes a "#" of a file name as "\0#"; shown, it is the file's name.
        if (path.Contains('\0'))
            path = path.Replace("\0", "", StringComparison.Ordinal);
        var relative = Path.GetRelativePath(context, path).Replace('\\', '/');
        if (relative == ".") relative = "";
        return relative.StartsWith("../", StringComparison.Ordinal) ? relative : relative.Length == 0 ? "." : "./" + relative;
    }

    /// <summary>
    /// <paramref name="request"/> with each absolute path in it (the parts between <c>!</c>, after
    /// a <c>type|</c> prefix) relative to <paramref name="context"/>.
    /// </summary>
    public static string ShortenRequest(string context, string request)
    {
        var parts = request.Split('!');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var bar = part.IndexOf('|');
            var prefix = bar > 0 && !Path.IsPathFullyQualified(part) ? part[..(bar + 1)] : "";
            var path = part[prefix.Length..];
            if (Path.IsPathFullyQualified(path))
                parts[i] = prefix + ShortenPath(context, path);
        }
        return string.Join('!', parts);
    }
}
