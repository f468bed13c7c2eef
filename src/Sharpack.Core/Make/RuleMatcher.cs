// Matches a resource against a module rule's test / include / exclude.

using System.Text.RegularExpressions;
using Sharpack.Core.Options;

namespace Sharpack.Core.Make;

internal static class RuleMatcher
{
    public static bool Matches(ModuleRule rule, string path)
    {
        if (rule.Test is not null && !Regex.IsMatch(path, rule.Test))
            return false;
        if (rule.Include.Count > 0 && !AnyPrefix(rule.Include, path))
            return false;
        if (rule.Exclude.Count > 0 && AnyPrefix(rule.Exclude, path))
            return false;
        return true;
    }

    private static bool AnyPrefix(IReadOnlyList<string> prefixes, string path)
    {
        foreach (var prefix in prefixes)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
