// Follows webpack lib/util/semver.js parseRange, rangeToString and stringifyHoley: a version range
// ("^1.2.3", ">=1 <2 || 3.x", "1.0.0 - 2.0.0") compiled at build time into the array form the
// consumes runtime evaluates (consumes.js satisfy), and shown as webpack shows it in identifiers and
// warnings. A simple range is [fixed, parts…]: fixed counts the leading parts a version must equal
// (0 for >=, 1 for ^, 2 for ~, the length for =), negative for < and !=, and a hole separates a
// prerelease. A compound range starts with a hole and lists its operands in postfix order, with 0
// (not), 1 (or) and 2 (and) as operators.

using System.Globalization;
using System.Text;

namespace Sharpack.Plugins.Federation;

/// <summary>A version range in webpack's compiled form.</summary>
public sealed class SemverRange
{
    /// <summary>An array slot JavaScript leaves empty (<c>[, a, b]</c>): a prerelease marker or the head of a compound range.</summary>
    public static readonly object Hole = new();

    private readonly List<object> _items;

    private SemverRange(List<object> items) => _items = items;

    /// <summary>The items: a double, a string, <see cref="Hole"/> or a nested <see cref="SemverRange"/>.</summary>
    public IReadOnlyList<object> Items => _items;

    /// <summary>
    /// webpack's isRequiredVersion: whether <paramref name="text"/> reads as a version range rather than
    /// a request (it starts with a digit or one of <c>^=v&lt;&gt;~</c>, or is a lone <c>*</c>, <c>x</c>, <c>X</c>).
    /// </summary>
    public static bool IsRequiredVersion(string text) =>
        text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '^' or '=' or 'v' or '<' or '>' or '~' || text is "*" or "x" or "X");

    /// <summary>Compiles <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">A part of the range is not a version.</exception>
    public static SemverRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var alternatives = new List<List<object>>();
        foreach (var alternative in SplitAround(text, "||"))
            alternatives.Add(ParseRange(alternative));
        return new SemverRange(Combine(alternatives, 1));
    }

    // "a || b": the pieces between "||" and the whitespace around it.
    private static List<string> SplitAround(string text, string separator)
    {
        var pieces = new List<string>();
        var start = 0;
        while (true)
        {
            var at = text.IndexOf(separator, start, StringComparison.Ordinal);
            if (at < 0)
            {
                pieces.Add(text[start..]);
                return pieces;
            }
            var end = at;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
                end--;
            pieces.Add(text[start..end]);
            start = at + separator.Length;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
                start++;
        }
    }

    // range ::= hyphen | simple ( ' '+ simple )* ; hyphen ::= partial ' - ' partial
    private static List<object> ParseRange(string text)
    {
        if (FindHyphen(text) is var (left, right))
        {
            var a = ParsePartial(left);
            var b = ParsePartial(right);
            // >=a <=b: and(>=a, or(<b, =b)), in postfix order.
            return [Hole, Nested(ToFixed(b)), Nested(Negate(b)), 1d, Nested(a), 2d];
        }
        text = text.Trim();
        var simples = new List<List<object>>();
        var start = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            // A new simple range starts after whitespace that follows a version character.
            if ((char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-') && char.IsWhiteSpace(text[i + 1]))
            {
                simples.Add(ParseSimple(text[start..(i + 1)].Trim()));
                start = i + 1;
            }
        }
        simples.Add(ParseSimple(text[start..].Trim()));
        return Combine(simples, 2);
    }

    // "a - b" with whitespace on both sides of the dash.
    private static (string, string)? FindHyphen(string text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] == '-' && char.IsWhiteSpace(text[i - 1]) && char.IsWhiteSpace(text[i + 1]))
                return (text[..i].TrimEnd(), text[(i + 1)..].TrimStart());
        }
        return null;
    }

    // simple ::= ( '^' | '~' | '<=' | '<' | '>=' | '>' | '=' | 'v' | '!' )? ' '* partial
    private static List<object> ParseSimple(string text)
    {
        var op = text.StartsWith("<=", StringComparison.Ordinal) || text.StartsWith(">=", StringComparison.Ordinal) ? text[..2]
            : text.Length > 0 && text[0] is '^' or '~' or '<' or '>' or '=' or 'v' or '!' ? text[..1] : "";
        var rest = ParsePartial(op.Length > 0 ? text[op.Length..].Trim() : text.Trim());
        switch (op)
        {
            case "^":
                if (rest.Count > 1 && IsZero(rest[1]))
                    return rest.Count > 2 && IsZero(rest[2]) ? Fixed(3, rest) : Fixed(2, rest);
                return Fixed(1, rest);
            case "~":
                return rest.Count == 2 && IsZero(rest[0]) ? Fixed(1, rest) : Fixed(2, rest);
            case ">=":
                return rest;
            case "<":
                return Negate(rest);
            case ">":
                // and(>=, not(=))
                return [Hole, Nested(ToFixed(rest)), 0d, Nested(rest), 2d];
            case "<=":
                // or(<, =)
                return [Hole, Nested(ToFixed(rest)), Nested(Negate(rest)), 1d];
            case "!":
                return [Hole, Nested(ToFixed(rest)), 0d];
            default:
                return ToFixed(rest);
        }
    }

    // partial ::= parts ( '-' prerelease )? ( '+' build )? ; trailing x, X, * match anything.
    private static List<object> ParsePartial(string text)
    {
        var plus = text.IndexOf('+', StringComparison.Ordinal);
        var version = plus >= 0 ? text[..plus] : text;
        if (plus >= 0 && plus == text.Length - 1)
            throw new FormatException($"Invalid version '{text}': nothing after '+'.");
        var dash = version.IndexOf('-', StringComparison.Ordinal);
        var main = dash >= 0 ? version[..dash] : version;
        var prerelease = dash >= 0 ? version[(dash + 1)..] : null;
        if (prerelease is { Length: 0 })
            throw new FormatException($"Invalid version '{text}': nothing after '-'.");
        var items = new List<object> { 0d };
        if (main.Length > 0)
            items.AddRange(SplitParts(main));
        if (prerelease is not null)
        {
            items.Add(Hole);
            items.AddRange(SplitParts(prerelease));
        }
        while (items.Count > 0 && (ReferenceEquals(items[^1], Hole) || items[^1] is "*" or "x" or "X"))
            items.RemoveAt(items.Count - 1);
        return items;
    }

    // A part is a number where JavaScript prints the number back as the same text ("1", not "01").
    private static IEnumerable<object> SplitParts(string text)
    {
        foreach (var part in text.Split('.'))
        {
            if (part != "NaN" && double.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && NumberText(number) == part)
                yield return number;
            else
                yield return part;
        }
    }

    private static bool IsZero(object item) => item is 0d;

    private static List<object> Fixed(int count, List<object> partial)
    {
        var items = new List<object>(partial.Count) { (double)count };
        for (var i = 1; i < partial.Count; i++)
            items.Add(partial[i]);
        return items;
    }

    // "1" is 1.x.x, "1.2" is 1.2.x, "*" any version; otherwise every part must equal.
    private static List<object> ToFixed(List<object> partial) => partial.Count switch
    {
        1 => [0d],
        2 => Fixed(1, partial),
        3 => Fixed(2, partial),
        _ => Fixed(partial.Count, partial),
    };

    private static List<object> Negate(List<object> range)
    {
        var items = new List<object>(range) { [0] = -(double)range[0] - 1 };
        return items;
    }

    private static SemverRange Nested(List<object> items) => new(items);

    // webpack's combine: one operand is itself; more are listed last first (a compound operand's
    // postfix items inline), then the operator once per join.
    private static List<object> Combine(List<List<object>> operands, double op)
    {
        if (operands.Count == 1)
            return operands[0];
        var items = new List<object> { Hole };
        for (var i = operands.Count - 1; i >= 0; i--)
        {
            var operand = operands[i];
            if (!ReferenceEquals(operand[0], Hole))
                items.Add(new SemverRange(operand));
            else
                items.AddRange(operand.Skip(1));
        }
        for (var i = 1; i < operands.Count; i++)
            items.Add(op);
        return items;
    }

    /// <summary>The range in JavaScript's array syntax, holes left empty (webpack's stringifyHoley).</summary>
    public string ToJavaScript()
    {
        var builder = new StringBuilder();
        Write(builder);
        return builder.ToString();
    }

    private void Write(StringBuilder builder)
    {
        builder.Append('[');
        for (var i = 0; i < _items.Count; i++)
        {
            if (i > 0)
                builder.Append(',');
            switch (_items[i])
            {
                case double number:
                    builder.Append(NumberText(number));
                    break;
                case string text:
                    builder.Append(Core.CodeGeneration.CodeGenerationContext.JsonString(text));
                    break;
                case SemverRange nested:
                    nested.Write(builder);
                    break;
            }
        }
        builder.Append(']');
    }

    /// <summary>How webpack shows the range (its rangeToString): <c>^1.2.3</c>, <c>=1.1.0</c>, <c>&gt;=1 &lt;2</c>, <c>*</c>.</summary>
    public override string ToString()
    {
        if (_items.Count == 1)
            return "*";
        if (_items[0] is double fixedCount)
        {
            var builder = new StringBuilder(fixedCount switch
            {
                0 => ">=",
                -1 => "<",
                1 => "^",
                2 => "~",
                > 0 => "=",
                _ => "!=",
            });
            var dot = false;
            for (var i = 1; i < _items.Count; i++)
            {
                if (ReferenceEquals(_items[i], Hole))
                {
                    builder.Append('-');
                    dot = false;
                    continue;
                }
                if (dot)
                    builder.Append('.');
                builder.Append(_items[i] is double number ? NumberText(number) : (string)_items[i]);
                dot = true;
            }
            return builder.ToString();
        }
        var stack = new Stack<string>();
        string Pop()
        {
            var text = stack.Pop();
            return text.Length > 2 && text[0] == '(' && text[^1] == ')' ? text[1..^1] : text;
        }
        for (var i = 1; i < _items.Count; i++)
        {
            switch (_items[i])
            {
                case 0d:
                    stack.Push("not(" + Pop() + ")");
                    break;
                case 1d:
                    {
                        var first = Pop();
                        stack.Push("(" + first + " || " + Pop() + ")");
                        break;
                    }
                case 2d:
                    {
                        var first = stack.Pop();
                        stack.Push(first + " " + stack.Pop());
                        break;
                    }
                case SemverRange nested:
                    stack.Push(nested.ToString());
                    break;
            }
        }
        return Pop();
    }

    // JavaScript's Number#toString for the values versions hold.
    private static string NumberText(double number) =>
        number == Math.Floor(number) && Math.Abs(number) < 1e21 ? ((long)number).ToString(CultureInfo.InvariantCulture) : number.ToString("R", CultureInfo.InvariantCulture);
}
