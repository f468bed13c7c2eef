// The minifier's rewrites of transform functions in transform properties: each to the shortest
// function of the same meaning, as lightningcss writes them. A 3D function whose third dimension
// does nothing becomes its 2D form (`translate3d(1px, 2px, 0)` → `translate(1px,2px)`,
// `scale3d(2, 2, 1)` → `scale(2)`, `rotate3d(0, 0, 1, 5deg)` → `rotate(5deg)`), a 2D one its
// shortest spelling (`translate(0, 5px)` → `translateY(5px)`, `translateX(1px)` → `translate(1px)`,
// `scale(2, 2)` → `scale(2)`), zero lengths lose their unit. Interpolation is unchanged: each 2D
// function is its 3D primitive's special case (CSS Transforms 2 §16). The identity 3D transforms
// stay 3D (`translateZ(0)`, `scaleZ(1)`): that is the "own compositing layer" idiom.

namespace Sharpack.Css;

public static partial class CssPrinter
{
    private static bool IsTransformProperty(string property) =>
        property.EndsWith("transform", StringComparison.OrdinalIgnoreCase);

    private sealed partial class Writer
    {
        // Writes the transform function at `index` in its shortest form; the index after its `)`, or -1.
        private int WriteTransformFunction(int index, int close)
        {
            var token = _tokens[index];
            var name = _source.AsSpan(token.Start, token.ValueEnd - token.Start);
            if (name.Length > 11)
                return -1;
            Span<int> args = stackalloc int[4];
            var count = Arguments(index + 1, close, args);
            if (count < 0)
                return -1;
            Span<char> lower = stackalloc char[11];
            ReadOnlySpan<char> key = lower[..name.ToLowerInvariant(lower)];
            var mark = _text.Length;
            var written = key switch
            {
                "translate3d" when count == 3 && IsZeroLength(args[0], percent: true) && IsZeroLength(args[1], percent: true) && IsZeroLength(args[2], percent: false)
                    => Write("translateZ(0)"),
                "translate3d" when count == 3 && IsZeroLength(args[2], percent: false) => Translate(args[0], args[1]),
                "translate3d" when count == 3 && IsZeroLength(args[0], percent: true) && IsZeroLength(args[1], percent: true) && _tokens[args[2]].Kind != CssTokenKind.Percentage
                    => Function("translateZ", args[2], percent: false),
                "translate" when count == 1 => Function("translate", args[0]),
                "translate" when count == 2 => Translate(args[0], args[1]),
                "translatex" when count == 1 => Function("translate", args[0]),
                "translatey" when count == 1 => Function("translateY", args[0]),
                "translatez" when count == 1 => Function("translateZ", args[0], percent: false),
                "scale3d" when count == 3 && IsNumber(args[0], 1) && IsNumber(args[1], 1) && IsNumber(args[2], 1) => Write("scaleZ(1)"),
                "scale3d" when count == 3 && IsNumber(args[2], 1) => Scale(args[0], args[1]),
                "scale3d" when count == 3 && IsNumber(args[0], 1) && IsNumber(args[1], 1) => Function("scaleZ", args[2]),
                "scale" when count == 1 => Function("scale", args[0]),
                "scale" when count == 2 => Scale(args[0], args[1]),
                "rotate3d" when count == 4 && IsNumber(args[0], 0) && IsNumber(args[1], 0) && IsPositive(args[2]) => Function("rotate", args[3]),
                "rotate3d" when count == 4 && IsPositive(args[0]) && IsNumber(args[1], 0) && IsNumber(args[2], 0) => Function("rotateX", args[3]),
                "rotate3d" when count == 4 && IsNumber(args[0], 0) && IsPositive(args[1]) && IsNumber(args[2], 0) => Function("rotateY", args[3]),
                "rotatez" when count == 1 => Function("rotate", args[0]),
                _ => false,
            };
            // Only a shorter form is kept.
            if (!written || _text.Length - mark >= WrittenLength(index, close))
            {
                _text.Length = mark;
                return -1;
            }
            return close + 1;
        }

