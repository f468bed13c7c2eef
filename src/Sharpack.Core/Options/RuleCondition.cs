// Follows webpack lib/rules/RuleSetCompiler.js (compileCondition): a rule condition is a string
// (the value starts with it), a RegExp (translated to .NET by JsRegExpTranslator), an array (any
// item matches), an object { and, or, not } or a JavaScript function (called through the
// configuration's function host). Each condition also knows whether it matches an
// absent value (webpack's matchWhenEmpty), which decides rules on data a module does not have.

using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Sharpack.Core.Options;

/// <summary>A compiled <c>module.rules</c> condition (webpack's <c>RuleSetCondition</c>).</summary>
public abstract class RuleCondition
{
    private RuleCondition()
    {
    }

    /// <summary>True when the condition holds for an absent value (webpack's <c>matchWhenEmpty</c>).</summary>
    public abstract bool MatchesWhenEmpty { get; }

    /// <summary>
    /// True when the condition holds for <paramref name="value"/>; null stands for a value that
    /// is present but not a string (a number in package.json), which no string or RegExp matches.
    /// </summary>
    public abstract bool IsMatch(string? value);

    /// <summary>A string condition: the value starts with <paramref name="prefix"/>.</summary>
    public static RuleCondition Prefix(string prefix) => new PrefixCondition(prefix);

    /// <summary>
    /// A RegExp condition: <paramref name="pattern"/> is the .NET pattern (from
    /// <see cref="JsRegExpTranslator"/>), <paramref name="source"/> the RegExp as written (for messages).
    /// </summary>
    public static RuleCondition Pattern(string pattern, string source) => new PatternCondition(pattern, source);

    /// <summary>Any of <paramref name="conditions"/> (an array, or <c>or</c>); an empty list never matches.</summary>
    public static RuleCondition Any(IReadOnlyList<RuleCondition> conditions) =>
        conditions.Count == 1 ? conditions[0] : new AnyCondition(conditions);

    /// <summary>All of <paramref name="conditions"/> (<c>and</c>, or several keys of one object); an empty list never matches.</summary>
    public static RuleCondition All(IReadOnlyList<RuleCondition> conditions) =>
        conditions.Count == 1 ? conditions[0] : new AllCondition(conditions);

    /// <summary>The negation of <paramref name="condition"/> (<c>not</c>, and <c>exclude</c>).</summary>
    public static RuleCondition Not(RuleCondition condition) => new NotCondition(condition);

    /// <summary>
    /// A JavaScript function condition: the value matches when <paramref name="function"/> answers
    /// truthy for it; <paramref name="matchesWhenEmpty"/> is its answer for "" (webpack asks once,
    /// when the rules are compiled).
    /// </summary>
    public static RuleCondition Function(JsFunction function, bool matchesWhenEmpty) => new FunctionCondition(function, matchesWhenEmpty);

    /// <summary>
    /// A glob condition (webpack 5.112's <c>{ glob }</c> and a rule's <c>glob</c>): any of the
    /// patterns matches the path and none of the <c>!</c> patterns does (only <c>!</c> patterns:
    /// everything else matches). A relative pattern matches at any depth; <c>\</c> separates
    /// folders in patterns and values alike. Null when a pattern is invalid.
    /// </summary>
    public static RuleCondition? Glob(IReadOnlyList<string> patterns)
    {
        var positive = new List<string>();
        var negative = new List<string>();
        foreach (var pattern in patterns)
        {
            var negated = pattern.StartsWith('!');
            var normalized = Make.GlobPatterns.NormalizeSeparators(negated ? pattern[1..] : pattern);
            while (normalized.StartsWith("./", StringComparison.Ordinal))
                normalized = normalized[2..];
            if (!normalized.StartsWith('/') && !(normalized.Length > 2 && char.IsAsciiLetter(normalized[0]) && normalized[1] == ':') && !normalized.StartsWith("**/", StringComparison.Ordinal))
                normalized = "**/" + normalized;
            if (!Make.GlobPatterns.IsValid(normalized))
                return null;
            (negated ? negative : positive).Add(normalized);
        }
        return new GlobCondition(positive, negative, string.Join(", ", patterns));
    }

