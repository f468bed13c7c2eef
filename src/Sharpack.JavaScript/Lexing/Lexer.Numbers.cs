// Numeric literals: decimal, hex, octal, binary, legacy octal, BigInt, numeric separators.

using System.Globalization;
using System.Numerics;

namespace Sharpack.JavaScript.Lexing;

internal sealed partial class Lexer
{
    private void ScanNumber()
    {
        var source = _source;
        var start = _pos;
        var pos = start;
        Kind = TokenKind.Number;
        if (source[pos] == '0' && pos + 1 < source.Length)
        {
            var radixChar = source[pos + 1] | 0x20;
            var radix = radixChar switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            if (radix != 0)
            {
                ScanRadixNumber(start, radix);
                return;
            }
            if (CharClass.IsDecimalDigit(source[pos + 1]) || source[pos + 1] == '_')
            {
                ScanLegacyOctalOrNonOctal(start);
                return;
            }
        }

        var hasSeparator = false;
        var isInteger = true;
        if (source[pos] != '.')
            pos = ScanDecimalDigits(pos, ref hasSeparator);
        if (pos < source.Length && source[pos] == '.')
        {
            isInteger = false;
            pos++;
            if (pos < source.Length && source[pos] == '_')
                throw Error(pos, "Numeric separator is not allowed here");
            if (pos < source.Length && CharClass.IsDecimalDigit(source[pos]))
                pos = ScanDecimalDigits(pos, ref hasSeparator);
        }
        var exponentEnd = ScanExponent(start, pos, ref hasSeparator);
        if (exponentEnd != pos)
        {
            isInteger = false;
            pos = exponentEnd;
        }
        if (pos < source.Length && source[pos] == 'n')
        {
            if (!isInteger)
                throw Error(start, "Invalid BigInt syntax");
            Kind = TokenKind.BigInt;
            _pos = pos + 1;
            CheckAfterNumber();
            return;
        }
        _pos = pos;
        CheckAfterNumber();
        NumberValue = ParseDecimal(source.AsSpan(start, pos - start), hasSeparator);
    }

    /// <summary>Scans an exponent part (<c>e+10</c>) at <paramref name="pos"/> if there is one; returns the position after it.</summary>
    private int ScanExponent(int start, int pos, ref bool hasSeparator)
    {
        var source = _source;
        if (pos >= source.Length || (source[pos] | 0x20) != 'e')
            return pos;
        pos++;
        if (pos < source.Length && source[pos] is '+' or '-')
            pos++;
        if (pos >= source.Length || !CharClass.IsDecimalDigit(source[pos]))
            throw Error(start, "Invalid number");
        return ScanDecimalDigits(pos, ref hasSeparator);
    }

    private int ScanDecimalDigits(int pos, ref bool hasSeparator)
    {
        var source = _source;
        var digitStart = pos;
        while (pos < source.Length)
        {
            var c = source[pos];
            if (CharClass.IsDecimalDigit(c))
            {
                pos++;
                continue;
            }
            if (c == '_')
            {
                if (pos == digitStart || pos + 1 >= source.Length || !CharClass.IsDecimalDigit(source[pos + 1]))
                    throw Error(pos, "Numeric separator is not allowed here");
                hasSeparator = true;
                pos++;
                continue;
            }
            break;
        }
        return pos;
    }

    private static double ParseDecimal(ReadOnlySpan<char> text, bool hasSeparator)
    {
        if (!hasSeparator)
            return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (c != '_') buffer[length++] = c;
        }
        return double.Parse(buffer[..length], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private void ScanRadixNumber(int start, int radix)
    {
        var source = _source;
        var pos = start + 2;
        var digitStart = pos;
        ulong value = 0;
        var overflow = false;
        var digits = 0;
        while (pos < source.Length)
        {
            var c = source[pos];
            if (c == '_')
            {
                if (pos == digitStart || pos + 1 >= source.Length || DigitValue(source[pos + 1], radix) < 0)
                    throw Error(pos, "Numeric separator is not allowed here");
                pos++;
                continue;
            }
            var digit = DigitValue(c, radix);
            if (digit < 0)
                break;
            if (value > (ulong.MaxValue - (ulong)digit) / (ulong)radix)
                overflow = true;
            else
                value = value * (ulong)radix + (ulong)digit;
            digits++;
            pos++;
        }
        if (digits == 0)
            throw Error(start, $"Expected number in radix {radix}");
        if (pos < source.Length && source[pos] == 'n')
        {
            Kind = TokenKind.BigInt;
            _pos = pos + 1;
            CheckAfterNumber();
            return;
        }
        _pos = pos;
        CheckAfterNumber();
        NumberValue = overflow ? ParseBigRadix(source.AsSpan(start + 2, pos - start - 2), radix) : value;
    }

    private static double ParseBigRadix(ReadOnlySpan<char> digits, int radix)
    {
        var value = BigInteger.Zero;
        foreach (var c in digits)
        {
            if (c == '_') continue;
            value = value * radix + DigitValue(c, radix);
        }
        return (double)value;
    }

    private static int DigitValue(char c, int radix)
    {
        var value = CharClass.HexValue(c);
        return value >= 0 && value < radix ? value : -1;
    }

    private void ScanLegacyOctalOrNonOctal(int start)
    {
        var source = _source;
        var pos = start + 1;
        var isOctal = true;
        while (pos < source.Length && (CharClass.IsDecimalDigit(source[pos]) || source[pos] == '_'))
        {
            if (source[pos] == '_')
                throw Error(pos, "Numeric separator is not allowed here");
            if (source[pos] >= '8') isOctal = false;
            pos++;
        }
        LegacyOctalPosition = start;
        if (isOctal)
        {
            if (pos < source.Length && source[pos] == 'n')
                throw Error(start, "Invalid BigInt syntax");
            _pos = pos;
            CheckAfterNumber();
            double value = 0;
            for (var i = start + 1; i < pos; i++)
                value = value * 8 + (source[i] - '0');
            NumberValue = value;
            return;
        }
        // A decimal literal with a leading zero (08, 09.5): may have a fraction and exponent.
        var hasSeparator = false;
        if (pos < source.Length && source[pos] == '.')
        {
            pos++;
            if (pos < source.Length && CharClass.IsDecimalDigit(source[pos]))
                pos = ScanDecimalDigits(pos, ref hasSeparator);
        }
        pos = ScanExponent(start, pos, ref hasSeparator);
        if (pos < source.Length && source[pos] == 'n')
            throw Error(start, "Invalid BigInt syntax");
        _pos = pos;
        CheckAfterNumber();
        NumberValue = ParseDecimal(source.AsSpan(start, pos - start), hasSeparator);
    }

    private void CheckAfterNumber()
    {
        if (_pos >= _source.Length)
            return;
        var c = _source[_pos];
        if (CharClass.IsAsciiIdPart(c) || c == '\\' || (c > 127 && CharClass.IsIdStart(CodePointAt(_pos))))
            throw Error(_pos, "Identifier directly after number");
    }
}
