// Follows webpack lib/util/globUtils.js, for import.meta.glob and rules' glob conditions: patterns made absolute
// against the importer's folder (or the project root for "/x"), the folder they share, and which
// files of it match: `*`, `?`, classes and `{a,b}` alternatives within a segment, `**/` across
// segments, `!pattern` to leave files out, and a dot file or folder (or node_modules) reached
// only when the pattern spells it out, unless the glob is exhaustive. A match's key is the
// pattern's literal folder followed by the rest of the file's path ("./dir/a.js").

using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using PosixPath = Sharpack.Resolver.PosixPath;

namespace Sharpack.Core.Make;

/// <summary>A glob pattern made absolute (webpack's ResolvedContextModuleGlobPattern).</summary>
/// <param name="AbsolutePattern">The pattern under its folder, glob characters of the folder escaped.</param>
/// <param name="Base">The literal folder the pattern starts with, as written ("./dir/"): the start of its matches' keys.</param>
/// <param name="AbsoluteBase">That folder as an absolute path, with a trailing slash.</param>
/// <param name="Negative">A <c>!pattern</c>: files it matches are left out.</param>
public sealed record ResolvedGlobPattern(string AbsolutePattern, string Base, string AbsoluteBase, bool Negative);

/// <summary>Glob matching for <c>import.meta.glob</c> and rules' <c>glob</c> conditions.</summary>
public static class GlobPatterns
{
    private static readonly ConcurrentDictionary<(string Pattern, bool CaseSensitive), Regex?> s_regexes = new();

