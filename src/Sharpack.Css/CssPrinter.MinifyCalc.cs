// The minifier's folding of calc(): the arithmetic of numbers, dimensions and percentages is done
// as CSS Values 4's simplification does it (terms of the same unit summed, products and quotients
// with plain numbers applied), `calc(1s * 2)` → `2s`, `calc(calc(1/2 * 100%) * -1)` → `-50%`,
// `calc(1px + 2px + 10%)` → `calc(3px + 10%)`. Anything else inside (var(), min(), an ident, a
// product of two dimensions) leaves the calc() as written. Units are never converted.
//
// A folded number is written with the fewest digits that read back as the same 32-bit float:
// the precision every engine keeps CSS values in (Blink's Length and float properties, Gecko's
// CSSFloat), so `calc(1/3 * 100%)` and `33.333332%` are the same width.
//
// The calc() itself goes only where the plain value means the same: a calc() out of its
// property's range is clamped where the bare value would be invalid (`width: calc(-1px)` is 0,
// `width: -1px` drops the declaration), and a fractional calc() in an integer property is
// rounded. So a negative result stays in calc() unless the property takes any value, and a
// number leaves it only in properties whose range is known here.

using System.Globalization;

namespace Sharpack.Css;

public static partial class CssPrinter
{
    // Properties where any length, percentage, time or angle is valid as written, negatives too.
    private static readonly HashSet<string> s_signedProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "margin", "margin-top", "margin-right", "margin-bottom", "margin-left", "margin-block", "margin-inline",
        "margin-block-start", "margin-block-end", "margin-inline-start", "margin-inline-end",
        "top", "right", "bottom", "left", "inset", "inset-block", "inset-inline", "inset-block-start", "inset-block-end",
        "inset-inline-start", "inset-inline-end", "letter-spacing", "word-spacing", "text-indent", "vertical-align",
        "outline-offset", "text-underline-offset", "translate", "background-position", "background-position-x",
        "background-position-y", "object-position", "transform-origin", "perspective-origin",
        "animation-delay", "-webkit-animation-delay", "transition-delay", "-webkit-transition-delay",
        "scroll-margin", "scroll-margin-top", "scroll-margin-right", "scroll-margin-bottom", "scroll-margin-left",
        "scroll-margin-block", "scroll-margin-inline", "scroll-margin-block-start", "scroll-margin-block-end",
        "scroll-margin-inline-start", "scroll-margin-inline-end", "mask-position", "-webkit-mask-position",
    };

    // Properties taking a plain number, with its range as written (and whether only integers).
    private static readonly Dictionary<string, (double Min, double Max, bool Integer)> s_numberProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        ["z-index"] = (double.NegativeInfinity, double.PositiveInfinity, true),
        ["order"] = (double.NegativeInfinity, double.PositiveInfinity, true),
        ["opacity"] = (double.NegativeInfinity, double.PositiveInfinity, false),
        ["fill-opacity"] = (double.NegativeInfinity, double.PositiveInfinity, false),
        ["stroke-opacity"] = (double.NegativeInfinity, double.PositiveInfinity, false),
        ["flood-opacity"] = (double.NegativeInfinity, double.PositiveInfinity, false),
        ["stop-opacity"] = (double.NegativeInfinity, double.PositiveInfinity, false),
        ["flex-grow"] = (0, double.PositiveInfinity, false),
        ["flex-shrink"] = (0, double.PositiveInfinity, false),
        ["line-height"] = (0, double.PositiveInfinity, false),
        ["tab-size"] = (0, double.PositiveInfinity, false),
        ["animation-iteration-count"] = (0, double.PositiveInfinity, false),
        ["-webkit-animation-iteration-count"] = (0, double.PositiveInfinity, false),
        ["font-weight"] = (1, 1000, false),
    };

    // Transform functions whose arguments take any value of their type.
    private static bool IsSignedTransformFunction(ReadOnlySpan<char> name) =>
        name.StartsWith("translate", StringComparison.OrdinalIgnoreCase) || name.StartsWith("rotate", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("skew", StringComparison.OrdinalIgnoreCase) || name.StartsWith("scale", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("matrix", StringComparison.OrdinalIgnoreCase);

    // The math functions of CSS Values 4 besides calc(): their arguments are calculations.
    private static readonly HashSet<string> s_mathFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "min", "max", "clamp", "round", "mod", "rem", "abs", "sign", "sin", "cos", "tan", "asin", "acos", "atan", "atan2",
        "pow", "sqrt", "hypot", "log", "exp",
    };

    private static bool IsCalc(ReadOnlySpan<char> name) =>
        name.Equals("calc", StringComparison.OrdinalIgnoreCase) || name.Equals("-webkit-calc", StringComparison.OrdinalIgnoreCase)
        || name.Equals("-moz-calc", StringComparison.OrdinalIgnoreCase);

    // One term of a folded sum: a value in a unit ("" for a number; the unit token's text for its spelling).
    private struct CalcTerm(int unitStart, int unitLength, double value)
    {
        public readonly int UnitStart = unitStart;
        public readonly int UnitLength = unitLength;
        public double Value = value;
    }

    private sealed partial class Writer
    {
        // Writes the calc() at `index` folded, when it folds to something shorter; the index after its `)`, or -1.
        // `enclosing` is the function the calc() is an argument of (null at the top of the value).
        private int WriteFoldedCalc(int index, int close, string property, string? enclosing)
        {
            var terms = new List<CalcTerm>(2);
            var at = index + 1;
            if (!FoldSum(ref at, close, terms) || at != close)
                return -1;
            var text = CalcText(terms, index, property, enclosing);
            if (text is null || text.Length >= WrittenLength(index, close))
                return -1;
            _text.Append(text);
            return close + 1;
        }

        // The folded value as it is written: the plain value where it means the same, else in the calc() as named.
        private string? CalcText(List<CalcTerm> terms, int function, string property, string? enclosing)
        {
            var sum = new System.Text.StringBuilder();
            for (var i = 0; i < terms.Count; i++)
            {
                var value = terms[i].Value;
                if (i > 0)
                {
                    sum.Append(value < 0 ? " - " : " + ");
                    value = Math.Abs(value);
                }
                if (!AppendFolded(sum, value, terms[i]))
                    return null;
            }
            if (terms.Count == 1 && PlainValueMeansTheSame(terms[0], property, enclosing))
            {
                // A zero length written bare where WriteNumeric would write it so (the output minifies to itself).
                if ((float)terms[0].Value == 0 && enclosing is null && s_zeroLengthProperties.Contains(property)
                    && s_lengthUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_source.AsSpan(terms[0].UnitStart, terms[0].UnitLength)))
                    return "0";
                return sum.ToString();
            }
            var token = _tokens[function];
            return string.Concat(_source.AsSpan(token.Start, token.ValueEnd - token.Start), "(", sum.ToString(), ")");
        }

        private bool PlainValueMeansTheSame(CalcTerm term, string property, string? enclosing)
        {
            var value = (double)(float)term.Value;
            // In another math function the value is part of its arithmetic; a transform function takes any value.
            if (enclosing is not null)
                return IsSignedTransformFunction(enclosing) || s_mathFunctions.Contains(enclosing);
            if (term.UnitLength > 0)
                return value >= 0 || s_signedProperties.Contains(property);
            if (!s_numberProperties.TryGetValue(property, out var range))
                return false;
            return value >= range.Min && value <= range.Max && (!range.Integer || Math.Floor(value) == value);
        }

        // The value with the fewest digits that read back as the same 32-bit float, and its unit.
        private bool AppendFolded(System.Text.StringBuilder text, double value, CalcTerm term)
        {
            var single = (float)value;
            if (!float.IsFinite(single))
                return false;
            if (single == 0)
                single = 0; // no "-0"
            Span<char> digits = stackalloc char[32];
            if (!single.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture) || digits[..length].IndexOf('E') >= 0)
                return false;
            Span<char> written = stackalloc char[32];
            text.Append(written[..WithoutLeadingZero(digits[..length], written)]);
            if (term.UnitLength > 0)
                text.Append(_source, term.UnitStart, term.UnitLength);
            return true;
        }

        // About how long the calc() is when written as it is: its tokens without whitespace, but for the spaces + and - need.
        private int WrittenLength(int open, int close)
        {
            var length = 0;
            for (var i = open; i <= close; i++)
            {
                var token = _tokens[i];
                if (token.Kind == CssTokenKind.Whitespace)
                    continue;
                length += token.End - token.Start;
                if (token.Kind == CssTokenKind.Delim && _source[token.Start] is '+' or '-')
                    length += 2;
            }
            return length;
        }

        private int SkipWhitespace(int at, int end)
        {
            while (at < end && _tokens[at].Kind == CssTokenKind.Whitespace)
                at++;
            return at;
        }

        // sum := product (('+' | '-') product)*, the operators with whitespace on both sides.
        private bool FoldSum(ref int at, int end, List<CalcTerm> terms)
        {
            at = SkipWhitespace(at, end);
            if (!FoldProduct(ref at, end, terms))
                return false;
            while (true)
            {
                var before = at;
                at = SkipWhitespace(at, end);
                if (at >= end || _tokens[at].Kind == CssTokenKind.RightParenthesis)
                    return true;
                var op = _tokens[at];
                if (op.Kind != CssTokenKind.Delim || _source[op.Start] is not ('+' or '-') || before == at
                    || at + 1 >= end || _tokens[at + 1].Kind != CssTokenKind.Whitespace)
                    return false;
                var negate = _source[op.Start] == '-';
                at = SkipWhitespace(at + 1, end);
                var right = new List<CalcTerm>(2);
                if (!FoldProduct(ref at, end, right))
                    return false;
                foreach (var term in right)
                    Add(terms, term, negate ? -1 : 1);
            }
        }

        // product := value (('*' | '/') value)*, one side of each a plain number.
        private bool FoldProduct(ref int at, int end, List<CalcTerm> terms)
        {
            if (!FoldValue(ref at, end, terms))
                return false;
            while (true)
            {
                var next = SkipWhitespace(at, end);
                if (next >= end || _tokens[next].Kind != CssTokenKind.Delim || _source[_tokens[next].Start] is not ('*' or '/'))
                    return true;
                var divide = _source[_tokens[next].Start] == '/';
                at = SkipWhitespace(next + 1, end);
                var right = new List<CalcTerm>(2);
                if (!FoldValue(ref at, end, right))
                    return false;
                if (IsNumber(right, out var factor))
                {
                    if (divide)
                    {
                        if (factor == 0)
                            return false;
                        factor = 1 / factor;
                    }
                    for (var i = 0; i < terms.Count; i++)
                        terms[i] = new CalcTerm(terms[i].UnitStart, terms[i].UnitLength, terms[i].Value * factor);
                }
                else if (!divide && IsNumber(terms, out factor))
                {
                    terms.Clear();
                    foreach (var term in right)
                        terms.Add(new CalcTerm(term.UnitStart, term.UnitLength, term.Value * factor));
                }
                else
                {
                    return false;
                }
            }
        }

        // value := number | dimension | percentage | '(' sum ')' | calc( sum ')'.
        private bool FoldValue(ref int at, int end, List<CalcTerm> terms)
        {
            if (at >= end)
                return false;
            var token = _tokens[at];
            switch (token.Kind)
            {
                case CssTokenKind.Number:
                    terms.Add(new CalcTerm(0, 0, token.Number));
                    at++;
                    return double.IsFinite(token.Number);
                case CssTokenKind.Percentage:
                    terms.Add(new CalcTerm(token.End - 1, 1, token.Number));
                    at++;
                    return double.IsFinite(token.Number);
                case CssTokenKind.Dimension:
                    if (token.IsEscaped)
                        return false;
                    terms.Add(new CalcTerm(token.ValueStart, token.End - token.ValueStart, token.Number));
                    at++;
                    return double.IsFinite(token.Number);
                case CssTokenKind.LeftParenthesis:
                case CssTokenKind.Function when !token.IsEscaped && IsCalc(_source.AsSpan(token.Start, token.ValueEnd - token.Start)):
                    {
                        var close = sheet.Match[at];
                        if (close >= end)
                            return false;
                        at++;
                        var inner = new List<CalcTerm>(2);
                        if (!FoldSum(ref at, close, inner) || SkipWhitespace(at, close) != close)
                            return false;
                        foreach (var term in inner)
                            Add(terms, term, 1);
                        at = close + 1;
                        return true;
                    }
                default:
                    return false;
            }
        }

        private static bool IsNumber(List<CalcTerm> terms, out double value)
        {
            value = terms.Count == 1 && terms[0].UnitLength == 0 ? terms[0].Value : 0;
            return terms.Count == 1 && terms[0].UnitLength == 0;
        }

        // Adds `sign * term` to the sum: into the term of the same unit, or as a new one.
        private void Add(List<CalcTerm> terms, CalcTerm term, int sign)
        {
            var unit = _source.AsSpan(term.UnitStart, term.UnitLength);
            for (var i = 0; i < terms.Count; i++)
            {
                if (terms[i].UnitLength == term.UnitLength && _source.AsSpan(terms[i].UnitStart, terms[i].UnitLength).Equals(unit, StringComparison.OrdinalIgnoreCase))
                {
                    terms[i] = new CalcTerm(terms[i].UnitStart, terms[i].UnitLength, terms[i].Value + sign * term.Value);
                    return;
                }
            }
            terms.Add(new CalcTerm(term.UnitStart, term.UnitLength, sign * term.Value));
        }
    }
}
