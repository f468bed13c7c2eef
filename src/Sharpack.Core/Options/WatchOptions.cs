// webpack's watchOptions, normalized: how long to wait for more changes after the first, whether
// to poll the file system instead of listening to its notifications, and which paths never trigger
// a rebuild.

namespace Sharpack.Core.Options;

/// <summary>webpack's <c>watchOptions</c>.</summary>
public sealed record WatchOptions
{
    /// <summary>Milliseconds to wait after the first change for others before rebuilding (webpack's default 20).</summary>
    public int AggregateTimeout { get; init; } = 20;

    /// <summary>
    /// Null to listen to the file system's notifications; else the interval in milliseconds at which
    /// the watched paths are polled (<c>poll: true</c> is watchpack's 5007).
    /// </summary>
    public int? Poll { get; init; }

    /// <summary>Glob patterns (absolute, or matched anywhere when relative) of paths that never trigger a rebuild.</summary>
    public IReadOnlyList<string> IgnoredGlobs { get; init; } = [];

    /// <summary>A regular expression of paths that never trigger a rebuild, or null.</summary>
    public System.Text.RegularExpressions.Regex? IgnoredRegExp { get; init; }

    /// <summary>Watch a symbolic link's target as well as the link.</summary>
    public bool FollowSymlinks { get; init; }

    /// <summary>Stop watching when standard input ends (webpack-cli's <c>watchOptions.stdin</c>).</summary>
    public bool Stdin { get; init; }

    /// <summary>Whether <paramref name="path"/> (absolute, any separators) is ignored.</summary>
    public bool IsIgnored(string path)
    {
        if (IgnoredGlobs.Count == 0 && IgnoredRegExp is null)
            return false;
        var normalized = Make.GlobPatterns.NormalizePathSeparators(path);
        if (IgnoredRegExp is { } regExp && regExp.IsMatch(normalized))
            return true;
        // watchpack's globs match a path or any folder above it (its "(?:$|\/)" suffix).
        for (var candidate = normalized; candidate.Length > 0; candidate = ParentOf(candidate))
        {
            foreach (var glob in IgnoredGlobs)
            {
                if (Make.GlobPatterns.IsMatch(glob, candidate))
                    return true;
            }
        }
        return false;
    }

    private static string ParentOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash <= 0 ? "" : path[..slash];
    }
}