    /// <summary>Glob characters of <paramref name="text"/> escaped with a backslash.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (c is '*' or '?' or '[' or ']' or '{' or '}') builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Backslashes of a pattern become slashes, except those escaping a glob character.</summary>
    public static string NormalizeSeparators(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (!pattern.Contains('\\')) return pattern;
        var builder = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
                builder.Append(i + 1 < pattern.Length && IsEscapable(pattern[i + 1]) ? '\\' : '/');
            else
                builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Backslashes of a file system path become slashes.</summary>
    public static string NormalizePathSeparators(string path) => path.Contains('\\') ? path.Replace('\\', '/') : path;

    private static bool IsEscapable(char c) => c is '*' or '?' or '[' or ']' or '{' or '}';

    /// <summary>Escaped glob characters unescaped.</summary>
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('\\')) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && IsEscapable(text[i + 1]))
            {
                builder.Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>The literal folder a pattern starts with, up to its last slash before a glob character ("./" when none).</summary>
    public static string BaseDirectory(string pattern)
    {
        var end = BaseDirectoryEnd(pattern);
        return end == 0 ? "./" : pattern[..end];
    }

    private static int BaseDirectoryEnd(string pattern)
    {
        var escaped = false;
        var index = pattern.Length;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (escaped)
            {
                escaped = false;
                continue;
            }
            if (c == '\\')
            {
                escaped = true;
                continue;
            }
            if (c is '*' or '?' or '[' or '{')
            {
                index = i;
                break;
            }
        }
        var slash = index == 0 ? -1 : pattern.LastIndexOf('/', index - 1);
        return slash == -1 ? 0 : slash + 1;
    }

    private static void AppendQuoted(StringBuilder builder, char c)
    {
        if (c is '$' or '(' or ')' or '*' or '+' or '-' or '.' or '/' or '?' or '[' or '\\' or ']' or '^' or '{' or '|' or '}')
            builder.Append('\\');
        builder.Append(c);
    }

    // The index of a class's closing "]"; a "]" right after "[" (or "[!", "[^") is a member.
    // Unterminated: start itself.
    private static int SkipCharacterClass(string text, int start)
    {
        var i = start + 1;
        if (i < text.Length && text[i] is '!' or '^') i++;
        if (i < text.Length && text[i] == ']') i++;
        while (i < text.Length && text[i] != ']') i += text[i] == '\\' ? 2 : 1;
        return i < text.Length ? i : start;
    }

    /// <summary>
    /// <c>{a,b}</c> alternatives expanded (nested, escape- and class-aware) into brace-free globs;
    /// an unmatched brace stays a literal character.
    /// </summary>
    public static List<string> ExpandBraces(string glob)
    {
        ArgumentNullException.ThrowIfNull(glob);
        var result = new List<string>();
        ExpandBraces(glob, result);
        return result;
    }

    private static void ExpandBraces(string glob, List<string> result)
    {
        int braceStart = -1, braceEnd = -1, depth = 0;
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '[')
            {
                i = SkipCharacterClass(glob, i);
            }
            else if (c == '{')
            {
                if (depth == 0) braceStart = i;
                depth++;
            }
            else if (c == '}')
            {
                if (depth == 0)
                {
                    ExpandBraces(glob[..i] + "\\}" + glob[(i + 1)..], result);
                    return;
                }
                if (--depth == 0)
                {
                    braceEnd = i;
                    break;
                }
            }
        }
        if (braceStart == -1)
        {
            result.Add(glob);
            return;
        }
        if (braceEnd == -1)
        {
            ExpandBraces(glob[..braceStart] + "\\{" + glob[(braceStart + 1)..], result);
            return;
        }
        var prefix = glob[..braceStart];
        var suffix = glob[(braceEnd + 1)..];
        var inner = glob[(braceStart + 1)..braceEnd];
        int alternativeStart = 0, alternativeDepth = 0;
        var alternatives = new List<string>();
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (c == '\\') i++;
            else if (c == '[') i = SkipCharacterClass(inner, i);
            else if (c == '{') alternativeDepth++;
            else if (c == '}') alternativeDepth--;
            else if (c == ',' && alternativeDepth == 0)
            {
                alternatives.Add(inner[alternativeStart..i]);
                alternativeStart = i + 1;
            }
        }
        alternatives.Add(inner[alternativeStart..]);
        foreach (var alternative in alternatives)
            ExpandBraces(prefix + alternative + suffix, result);
    }

    // watchpack's glob-to-regexp for a run without escapes or classes, its "?" (a bare ".")
    // narrowed to one character of a segment.
    private static void AppendRun(StringBuilder builder, string run)
    {
        var source = SideEffectsFlag.GlobToRegexSource(run);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\\' && i + 1 < source.Length)
            {
                builder.Append(c).Append(source[i + 1]);
                i++;
            }
            else
            {
                builder.Append(c == '.' ? "[^/]" : c.ToString());
            }
        }
    }

    // A brace-free glob as a regular expression (unanchored): escapes and classes translated
    // here, the runs between them by watchpack's rules.
    private static string BraceFreeSource(string glob)
    {
        var source = new StringBuilder(glob.Length * 2);
        var runStart = 0;
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '\\')
            {
                if (runStart < i) AppendRun(source, glob[runStart..i]);
                AppendQuoted(source, i + 1 < glob.Length ? glob[i + 1] : '\\');
                i++;
                runStart = i + 1;
            }
            else if (c == '[')
            {
                var negated = i + 1 < glob.Length && glob[i + 1] is '!' or '^';
                var bodyStart = i + (negated ? 2 : 1);
                var end = SkipCharacterClass(glob, i);
                if (runStart < i) AppendRun(source, glob[runStart..i]);
                if (end == i)
                {
                    source.Append("\\[");
                    runStart = i + 1;
                    continue;
                }
                source.Append('[');
                // A negated class never crosses a path separator.
                if (negated) source.Append("^/");
                for (var j = bodyStart; j < end; j++)
                {
                    var member = glob[j];
                    if (member == '\\' && j + 1 < end)
                    {
                        AppendQuoted(source, glob[j + 1]);
                        j++;
                    }
                    else
                    {
                        if (member is ']' or '\\' or '[') source.Append('\\');
                        source.Append(member);
                    }
                }
                source.Append(']');
                i = end;
                runStart = end + 1;
            }
        }
        if (runStart < glob.Length) AppendRun(source, glob[runStart..]);
        return source.ToString();
    }

    private static Regex? Compile(string pattern, bool caseSensitive) =>
        s_regexes.GetOrAdd((pattern, caseSensitive), static key =>
        {
            var expanded = ExpandBraces(key.Pattern);
            var builder = new StringBuilder("^");
            if (expanded.Count == 1)
            {
                builder.Append(BraceFreeSource(expanded[0]));
            }
            else
            {
                builder.Append("(?:");
                for (var i = 0; i < expanded.Count; i++)
                {
                    if (i > 0) builder.Append('|');
                    builder.Append(BraceFreeSource(expanded[i]));
                }
                builder.Append(')');
            }
            builder.Append('$');
            try
            {
                return new Regex(builder.ToString(), RegexOptions.CultureInvariant | (key.CaseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase));
            }
            catch (ArgumentException)
            {
                return null; // a pattern that cannot be compiled matches nothing
            }
        });

    /// <summary>Whether <paramref name="pattern"/> compiles (an unbalanced class or brace does not).</summary>
    public static bool IsValid(string pattern, bool caseSensitive = true) => Compile(pattern, caseSensitive) is not null;

    /// <summary>Whether <paramref name="path"/> matches <paramref name="pattern"/> as a whole.</summary>
    public static bool IsMatch(string pattern, string path, bool caseSensitive = true) =>
        Compile(pattern, caseSensitive) is { } regex && regex.IsMatch(path);

    // Whether a segment of path below baseDir starts with a dot.
    private static bool HasDotSegment(string path, string baseDirectory)
    {
        var relative = path.StartsWith(baseDirectory, StringComparison.Ordinal) ? path[baseDirectory.Length..] : path;
        foreach (var segment in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment.StartsWith('.')) return true;
        }
        return false;
    }

    private static bool MatchesExplicitDotSegments(string[] patterns, int patternIndex, string[] paths, int pathIndex, bool caseSensitive)
    {
        if (patternIndex == patterns.Length) return pathIndex == paths.Length;
        if (pathIndex == paths.Length) return false;
        var patternHead = patterns[patternIndex];
        var pathHead = paths[pathIndex];
        if (patternHead == "**")
        {
            return MatchesExplicitDotSegments(patterns, patternIndex + 1, paths, pathIndex, caseSensitive)
                || (!pathHead.StartsWith('.') && MatchesExplicitDotSegments(patterns, patternIndex, paths, pathIndex + 1, caseSensitive));
        }
        if (pathHead.StartsWith('.') && !patternHead.StartsWith('.'))
            return false;
        return IsMatch(patternHead, pathHead, caseSensitive) && MatchesExplicitDotSegments(patterns, patternIndex + 1, paths, pathIndex + 1, caseSensitive);
    }

    // Whether the pattern spells out every dot segment of the path below baseDir.
    private static bool SpellsOutDots(string pattern, string baseDirectory, string path, bool caseSensitive)
    {
        var escapedBase = Escape(baseDirectory);
        var suffix = pattern.StartsWith(baseDirectory, StringComparison.Ordinal) && pattern.Length > baseDirectory.Length ? pattern[baseDirectory.Length..]
            : pattern.StartsWith(escapedBase, StringComparison.Ordinal) && pattern.Length > escapedBase.Length ? pattern[escapedBase.Length..]
            : pattern;
        var relative = path.StartsWith(baseDirectory, StringComparison.Ordinal) ? path[baseDirectory.Length..] : path;
        return MatchesExplicitDotSegments(suffix.Split('/', StringSplitOptions.RemoveEmptyEntries), 0,
            relative.Split('/', StringSplitOptions.RemoveEmptyEntries), 0, caseSensitive);
    }

    /// <summary>
    /// Whether <paramref name="path"/> matches <paramref name="pattern"/>; with
    /// <paramref name="requireLiteralLeadingDot"/>, a dot segment below
    /// <paramref name="baseDirectory"/> must be spelled out by the pattern.
    /// </summary>
    public static bool IsMatchWithExplicitDot(string pattern, string path, string baseDirectory, bool requireLiteralLeadingDot, bool caseSensitive)
    {
        if (requireLiteralLeadingDot && HasDotSegment(path, baseDirectory) && !SpellsOutDots(pattern, baseDirectory, path, caseSensitive))
            return false;
        return IsMatch(pattern, path, caseSensitive);
    }

    /// <summary>A pattern's sub path under <paramref name="basePath"/> (a leading "./" dropped).</summary>
    public static string JoinPattern(string basePath, string subPath)
    {
        var normalized = NormalizeSeparators(subPath);
        if (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized[2..];
        return NormalizeSeparators(basePath.EndsWith('/') ? basePath + normalized : basePath + "/" + normalized);
    }

    /// <summary>
    /// A pattern made absolute: a "/" pattern against the project root (<paramref name="rootContext"/>),
    /// any other against <paramref name="context"/>.
    /// </summary>
    public static ResolvedGlobPattern Resolve(string pattern, string context, string rootContext)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var negative = pattern.StartsWith('!');
        var normalized = NormalizeSeparators(negative ? pattern[1..] : pattern);
        string basePath, patternToJoin;
        if (normalized.StartsWith('/'))
        {
            basePath = rootContext;
            patternToJoin = normalized[1..];
        }
        else
        {
            basePath = context.Length > 0 ? context : rootContext;
            patternToJoin = normalized;
        }
        basePath = NormalizePathSeparators(basePath);
        var absolutePattern = NormalizeSeparators(PosixPath.Normalize(PosixPath.Join(Escape(basePath), patternToJoin)));
        return new ResolvedGlobPattern(absolutePattern, BaseDirectory(normalized), Unescape(BaseDirectory(absolutePattern)), negative);
    }

    /// <summary>The folder every positive pattern lies in (with a trailing slash), or <paramref name="fallback"/>.</summary>
    public static string CommonBaseDirectory(IReadOnlyList<ResolvedGlobPattern> patterns, string fallback)
    {
        string? common = null;
        foreach (var pattern in patterns)
        {
            if (pattern.Negative) continue;
            if (common is null)
            {
                common = pattern.AbsoluteBase;
                continue;
            }
            while (!pattern.AbsoluteBase.StartsWith(common, StringComparison.Ordinal))
            {
                var parent = PosixDirectoryName(common);
                if (parent == common) return fallback;
                common = parent.EndsWith('/') ? parent : parent + "/";
            }
        }
        if (common is null) return fallback;
        return NormalizePathSeparators(common.EndsWith('/') ? common : common + "/");
    }

    // node's path.posix.dirname.
    private static string PosixDirectoryName(string path)
    {
        var end = path.Length;
        while (end > 1 && path[end - 1] == '/') end--;
        var slash = path.LastIndexOf('/', end - 1);
        if (slash < 0) return ".";
        if (slash == 0) return "/";
        var parentEnd = slash;
        while (parentEnd > 1 && path[parentEnd - 1] == '/') parentEnd--;
        return path[..parentEnd];
    }

    /// <summary>Whether some positive pattern reaches below the first level of <paramref name="commonBase"/>.</summary>
    public static bool AreRecursive(IReadOnlyList<ResolvedGlobPattern> patterns, string commonBase)
    {
        var normalizedCommon = NormalizePathSeparators(commonBase);
        var withSlash = normalizedCommon.EndsWith('/') ? normalizedCommon : normalizedCommon + "/";
        foreach (var pattern in patterns)
        {
            if (pattern.Negative) continue;
            var unescaped = Unescape(pattern.AbsolutePattern);
            if (unescaped.Contains("**", StringComparison.Ordinal)) return true;
            var suffix = unescaped.StartsWith(withSlash, StringComparison.Ordinal) ? unescaped[withSlash.Length..]
                : unescaped.StartsWith(normalizedCommon, StringComparison.Ordinal) ? unescaped[normalizedCommon.Length..]
                : unescaped;
            if (suffix.Contains('/')) return true;
        }
        return false;
    }

    /// <summary>The key of a file: the matching pattern's literal folder and the file's path below it; null when no positive pattern matches or a negative one does.</summary>
    public static string? UserRequest(IReadOnlyList<ResolvedGlobPattern> patterns, string filePath, bool exhaustive, bool caseSensitive)
    {
        var path = NormalizePathSeparators(filePath);
        ResolvedGlobPattern? matched = null;
        foreach (var pattern in patterns)
        {
            if (!pattern.Negative && Matches(pattern, path, exhaustive, caseSensitive))
            {
                matched = pattern;
                break;
            }
        }
        if (matched is null) return null;
        foreach (var pattern in patterns)
        {
            if (pattern.Negative && Matches(pattern, path, exhaustive, caseSensitive))
                return null;
        }
        var suffix = (path.StartsWith(matched.AbsoluteBase, StringComparison.Ordinal) ? path[matched.AbsoluteBase.Length..] : path).TrimStart('/');
        return JoinPattern(matched.Base, suffix);
    }

    private static bool Matches(ResolvedGlobPattern pattern, string path, bool exhaustive, bool caseSensitive) =>
        IsMatchWithExplicitDot(pattern.AbsolutePattern, path, pattern.AbsoluteBase, !exhaustive, caseSensitive);

    /// <summary>A folder a glob that is not exhaustive does not enter by a wildcard: node_modules and dot folders.</summary>
    public static bool IsSkippedUnlessExhaustive(string name) => name == "node_modules" || name.StartsWith('.');

    /// <summary>Whether <paramref name="directory"/> lies on the literal folder of a positive pattern (the user named it).</summary>
    public static bool BaseReaches(IReadOnlyList<ResolvedGlobPattern> patterns, string directory)
    {
        var normalized = NormalizePathSeparators(directory);
        var withSlash = normalized.EndsWith('/') ? normalized : normalized + "/";
        foreach (var pattern in patterns)
        {
            if (pattern.Negative) continue;
            var basePath = pattern.AbsoluteBase.EndsWith('/') ? pattern.AbsoluteBase : pattern.AbsoluteBase + "/";
            if (basePath.StartsWith(withSlash, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