        private bool Write(string text)
        {
            _text.Append(text);
            return true;
        }

        // The arguments of a function as single numeric tokens separated by commas (at most 4); -1 for anything else.
        private int Arguments(int start, int end, Span<int> args)
        {
            var count = 0;
            var expectValue = true;
            for (var i = start; i < end; i++)
            {
                var token = _tokens[i];
                if (token.Kind == CssTokenKind.Whitespace)
                    continue;
                if (expectValue)
                {
                    if (token.Kind is not (CssTokenKind.Number or CssTokenKind.Percentage or CssTokenKind.Dimension) || token.IsEscaped
                        || !double.IsFinite(token.Number) || count == args.Length)
                        return -1;
                    args[count++] = i;
                    expectValue = false;
                }
                else
                {
                    if (token.Kind != CssTokenKind.Comma)
                        return -1;
                    expectValue = true;
                }
            }
            return expectValue ? -1 : count;
        }

        // translate(x, y) shortest: `translate(x)` when y is zero, `translateY(y)` when x is.
        private bool Translate(int x, int y)
        {
            if (IsZeroLength(y, percent: true))
                return Function("translate", x);
            if (IsZeroLength(x, percent: true))
                return Function("translateY", y);
            _text.Append("translate(");
            Argument(x);
            _text.Append(',');
            Argument(y);
            _text.Append(')');
            return true;
        }

        // scale(x, y) shortest: `scale(x)` when both are the same, else scaleX/scaleY when the other is 1.
        private bool Scale(int x, int y)
        {
            var (first, second) = (_tokens[x], _tokens[y]);
            if (first.Kind == second.Kind && first.Number == second.Number && first.Kind != CssTokenKind.Dimension)
                return Function("scale", x);
            if (IsNumber(y, 1))
                return Function("scaleX", x);
            if (IsNumber(x, 1))
                return Function("scaleY", y);
            _text.Append("scale(");
            Argument(x);
            _text.Append(',');
            Argument(y);
            _text.Append(')');
            return true;
        }

        private bool Function(string name, int argument, bool percent = true)
        {
            _text.Append(name).Append('(');
            Argument(argument, percent);
            _text.Append(')');
            return true;
        }

        // A numeric argument at its shortest: a zero length (with `percent`, also 0%) as `0`, else the number shortened and its unit.
        private void Argument(int index, bool percent = true)
        {
            var token = _tokens[index];
            if (token.Kind != CssTokenKind.Number && token.Number == 0 && IsZeroLength(index, percent))
            {
                _text.Append('0');
                return;
            }
            var written = _source.AsSpan(token.Start, token.End - token.Start);
            var unitStart = token.Kind switch
            {
                CssTokenKind.Percentage => token.End - 1,
                CssTokenKind.Dimension => token.ValueStart,
                _ => token.End,
            };
            if (!token.IsInteger && Math.Floor(token.Number) == token.Number)
            {
                _text.Append(written);
                return;
            }
            Span<char> digits = stackalloc char[32];
            var length = ShortestNumber(token.Number, digits);
            if (length > 0 && length < unitStart - token.Start)
                _text.Append(digits[..length]).Append(_source.AsSpan(unitStart, token.End - unitStart));
            else
                _text.Append(written);
        }

        // A zero length (a bare 0 or 0 with a length unit), or with `percent` also 0%.
        private bool IsZeroLength(int index, bool percent)
        {
            var token = _tokens[index];
            if (token.Number != 0)
                return false;
            return token.Kind switch
            {
                CssTokenKind.Number => true,
                CssTokenKind.Percentage => percent,
                CssTokenKind.Dimension => s_lengthUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_source.AsSpan(token.ValueStart, token.End - token.ValueStart)),
                _ => false,
            };
        }

        private bool IsNumber(int index, double value) => _tokens[index].Kind == CssTokenKind.Number && _tokens[index].Number == value;

        private bool IsPositive(int index) => _tokens[index].Kind == CssTokenKind.Number && _tokens[index].Number > 0;
    }
}
