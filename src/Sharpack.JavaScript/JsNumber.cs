// JavaScript's Number::toString (ECMA-262 6.1.6.1.20) for radix 10: the shortest digits that
// round-trip (what .NET's "R" format finds), laid out as JavaScript does: plain up to 21 integer
// digits, "0.000001" down to six leading zeros, exponent notation ("1e+21", "1.5e-7") beyond.

using System.Globalization;

namespace Sharpack.JavaScript;

/// <summary>Numbers written as JavaScript writes them.</summary>
public static class JsNumber
{
    /// <summary><paramref name="value"/> as <c>String(value)</c> gives it in JavaScript.</summary>
    public static string ToString(double value)
    {
        if (double.IsNaN(value))
            return "NaN";
        if (value == 0)
            return "0";
        if (double.IsInfinity(value))
            return value > 0 ? "Infinity" : "-Infinity";
        if (value < 0)
            return "-" + ToString(-value);
        // Integers below 2^53 need no digit search.
        if (value < 9007199254740992d && value == Math.Floor(value))
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var mantissa = text.AsSpan();
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = mantissa[..e];
        }
        // The digits without the point, and how many stood before it.
        var dot = mantissa.IndexOf('.');
        var digits = dot < 0 ? mantissa.ToString() : string.Concat(mantissa[..dot], mantissa[(dot + 1)..]);
        var integerDigits = dot < 0 ? mantissa.Length : dot;
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
            lead++;
        digits = digits[lead..].TrimEnd('0');
        integerDigits -= lead;
        // value = digits × 10^(n − k), k digits.
        var k = digits.Length;
        var n = integerDigits + exponent;
        if (k <= n && n <= 21)
            return digits + new string('0', n - k);
        if (0 < n && n <= 21)
            return string.Concat(digits.AsSpan(0, n), ".", digits.AsSpan(n));
        if (-6 < n && n <= 0)
            return "0." + new string('0', -n) + digits;
        var power = n - 1;
        var sign = power < 0 ? "-" : "+";
        var magnitude = Math.Abs(power).ToString(CultureInfo.InvariantCulture);
        return k == 1 ? digits + "e" + sign + magnitude : string.Concat(digits.AsSpan(0, 1), ".", digits.AsSpan(1)) + "e" + sign + magnitude;
    }
}