    private sealed class GlobCondition(List<string> positive, List<string> negative, string text) : RuleCondition
    {
        public override bool MatchesWhenEmpty { get; } = Matches(positive, negative, "");

        public override bool IsMatch(string? value) => value is not null && Matches(positive, negative, Make.GlobPatterns.NormalizePathSeparators(value));

        private static bool Matches(List<string> positive, List<string> negative, string path)
        {
            var selected = positive.Count == 0;
            foreach (var pattern in positive)
            {
                if (Make.GlobPatterns.IsMatch(pattern, path)) { selected = true; break; }
            }
            if (!selected)
                return false;
            foreach (var pattern in negative)
            {
                if (Make.GlobPatterns.IsMatch(pattern, path))
                    return false;
            }
            return true;
        }

        public override string ToString() => "{ glob: " + text + " }";
    }

    private sealed class PrefixCondition(string prefix) : RuleCondition
    {
        public override bool MatchesWhenEmpty => prefix.Length == 0;

        public override bool IsMatch(string? value) => value is not null && value.StartsWith(prefix, StringComparison.Ordinal);

        public override string ToString() => '"' + prefix + '"';
    }

    private sealed class PatternCondition(string pattern, string source) : RuleCondition
    {
        // Compiled once per pattern for the whole process: several compilations (tests, a
        // multi-compiler build) share the same rules.
        private static readonly ConcurrentDictionary<string, Regex> s_cache = new(StringComparer.Ordinal);

        private readonly Regex _regex = s_cache.GetOrAdd(pattern, static p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled));

        public override bool MatchesWhenEmpty => _regex.IsMatch("");

        public override bool IsMatch(string? value) => value is not null && _regex.IsMatch(value);

        public override string ToString() => source;
    }

    private sealed class AnyCondition(IReadOnlyList<RuleCondition> conditions) : RuleCondition
    {
        public override bool MatchesWhenEmpty
        {
            get
            {
                foreach (var condition in conditions)
                {
                    if (condition.MatchesWhenEmpty)
                        return true;
                }
                return false;
            }
        }

        public override bool IsMatch(string? value)
        {
            foreach (var condition in conditions)
            {
                if (condition.IsMatch(value))
                    return true;
            }
            return false;
        }

        public override string ToString() => "[" + string.Join(", ", conditions) + "]";
    }

    private sealed class AllCondition(IReadOnlyList<RuleCondition> conditions) : RuleCondition
    {
        public override bool MatchesWhenEmpty
        {
            get
            {
                foreach (var condition in conditions)
                {
                    if (!condition.MatchesWhenEmpty)
                        return false;
                }
                return conditions.Count > 0;
            }
        }

        public override bool IsMatch(string? value)
        {
            foreach (var condition in conditions)
            {
                if (!condition.IsMatch(value))
                    return false;
            }
            return conditions.Count > 0;
        }

        public override string ToString() => "{ and: [" + string.Join(", ", conditions) + "] }";
    }

    // PERF: one call into node per value tested (about 25 µs); webpack calls the function as often.
    private sealed class FunctionCondition(JsFunction function, bool matchesWhenEmpty) : RuleCondition
    {
        public override bool MatchesWhenEmpty => matchesWhenEmpty;

        public override bool IsMatch(string? value) => JsFunction.IsTruthy(function.Call(value is null ? null : JsonValue.Create(value)));

        public override string ToString() => function.ToString();
    }

    private sealed class NotCondition(RuleCondition condition) : RuleCondition
    {
        public override bool MatchesWhenEmpty => !condition.MatchesWhenEmpty;

        public override bool IsMatch(string? value) => !condition.IsMatch(value);

        public override string ToString() => "{ not: " + condition + " }";
    }
}
