// Matches a resource against a module rule's test / include / exclude / resourceQuery. Each
// condition is a .NET regular expression made by OptionsNormalizer (a translated RegExp, or `^`
// + an escaped path for a string condition); each pattern is compiled once and shared.

using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Sharpack.Core.Options;

namespace Sharpack.Core.Make;

internal static class RuleMatcher
{
    private static readonly ConcurrentDictionary<string, Regex> s_patterns = new(StringComparer.Ordinal);

    /// <summary>True when the rule's conditions hold for <paramref name="path"/> and its <paramref name="query"/> (with the <c>?</c>, or empty).</summary>
    public static bool Matches(ModuleRule rule, string path, string query = "")
    {
        if (rule.Test is not null && !Pattern(rule.Test).IsMatch(path))
            return false;
        if (rule.Include.Count > 0 && !AnyMatch(rule.Include, path))
            return false;
        if (rule.Exclude.Count > 0 && AnyMatch(rule.Exclude, path))
            return false;
        if (rule.ResourceQuery is not null && !Pattern(rule.ResourceQuery).IsMatch(query))
            return false;
        return true;
    }

    private static bool AnyMatch(IReadOnlyList<string> patterns, string path)
    {
        foreach (var pattern in patterns)
        {
            if (Pattern(pattern).IsMatch(path))
                return true;
        }
        return false;
    }

    private static Regex Pattern(string pattern) =>
        s_patterns.GetOrAdd(pattern, static p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled));
}
