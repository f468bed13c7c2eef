// Follows webpack lib/util/compileBooleanMatcher.js: a JavaScript condition on a chunk id that is
// true for the ids of one set and false for another (chunk loading asks "does this chunk have a
// script / a stylesheet"): `true` or `false` when all agree, an equality for a single id, else a
// regular expression over the shorter list.

using System.Text;
using Sharpack.Core.CodeGeneration;

namespace Sharpack.Plugins.Runtime;

/// <summary>Conditions on chunk ids.</summary>
public static class BooleanMatcher
{
    /// <summary>
    /// The condition over <paramref name="value"/> (an expression) that holds for <paramref name="positive"/>
    /// and not for <paramref name="negative"/>: "true", "false" or an expression.
    /// </summary>
    public static string Compile(IReadOnlyList<string> positive, IReadOnlyList<string> negative, string value)
    {
        ArgumentNullException.ThrowIfNull(positive);
        ArgumentNullException.ThrowIfNull(negative);
        if (positive.Count == 0)
            return "false";
        if (negative.Count == 0)
            return "true";
        if (positive.Count == 1)
            return SimpleString(positive[0]) + " == " + value;
        if (negative.Count == 1)
            return SimpleString(negative[0]) + " != " + value;
        var positiveRegexp = ItemsToRegexp(positive);
        var negativeRegexp = ItemsToRegexp(negative);
        return positiveRegexp.Length <= negativeRegexp.Length
            ? "/^" + positiveRegexp + "$/.test(" + value + ")"
            : "!/^" + negativeRegexp + "$/.test(" + value + ")";
    }

    // A number as itself, anything else as a JSON string.
    private static string SimpleString(string id) =>
        id.Length > 0 && id.Length < 16 && long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n.ToString(System.Globalization.CultureInfo.InvariantCulture) == id ? id : CodeGenerationContext.JsonString(id);

    private static string ItemsToRegexp(IReadOnlyList<string> items)
    {
        var sorted = new List<string>(items);
        sorted.Sort(StringComparer.Ordinal);
        if (sorted.Count == 1)
            return QuoteMeta(sorted[0]);
        var allSingle = true;
        foreach (var item in sorted)
            allSingle &= item.Length == 1;
        if (allSingle)
        {
            var builder = new StringBuilder("[");
            foreach (var item in sorted)
                builder.Append(item[0] is ']' or '\\' or '^' or '-' ? "\\" + item : item);
            return builder.Append(']').ToString();
        }
        var alternatives = new StringBuilder("(");
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i > 0)
                alternatives.Append('|');
            alternatives.Append(QuoteMeta(sorted[i]));
        }
        return alternatives.Append(')').ToString();
    }

    private static string QuoteMeta(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ("-[]\\/{}()*+?.^$|".Contains(c, StringComparison.Ordinal))
                builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }
}
