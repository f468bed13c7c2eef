// Short numeric ids from names, as webpack's assignDeterministicIds (lib/ids/IdHelpers.js): the
// range starts at the first of the given ranges and grows (by the next range, or tenfold) until at
// most 5% of it is used; an item's id is the FNV-1a hash of its name plus a counter (webpack's
// util/numberHash), modulo the range, the counter going up while the id is refused (taken). The
// same names give the same ids as webpack's, written as JavaScript writes the number.

using System.Globalization;
using System.Numerics;

namespace Sharpack.Core.Seal;

/// <summary>webpack's assignDeterministicIds and numberHash, for module and chunk id plugins.</summary>
public static class DeterministicIds
{
    // Below this range a 32-bit hash has a small enough bias (webpack's FNV_64_THRESHOLD).
    private const long Fnv64Threshold = 1 << 24;

    // JavaScript's Number.MAX_SAFE_INTEGER, where webpack stops growing a range.
    private const double MaxSafeInteger = 9007199254740991;

    /// <summary>
    /// Ids for <paramref name="items"/> (in the order given) in webpack's default way: ranges from
    /// 1000, growing tenfold; an id is used once.
    /// </summary>
    public static void Assign<T>(List<T> items, Func<T, string> name, Action<T, string> assign)
    {
        ArgumentNullException.ThrowIfNull(assign);
        var used = new HashSet<string>(StringComparer.Ordinal);
        Assign(items, name, (item, id) =>
        {
            if (!used.Add(id))
                return false;
            assign(item, id);
            return true;
        }, [1000], 10, 0, 0);
    }

    /// <summary>
    /// webpack's assignDeterministicIds for <paramref name="items"/> already in order: the range is
    /// the first of <paramref name="ranges"/> at least 20 times the item count plus
    /// <paramref name="extraSpace"/>, past the list multiplied by <paramref name="expandFactor"/>
    /// (0: no further); each item tries hash(name + counter) from <paramref name="salt"/> on until
    /// <paramref name="tryAssign"/> accepts the id.
    /// </summary>
    public static void Assign<T>(IReadOnlyList<T> items, Func<T, string> name, Func<T, string, bool> tryAssign,
        IReadOnlyList<double> ranges, double expandFactor, long extraSpace, long salt)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(tryAssign);
        ArgumentNullException.ThrowIfNull(ranges);
        var optimalRange = Math.Min(items.Count * 20.0 + extraSpace, MaxSafeInteger);
        var index = 0;
        var range = ranges[0];
        while (range < optimalRange)
        {
            index++;
            if (index < ranges.Count)
                range = Math.Min(ranges[index], MaxSafeInteger);
            else if (expandFactor != 0)
                range = Math.Min(range * expandFactor, MaxSafeInteger);
            else
                break;
        }
        foreach (var item in items)
        {
            var ident = name(item);
            var counter = salt;
            string id;
            do
            {
                id = NumberHashText(ident + counter.ToString(CultureInfo.InvariantCulture), range);
                counter++;
            }
            while (!tryAssign(item, id));
        }
    }

    /// <summary>webpack's numberHash: FNV-1a over the UTF-16 code units, modulo <paramref name="range"/>.</summary>
    public static long NumberHash(string text, long range)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (range < Fnv64Threshold)
            return Fnv1a32(text) % range;
        return (long)(Fnv1a64(text) % (ulong)range);
    }

    // numberHash for any range a JavaScript number can hold, as the id's text: above 2^53 the
    // remainder becomes a JavaScript number (rounded to a double) before it is written.
    private static string NumberHashText(string text, double range)
    {
        if (range < Fnv64Threshold)
            return (Fnv1a32(text) % (long)range).ToString(CultureInfo.InvariantCulture);
        var remainder = new BigInteger(Fnv1a64(text)) % new BigInteger(range);
        if (remainder <= new BigInteger(MaxSafeInteger))
            return remainder.ToString(CultureInfo.InvariantCulture);
        // The remainder is below 2^64 (a 64-bit hash); ulong → double rounds to nearest, as JavaScript's Number(bigint).
        return JavaScriptIntegerText((double)(ulong)remainder);
    }

    // Number.prototype.toString of an integral double below 1e21: its shortest round-trip digits,
    // then zeros up to the exponent.
    internal static string JavaScriptIntegerText(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
            return text;
        var digits = text[..e].Replace(".", "", StringComparison.Ordinal);
        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return digits.PadRight(exponent + 1, '0');
    }

    private static long Fnv1a32(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return hash & 0x7fffffff;
    }

    private static ulong Fnv1a64(string text)
    {
        var hash = 0xCBF29CE484222325ul;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 0x100000001B3ul;
        }
        return hash;
    }
}
