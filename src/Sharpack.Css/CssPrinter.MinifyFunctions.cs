// The minifier's rewrites of whole functions in declaration values: `url("a.png")` → `url(a.png)`
// where the unquoted form reads the same, and opaque `rgb()`/`rgba()`/`hsl()`/`hsla()` colors →
// the shortest hex (or name), fully transparent black → `transparent`. Other translucent colors
// stay functions: `#rrggbbaa` is not understood by every browser a stylesheet may target.

using System.Globalization;

namespace Sharpack.Css;

public static partial class CssPrinter
{
    private sealed partial class Writer
    {
        // Writes a shorter form of the function starting at `index`; the index after its `)`, or -1.
        private int WriteFunctionShorter(int index, string property)
        {
            var token = _tokens[index];
            if (token.Kind != CssTokenKind.Function || token.IsEscaped)
                return -1;
            var close = sheet.Match[index];
            if (close >= _tokens.Length)
                return -1;
            var name = _source.AsSpan(token.Start, token.ValueEnd - token.Start);
            if (name.Equals("url", StringComparison.OrdinalIgnoreCase))
                return WriteUnquotedUrl(index, close) ? close + 1 : -1;
            if (IsColorFunction(name) && TryColor(index + 1, close, name, out var r, out var g, out var b, out var alpha))
            {
                if (alpha >= 1)
                    WriteHex(r, g, b);
                else if (alpha <= 0 && r == 0 && g == 0 && b == 0)
                    _text.Append("transparent"); // transparent is rgb(0 0 0 / 0), CSS Color 4 §6.1.1
                else
                    return -1;
                return close + 1;
            }
            if (IsCalc(name))
                return WriteFoldedCalc(index, close, property, EnclosingFunction());
            if (_enclosing.Count == 0 && IsTransformProperty(property))
                return WriteTransformFunction(index, close);
            return -1;
        }

        private static bool IsColorFunction(ReadOnlySpan<char> name) =>
            name.Equals("rgb", StringComparison.OrdinalIgnoreCase) || name.Equals("rgba", StringComparison.OrdinalIgnoreCase)
            || name.Equals("hsl", StringComparison.OrdinalIgnoreCase) || name.Equals("hsla", StringComparison.OrdinalIgnoreCase);

        // url("a.png") with a string that needs no escaping unquoted.
        private bool WriteUnquotedUrl(int open, int close)
        {
            var i = open + 1;
            while (i < close && _tokens[i].Kind == CssTokenKind.Whitespace)
                i++;
            if (i >= close || _tokens[i].Kind != CssTokenKind.String || _tokens[i].IsEscaped)
                return false;
            var stringIndex = i;
            i++;
            while (i < close && _tokens[i].Kind == CssTokenKind.Whitespace)
                i++;
            if (i != close)
                return false;
            var value = _source.AsSpan(_tokens[stringIndex].ValueStart, _tokens[stringIndex].ValueEnd - _tokens[stringIndex].ValueStart);
            // What an unquoted url( cannot hold (CSS Syntax §4.3.6), and its closing `)`.
            foreach (var c in value)
            {
                if (CssTokenizer.IsWhitespace(c) || CssTokenizer.IsNonPrintable(c) || c is '"' or '\'' or '(' or ')' or '\\')
                    return false;
            }
            _text.Append("url(").Append(value).Append(')');
            return true;
        }

