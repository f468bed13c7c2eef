// Follows enhanced-resolve lib/util/path.js and node's path.posix (normalize, join, dirname,
// basename). The resolver's answers are path strings that must equal enhanced-resolve's to the
// character, so these are ports, not equivalents: `join("/a/", "b/")` keeps its trailing slash,
// `..` above the root is dropped, a relative result keeps its `./`. Paths are POSIX; Windows
// paths are recognised (PathType.AbsoluteWin) but normalised the POSIX way.

namespace Sharpack.Resolver;

/// <summary>Path helpers with node's and enhanced-resolve's exact string results.</summary>
internal static class PathUtil
{
    /// <summary>enhanced-resolve's getType: module name, relative, absolute or internal (`#`).</summary>
    public static PathType GetType(string p)
    {
        switch (p.Length)
        {
            case 0:
                return PathType.Empty;
            case 1:
                return p[0] switch
                {
                    '.' => PathType.Relative,
                    '/' => PathType.AbsolutePosix,
                    '#' => PathType.Internal,
                    _ => PathType.Normal,
                };
            case 2:
                {
                    var c0 = p[0];
                    if (c0 == '.') return p[1] is '.' or '/' ? PathType.Relative : PathType.Normal;
                    if (c0 == '/') return PathType.AbsolutePosix;
                    if (c0 == '#') return PathType.Internal;
                    var c1 = p[1];
                    if (c1 == ':' && char.IsAsciiLetter(c0)) return PathType.AbsoluteWin;
                    if (c0 == '\\' && c1 == '\\') return PathType.AbsoluteWin;
                    return PathType.Normal;
                }
        }
        var first = p[0];
        switch (first)
        {
            case '.':
                if (p[1] == '/') return PathType.Relative;
                if (p[1] == '.') return p[2] == '/' ? PathType.Relative : PathType.Normal;
                return PathType.Normal;
            case '/':
                return PathType.AbsolutePosix;
            case '#':
                return PathType.Internal;
        }
        var second = p[1];
        if (second == ':' && p[2] is '\\' or '/' && char.IsAsciiLetter(first)) return PathType.AbsoluteWin;
        if (first == '\\' && second == '\\') return PathType.AbsoluteWin;
        return PathType.Normal;
    }

    /// <summary>enhanced-resolve's isRelativeRequest: ".", "..", "./…" or "../…".</summary>
    public static bool IsRelativeRequest(string r)
    {
        if (r.Length == 0 || r[0] != '.') return false;
        if (r.Length == 1) return true;
        if (r[1] == '/') return true;
        if (r[1] != '.') return false;
        return r.Length == 2 || r[2] == '/';
    }

    /// <summary>enhanced-resolve's normalize.</summary>
    public static string Normalize(string p)
    {
        switch (GetType(p))
        {
            case PathType.Empty:
                return p;
            case PathType.Relative:
                {
                    var r = PosixNormalize(p);
                    return GetType(r) == PathType.Relative ? r : "./" + r;
                }
        }
        return PosixNormalize(p);
    }

    /// <summary>enhanced-resolve's join(rootPath, request).</summary>
    public static string Join(string rootPath, string? request)
    {
        if (string.IsNullOrEmpty(request)) return Normalize(rootPath);
        var requestType = GetType(request);
        if (requestType is PathType.AbsolutePosix or PathType.AbsoluteWin) return PosixNormalize(request);
        switch (GetType(rootPath))
        {
            case PathType.Normal:
            case PathType.Relative:
            case PathType.AbsolutePosix:
            case PathType.AbsoluteWin:
                return PosixNormalize(string.Concat(rootPath, "/", request));
        }
        // An empty root: the request alone.
        return requestType == PathType.Relative ? Normalize(request) : PosixNormalize(request);
    }

    /// <summary>node's path.posix.normalize.</summary>
    public static string PosixNormalize(string path)
    {
        if (path.Length == 0) return ".";
        if (IsNormal(path)) return path;
        var isAbsolute = path[0] == '/';
        var trailingSeparator = path[^1] == '/';
        var normalized = NormalizeString(path, !isAbsolute);
        if (normalized.Length == 0)
        {
            if (isAbsolute) return "/";
            return trailingSeparator ? "./" : ".";
        }
        if (trailingSeparator) normalized += "/";
        return isAbsolute ? "/" + normalized : normalized;
    }

