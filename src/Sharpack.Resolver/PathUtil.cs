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
                return JoinNormalized(rootPath, request);
        }
        // An empty root: the request alone.
        return requestType == PathType.Relative ? Normalize(request) : PosixNormalize(request);
    }

    /// <summary>node's path.posix.normalize.</summary>
    public static string PosixNormalize(string path)
    {
        if (path.Length == 0) return ".";
        return IsNormal(path) ? path : NormalizeToString(path);
    }

    // PosixNormalize(rootPath + "/" + request) without the concatenated string.
    private static string JoinNormalized(string rootPath, string request)
    {
        var length = rootPath.Length + 1 + request.Length;
        char[]? rented = null;
        var joined = length <= StackLimit ? stackalloc char[StackLimit] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length));
        rootPath.CopyTo(joined);
        joined[rootPath.Length] = '/';
        request.CopyTo(joined[(rootPath.Length + 1)..]);
        var path = joined[..length];
        var result = IsNormal(path) ? new string(path) : NormalizeToString(path);
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    // PERF: paths up to this many chars are normalized on the stack. The resolver joins and
    // normalizes a few paths per request; with a StringBuilder and a concatenation for each,
    // that was about 30 MB of garbage for synthetic 10,000.
    private const int StackLimit = 512;

    // normalize's slow path: the path has an empty, "." or ".." segment.
    private static string NormalizeToString(ReadOnlySpan<char> path)
    {
        var isAbsolute = path[0] == '/';
        var trailingSeparator = path[^1] == '/';
        // The result is never longer than the path, plus a leading and a trailing '/'.
        char[]? rented = null;
        var buffer = path.Length + 2 <= StackLimit ? stackalloc char[StackLimit] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(path.Length + 2));
        var length = NormalizeString(path, !isAbsolute, buffer[1..]);
        string result;
        if (length == 0)
        {
            result = isAbsolute ? "/" : trailingSeparator ? "./" : ".";
        }
        else
        {
            if (trailingSeparator) buffer[1 + length++] = '/';
            if (isAbsolute)
            {
                buffer[0] = '/';
                result = new string(buffer[..(length + 1)]);
            }
            else
            {
                result = new string(buffer.Slice(1, length));
            }
        }
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    // True when normalize would return the path unchanged: no empty, "." or ".." segment (a
    // trailing slash is kept by normalize, a leading one is the root).
    private static bool IsNormal(ReadOnlySpan<char> path)
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

    // node's normalizeString for '/' separators, into `res`; returns the length written.
    private static int NormalizeString(ReadOnlySpan<char> path, bool allowAboveRoot, Span<char> res)
    {
        var resLength = 0;
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
                    if (resLength < 2 || lastSegmentLength != 2 || res[resLength - 1] != '.' || res[resLength - 2] != '.')
                    {
                        if (resLength > 2)
                        {
                            var lastSlashIndex = res[..resLength].LastIndexOf('/');
                            if (lastSlashIndex == -1)
                            {
                                resLength = 0;
                                lastSegmentLength = 0;
                            }
                            else
                            {
                                resLength = lastSlashIndex;
                                lastSegmentLength = resLength - 1 - res[..resLength].LastIndexOf('/');
                            }
                            lastSlash = i;
                            dots = 0;
                            continue;
                        }
                        if (resLength != 0)
                        {
                            resLength = 0;
                            lastSegmentLength = 0;
                            lastSlash = i;
                            dots = 0;
                            continue;
                        }
                    }
                    if (allowAboveRoot)
                    {
                        if (resLength > 0) res[resLength++] = '/';
                        res[resLength++] = '.';
                        res[resLength++] = '.';
                        lastSegmentLength = 2;
                    }
                }
                else
                {
                    if (resLength > 0) res[resLength++] = '/';
                    path.Slice(lastSlash + 1, i - lastSlash - 1).CopyTo(res[resLength..]);
                    resLength += i - lastSlash - 1;
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
        return resLength;
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