        // The components of an rgb()/hsl() color in [open, close): 0–255 each, and its alpha (1 when not given).
        private bool TryColor(int start, int end, ReadOnlySpan<char> function, out int r, out int g, out int b, out double alpha)
        {
            r = g = b = 0;
            alpha = 1;
            Span<double> values = stackalloc double[4];
            Span<bool> percent = stackalloc bool[4];
            var count = 0;
            var sawComma = false;
            var sawSlash = false;
            for (var i = start; i < end; i++)
            {
                var token = _tokens[i];
                switch (token.Kind)
                {
                    case CssTokenKind.Whitespace:
                        continue;
                    case CssTokenKind.Comma:
                        sawComma = true;
                        continue;
                    case CssTokenKind.Delim when _source[token.Start] == '/':
                        if (count != 3)
                            return false;
                        sawSlash = true;
                        continue;
                    case CssTokenKind.Number:
                    case CssTokenKind.Percentage:
                        if (count == 4)
                            return false;
                        values[count] = token.Number;
                        percent[count] = token.Kind == CssTokenKind.Percentage;
                        count++;
                        continue;
                    case CssTokenKind.Dimension:
                        // hsl(120deg …): only deg, as plain numbers are degrees too.
                        if (count != 0 || !_source.AsSpan(token.ValueStart, token.End - token.ValueStart).Equals("deg", StringComparison.OrdinalIgnoreCase))
                            return false;
                        values[count] = token.Number;
                        percent[count] = false;
                        count++;
                        continue;
                    default:
                        return false;
                }
            }
            if (count is not (3 or 4) || (sawComma && sawSlash))
                return false;
            if (count == 4)
                alpha = Math.Clamp(percent[3] ? values[3] / 100 : values[3], 0, 1);
            if (function[0] is 'r' or 'R')
            {
                // Legacy rgb() wants all three numbers or all three percentages; mixing is invalid, keep it.
                if (sawComma && (percent[0] != percent[1] || percent[1] != percent[2]))
                    return false;
                return Channel(values[0], percent[0], out r) && Channel(values[1], percent[1], out g) && Channel(values[2], percent[2], out b);
            }
            // hsl(h, s%, l%): saturation and lightness as percentages.
            if (percent[0] || (sawComma && (!percent[1] || !percent[2])))
                return false;
            var hue = ((values[0] % 360) + 360) % 360 / 360;
            var saturation = Math.Clamp(values[1] / 100, 0, 1);
            var lightness = Math.Clamp(values[2] / 100, 0, 1);
            var (red, green, blue) = HslToRgb(hue, saturation, lightness);
            // Only exact 8-bit channels: a rounded one would be a (slightly) different color.
            return Exact(red * 255, out r) && Exact(green * 255, out g) && Exact(blue * 255, out b);
        }

        private static bool Channel(double value, bool isPercent, out int channel)
        {
            var scaled = isPercent ? value * 255 / 100 : value;
            if (scaled < 0 || scaled > 255)
            {
                // Out of range clamps; write the clamped color.
                scaled = Math.Clamp(scaled, 0, 255);
            }
            return Exact(scaled, out channel);
        }

        private static bool Exact(double value, out int channel)
        {
            channel = (int)Math.Round(value);
            return Math.Abs(value - channel) < 1e-9;
        }

        private static (double R, double G, double B) HslToRgb(double h, double s, double l)
        {
            var q = l < 0.5 ? l * (1 + s) : l + s - l * s;
            var p = 2 * l - q;
            return (HueToChannel(p, q, h + 1.0 / 3), HueToChannel(p, q, h), HueToChannel(p, q, h - 1.0 / 3));
        }

        private static double HueToChannel(double p, double q, double t)
        {
            if (t < 0) t += 1;
            if (t > 1) t -= 1;
            if (t < 1.0 / 6) return p + (q - p) * 6 * t;
            if (t < 1.0 / 2) return q;
            if (t < 2.0 / 3) return p + (q - p) * (2.0 / 3 - t) * 6;
            return p;
        }

        private void WriteHex(int r, int g, int b)
        {
            var hex = string.Create(CultureInfo.InvariantCulture, $"#{r:x2}{g:x2}{b:x2}");
            if (hex[1] == hex[2] && hex[3] == hex[4] && hex[5] == hex[6])
                hex = string.Concat("#", hex.AsSpan(1, 1), hex.AsSpan(3, 1), hex.AsSpan(5, 1));
            _text.Append(s_hexToName.TryGetValue(hex, out var name) && name.Length < hex.Length ? name : hex);
        }
    }
}
