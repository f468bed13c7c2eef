// Character classification for the lexer: an ASCII table for the hot path, generated Unicode
// ID_Start / ID_Continue ranges (the same Unicode version as acorn's) for the rest.

using System.Globalization;
using System.Runtime.CompilerServices;

namespace Sharpack.JavaScript.Lexing;

internal static class CharClass
{
    private const byte IdStartFlag = 1;
    private const byte IdPartFlag = 2;

    // Bit 1: may start an identifier ($, _, A-Z, a-z); bit 2: may continue one (also 0-9).
    private static ReadOnlySpan<byte> AsciiTable =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x00
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x10
        0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x20: $
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, // 0x30: 0-9
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, // 0x40: A-O
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 3, // 0x50: P-Z, _
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, // 0x60: a-o
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, // 0x70: p-z
    ];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiIdStart(char c) => c < 128 && (AsciiTable[c] & IdStartFlag) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiIdPart(char c) => c < 128 && (AsciiTable[c] & IdPartFlag) != 0;

    /// <summary>ID_Start, or $ and _, for a code point.</summary>
    public static bool IsIdStart(int cp) =>
        cp < 128 ? (AsciiTable[cp] & IdStartFlag) != 0 : InRanges(UnicodeIdentifierTables.IdStart, cp);

    /// <summary>ID_Continue, or $, ZWNJ and ZWJ, for a code point.</summary>
    public static bool IsIdPart(int cp) =>
        cp < 128 ? (AsciiTable[cp] & IdPartFlag) != 0 : InRanges(UnicodeIdentifierTables.IdContinue, cp);

    /// <summary>Binary search over sorted inclusive [first, last] pairs.</summary>
    private static bool InRanges(ReadOnlySpan<int> ranges, int cp)
    {
        int low = 0, high = ranges.Length / 2 - 1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            if (cp < ranges[mid * 2]) high = mid - 1;
            else if (cp > ranges[mid * 2 + 1]) low = mid + 1;
            else return true;
        }
        return false;
    }

    /// <summary>WhiteSpace of ECMA-262 (not line terminators).</summary>
    public static bool IsWhitespace(char c) =>
        c is ' ' or '\t' or '\v' or '\f' or '\u00A0' or '\uFEFF'
        || (c > 127 && c is not '\u2028' and not '\u2029' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDecimalDigit(char c) => (uint)(c - '0') <= 9;

    public static int HexValue(char c)
    {
        if ((uint)(c - '0') <= 9) return c - '0';
        var lower = c | 0x20;
        if ((uint)(lower - 'a') <= 5) return lower - 'a' + 10;
        return -1;
    }
}
