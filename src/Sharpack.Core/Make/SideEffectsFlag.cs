// Follows webpack's SideEffectsFlagPlugin.moduleHasSideEffects: package.json's `sideEffects` is
// a boolean, a glob or a list of globs, matched against the module's path relative to the
// package ("./src/x.js"). A glob without "/" matches the file name in any folder ("**/" first).
// The globs translate as watchpack's globToRegExp does (extended and globstar): `?` one
// character, `*` within a segment, `**` whole segments, `{a,b}` alternatives, `[…]` classes.

using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sharpack.Core.Make;

/// <summary>Reads package.json's <c>sideEffects</c> flag for a module.</summary>
public static class SideEffectsFlag
{
    // PERF: a package names a few globs, asked for each of its modules; each compiled once.
    private static readonly ConcurrentDictionary<string, Regex> s_globs = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether the module at <paramref name="relativePath"/> (from its package folder, starting with
    /// <c>./</c>) has side effects by the flag's value <paramref name="flag"/>; null when the value
    /// says nothing (neither a boolean, a string nor an array).
    /// </summary>
    public static bool? HasSideEffects(string relativePath, JsonElement flag)
    {
        switch (flag.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return GlobRegex(flag.GetString()!).IsMatch(relativePath);
            case JsonValueKind.Array:
                foreach (var item in flag.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && GlobRegex(item.GetString()!).IsMatch(relativePath))
                        return true;
                }
                return false;
            default:
                return null;
        }
    }

    private static Regex GlobRegex(string glob) =>
        s_globs.TryGetValue(glob, out var regex) ? regex : s_globs.GetOrAdd(glob, static g =>
            new Regex("^(\\./)?" + GlobToRegexSource(g.Contains('/') ? g : "**/" + g) + "$", RegexOptions.CultureInvariant));

    /// <summary>watchpack's globToRegExp: the regular expression source (unanchored) of a glob.</summary>
    public static string GlobToRegexSource(string glob)
    {
        ArgumentNullException.ThrowIfNull(glob);
        const string GlobstarSegments = "((?:[^/]*\\/)*)";
        const string GlobstarRest = "(.*)";
        var result = new StringBuilder(glob.Length * 2);
        var inGroup = false;
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '/': result.Append("\\/"); break;
                case '$' or '^' or '+' or '.' or '(' or ')' or '=' or '!' or '|': result.Append('\\').Append(c); break;
                case '?': result.Append('.'); break;
                case '[' or ']': result.Append(c); break;
                case '{': inGroup = true; result.Append('('); break;
                case '}': inGroup = false; result.Append(')'); break;
                case '\\': break;
                case ',': result.Append(inGroup ? "|" : "\\,"); break;
                case '*':
                    {
                        var atStart = i == 0;
                        var afterSlash = !atStart && glob[i - 1] == '/';
                        var stars = 1;
                        while (i + 1 < glob.Length && glob[i + 1] == '*')
                        {
                            stars++;
                            i++;
                        }
                        var atEnd = i + 1 == glob.Length;
                        var beforeSlash = !atEnd && glob[i + 1] == '/';
                        if (stars > 1 && (atStart || afterSlash) && (atEnd || beforeSlash))
                        {
                            i++; // the "/" is part of the globstar
                            if (i + 1 >= glob.Length)
                                result.Append(GlobstarRest);
                            else if (!EndsWith(result, GlobstarSegments))
                                result.Append(GlobstarSegments);
                        }
                        else
                        {
                            result.Append("([^/]*)");
                        }
                        break;
                    }
                default:
                    result.Append(c);
                    break;
            }
        }
        return result.ToString();
    }

    private static bool EndsWith(StringBuilder builder, string suffix)
    {
        if (builder.Length < suffix.Length) return false;
        for (var i = 0; i < suffix.Length; i++)
        {
            if (builder[builder.Length - suffix.Length + i] != suffix[i]) return false;
        }
        return true;
    }
}