    // True when normalize would return the path unchanged: no empty, "." or ".." segment (a
    // trailing slash is kept by normalize, a leading one is the root).
    private static bool IsNormal(string path)
    {
        var start = path[0] == '/' ? 1 : 0;
        var end = path[^1] == '/' && path.Length > 1 ? path.Length - 1 : path.Length;
        if (start >= end) return path.Length == 1 && path[0] == '/';
        var segmentStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && path[i] != '/') continue;
            var length = i - segmentStart;
            if (length == 0) return false;
            if (path[segmentStart] == '.' && (length == 1 || (length == 2 && path[segmentStart + 1] == '.'))) return false;
            segmentStart = i + 1;
        }
        return true;
    }

    // node's normalizeString for '/' separators.
    private static string NormalizeString(string path, bool allowAboveRoot)
    {
        var res = new System.Text.StringBuilder(path.Length);
        var lastSegmentLength = 0;
        var lastSlash = -1;
        var dots = 0;
        var code = '\0';
        for (var i = 0; i <= path.Length; i++)
        {
            if (i < path.Length) code = path[i];
            else if (code == '/') break;
            else code = '/';

            if (code == '/')
            {
                if (lastSlash == i - 1 || dots == 1)
                {
                    // empty or "." segment
                }
                else if (dots == 2)
                {
                    if (res.Length < 2 || lastSegmentLength != 2 || res[^1] != '.' || res[^2] != '.')
                    {
                        if (res.Length > 2)
                        {
                            var lastSlashIndex = LastIndexOf(res, '/');
                            if (lastSlashIndex == -1)
                            {
                                res.Clear();
                                lastSegmentLength = 0;
                            }
                            else
                            {
                                res.Length = lastSlashIndex;
                                lastSegmentLength = res.Length - 1 - LastIndexOf(res, '/');
                            }
                            lastSlash = i;
                            dots = 0;
                            continue;
                        }
                        if (res.Length != 0)
                        {
                            res.Clear();
                            lastSegmentLength = 0;
                            lastSlash = i;
                            dots = 0;
                            continue;
                        }
                    }
                    if (allowAboveRoot)
                    {
                        res.Append(res.Length > 0 ? "/.." : "..");
                        lastSegmentLength = 2;
                    }
                }
                else
                {
                    if (res.Length > 0) res.Append('/');
                    res.Append(path, lastSlash + 1, i - lastSlash - 1);
                    lastSegmentLength = i - lastSlash - 1;
                }
                lastSlash = i;
                dots = 0;
            }
            else if (code == '.' && dots != -1)
            {
                dots++;
            }
            else
            {
                dots = -1;
            }
        }
        return res.ToString();
    }

    private static int LastIndexOf(System.Text.StringBuilder builder, char c)
    {
        for (var i = builder.Length - 1; i >= 0; i--)
        {
            if (builder[i] == c) return i;
        }
        return -1;
    }

    /// <summary>enhanced-resolve's DescriptionFileUtils.cdUp: the path without its last segment, or null at the top.</summary>
    public static string? CdUp(string directory)
    {
        if (directory.Length <= 1) return null;
        for (var i = directory.Length - 1; i >= 0; i--)
        {
            if (directory[i] is '/' or '\\')
                return i == 0 ? directory[..1] : directory[..i];
        }
        return null;
    }

    /// <summary>node's path.posix.dirname.</summary>
    public static string Dirname(string path)
    {
        if (path.Length == 0) return ".";
        var hasRoot = path[0] == '/';
        var end = -1;
        var matchedSlash = true;
        for (var i = path.Length - 1; i >= 1; --i)
        {
            if (path[i] == '/')
            {
                if (!matchedSlash)
                {
                    end = i;
                    break;
                }
            }
            else
            {
                matchedSlash = false;
            }
        }
        if (end == -1) return hasRoot ? "/" : ".";
        if (hasRoot && end == 1) return "//";
        return path[..end];
    }

    /// <summary>The last segment of a path (node's path.posix.basename without suffix).</summary>
    public static string Basename(string path)
    {
        var end = path.Length;
        while (end > 1 && path[end - 1] == '/') end--;
        var start = path.LastIndexOf('/', end - 1) + 1;
        return path[start..end];
    }

    /// <summary>enhanced-resolve's isInside: <paramref name="child"/> is <paramref name="parent"/> or below it.</summary>
    public static bool IsInside(string parent, string child)
    {
        var length = parent.Length;
        while (length > 1 && parent[length - 1] == '/') length--;
        if (!child.AsSpan().StartsWith(parent.AsSpan(0, length), StringComparison.Ordinal)) return false;
        return child.Length == length || child[length] == '/' || (length == 1 && parent[0] == '/');
    }

    /// <summary>
    /// enhanced-resolve's invalidSegmentRegEx (with <paramref name="allowEmpty"/>) or
    /// deprecatedInvalidSegmentRegEx: a segment that is "", ".", ".." or "node_modules", any
    /// character of which may be percent-encoded, in any case.
    /// </summary>
    public static bool HasInvalidSegment(string path, bool allowEmpty)
    {
        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i < path.Length && path[i] is not ('/' or '\\')) continue;
            if (IsInvalidSegment(path.AsSpan(start, i - start), allowEmpty)) return true;
            start = i + 1;
        }
        return false;
    }

    private static bool IsInvalidSegment(ReadOnlySpan<char> segment, bool allowEmpty)
    {
        if (segment.Length == 0) return allowEmpty;
        Span<char> decoded = stackalloc char[12];
        var length = 0;
        for (var i = 0; i < segment.Length; i++)
        {
            if (length == decoded.Length) return false;
            var c = segment[i];
            if (c == '%' && i + 2 < segment.Length + 0 && IsHex(segment[i + 1]) && IsHex(segment[i + 2]))
            {
                c = (char)(HexValue(segment[i + 1]) * 16 + HexValue(segment[i + 2]));
                i += 2;
            }
            decoded[length++] = char.ToLowerInvariant(c);
        }
        var text = decoded[..length];
        return text is "." or ".." or "node_modules";
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
