// Base64 VLQ, the number encoding of source map "mappings" (Source Map v3): the value's sign
// goes to bit 0, then 5 bits per Base64 digit, least significant first, with bit 5 set on
// every digit but the last. Values are ints; the magnitude is widened to 64 bits so even
// int.MinValue round-trips (webpack-sources works on int32 and cannot encode it).

using System.Runtime.CompilerServices;

namespace Sharpack.Sources;

/// <summary>Encodes and decodes Base64 VLQ numbers as used in source map mappings.</summary>
public static class Vlq
{
    /// <summary>The most digits one int needs (33 bits of sign and magnitude, 5 bits per digit).</summary>
    public const int MaxDigits = 7;

    internal static ReadOnlySpan<byte> Alphabet => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"u8;

    // Value of each Base64 digit by char code ('z' is the highest), -1 for other chars.
    private static ReadOnlySpan<sbyte> DigitValues =>
    [
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 62, -1, -1, -1, 63,
        52, 53, 54, 55, 56, 57, 58, 59, 60, 61, -1, -1, -1, -1, -1, -1,
        -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
        15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, -1, -1, -1, -1, -1,
        -1, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
        41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
    ];

    /// <summary>
    /// Writes <paramref name="value"/> to <paramref name="destination"/> (which needs room for
    /// <see cref="MaxDigits"/> chars) and returns how many chars were written.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Encode(int value, Span<char> destination)
    {
        var data = value < 0 ? ((ulong)(-(long)value) << 1) | 1 : (ulong)value << 1;
        var alphabet = Alphabet;
        var written = 0;
        while (true)
        {
            var digit = (int)(data & 0x1f);
            data >>= 5;
            if (data == 0)
            {
                destination[written++] = (char)alphabet[digit];
                return written;
            }
            destination[written++] = (char)alphabet[digit | 0x20];
        }
    }

    /// <summary>Returns <paramref name="value"/> encoded as a string.</summary>
    public static string Encode(int value)
    {
        Span<char> buffer = stackalloc char[MaxDigits];
        return new string(buffer[..Encode(value, buffer)]);
    }

    /// <summary>The Base64 digit value of <paramref name="c"/>, or -1 when it is not a Base64 digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DigitValue(char c) => c < DigitValues.Length ? DigitValues[c] : -1;

    /// <summary>
    /// Reads one number starting at <paramref name="position"/> and moves the position past it.
    /// Returns false (position unchanged) when the text there is not a complete number or
    /// does not fit an int.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<char> text, ref int position, out int value)
    {
        ulong data = 0;
        var shift = 0;
        for (var i = position; i < text.Length; i++)
        {
            var digit = DigitValue(text[i]);
            if (digit < 0 || shift > 30)
            {
                break;
            }
            data |= (ulong)(digit & 0x1f) << shift;
            shift += 5;
            if ((digit & 0x20) == 0)
            {
                var magnitude = (long)(data >> 1);
                var signed = (data & 1) != 0 ? -magnitude : magnitude;
                if (signed is < int.MinValue or > int.MaxValue)
                {
                    break;
                }
                value = (int)signed;
                position = i + 1;
                return true;
            }
        }
        value = 0;
        return false;
    }
}
