// The browserslist queries that name engine versions (`chrome >= 80`, `safari 13.1`, `node 14`,
// `ios_saf 12.2-12.5`, `ie 11`), read without browserslist's usage database. A query that needs
// that database (`defaults`, `> 0.5%`, `last 2 versions`, `not dead`) is returned as not read: the
// caller says so and lowers for the oldest engines. `not …` only removes engines, so leaving it out
// can only lower more than needed, never less.

namespace Sharpack.JavaScript.Transforms;

/// <summary>Reads the syntax a browserslist query's engines lack.</summary>
public static class BrowserslistQuery
{
    /// <summary>What a query says: the features its engines lack, and the parts it could not read.</summary>
    /// <param name="Lacking">Features at least one engine of the query lacks.</param>
    /// <param name="Unread">Queries that need browserslist's usage data (or are not browserslist), as written.</param>
    public readonly record struct Result(SyntaxFeatures Lacking, IReadOnlyList<string> Unread);

    /// <summary>Reads <paramref name="queries"/>, each a browserslist query or a list of them joined by <c>,</c> or <c>or</c>.</summary>
    public static Result Evaluate(IEnumerable<string> queries)
    {
        var lacking = SyntaxFeatures.None;
        var unread = new List<string>();
        foreach (var list in queries)
        {
            foreach (var part in Split(list))
            {
                var query = part.Trim();
                if (query.Length == 0 || query.StartsWith("not ", StringComparison.OrdinalIgnoreCase))
                    continue;
                if (Read(query) is { } features)
                    lacking |= features;
                else
                    unread.Add(query);
            }
        }
        return new Result(lacking, unread);
    }

    private static IEnumerable<string> Split(string list)
    {
        foreach (var comma in list.Split(',', '\n'))
        {
            var line = comma;
            var hash = line.IndexOf('#');
            if (hash >= 0)
                line = line[..hash];
            foreach (var part in line.Split(" or ", StringSplitOptions.None))
                yield return part;
        }
    }

    // Browsers browserslist knows and compat data does not (Opera Mini, KaiOS, UC, QQ, Baidu,
    // BlackBerry): left out, as Babel and SWC leave them out.
    private static readonly HashSet<string> s_withoutData = new(StringComparer.OrdinalIgnoreCase) { "op_mini", "operamini", "kaios", "and_uc", "and_qq", "baidu", "bb" };

    private static SyntaxFeatures? Read(string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return null;
        if (words.Length is 2 or 3 && s_withoutData.Contains(words[0]))
            return SyntaxFeatures.None;
        var lower = query.ToLowerInvariant();
        if (lower is "maintained node versions" or "current node")
            return SyntaxFeatures.None;
        if (words.Length == 2)
        {
            // `chrome 80`, `ios_saf 12.2-12.5`, `ie 11`; `op_mini all`.
            return words[1].Equals("all", StringComparison.OrdinalIgnoreCase)
                ? SyntaxTarget.ForEngine(words[0], "0")
                : SyntaxTarget.ForEngine(words[0], words[1]);
        }
        if (words.Length == 3)
        {
            switch (words[1])
            {
                case ">=":
                    return SyntaxTarget.ForEngine(words[0], words[2]);
                case ">":
                    return SyntaxTarget.ForEngine(words[0], NextMajor(words[2]));
                case "<" or "<=":
                    // Every version up to it: the oldest decides.
                    return SyntaxTarget.ForEngine(words[0], "0");
            }
        }
        return null;
    }

    // `chrome > 80` starts at 81; `safari > 13.1` at 13.2 (a newer minor is as good as the next major for the table).
    private static string NextMajor(string version)
    {
        var dot = version.IndexOf('.');
        if (dot < 0)
            return int.TryParse(version, out var major) ? (major + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : version;
        var last = version.LastIndexOf('.');
        return int.TryParse(version.AsSpan(last + 1), out var minor) ? version[..(last + 1)] + (minor + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : version;
    }
}
