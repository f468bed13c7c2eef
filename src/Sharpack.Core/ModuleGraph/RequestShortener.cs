// Follows webpack lib/RequestShortener.js and util/identifier.js (makePathsRelative): a request
// (`loader?x!/abs/src/a.js`, `json|/abs/data.json`) as a person reads it, each absolute path in it
// made relative to the context (`./src/a.js`, `../lib/b.js`).

using System.Text;

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

    /// <summary>
    /// webpack's getFullModuleName (makePathsRelative): the identifier split at <c>|</c> and <c>!</c>,
    /// each absolute path made relative to the context ("./" in front unless it climbs out, "./."
    /// for the context itself, "../." for its parent); a segment ending in "/" is a context's RegExp
    /// and stays as it is.
    /// </summary>
    public static string FullModuleName(string identifier, string context)
    {
        var builder = new StringBuilder(identifier.Length);
        var start = 0;
        for (var i = 0; i <= identifier.Length; i++)
        {
            if (i < identifier.Length && identifier[i] is not ('|' or '!'))
                continue;
            builder.Append(AbsoluteToRequest(context, identifier[start..i]));
            if (i < identifier.Length)
                builder.Append(identifier[i]);
            start = i + 1;
        }
        return builder.ToString();
    }

    // webpack's absoluteToRequest for a POSIX path.
    private static string AbsoluteToRequest(string context, string segment)
    {
        if (segment.Length == 0 || segment[0] != '/' || (segment.Length > 1 && segment[^1] == '/'))
            return segment;
        var query = segment.IndexOf('?', StringComparison.Ordinal);
        var resource = query < 0 ? segment : segment[..query];
        // A "#" of a file name is escaped "\0#" in identifiers; .NET's paths refuse NUL, webpack's
        // posix.relative keeps it as a character, so it stands in for a moment as one .NET accepts.
        var escaped = resource.Contains('\0');
        if (escaped)
            resource = resource.Replace('\0', '\uE000');
        var relative = Path.GetRelativePath(context, resource).Replace('\\', '/');
        if (escaped)
            relative = relative.Replace('\uE000', '\0');
        var request = relative switch
        {
            "." => "./.",
            ".." => "../.",
            _ when relative.StartsWith("../", StringComparison.Ordinal) => relative,
            _ => "./" + relative,
        };
        return query < 0 ? request : request + segment[query..];
    }
}
