// Short numeric ids from names, as webpack's assignDeterministicIds (lib/ids/IdHelpers.js): the
// range starts at 1000 and grows tenfold until at most 5% of it is used; an item's id is the
// FNV-1a hash of its name plus a counter (webpack's util/numberHash), modulo the range, the
// counter going up on a collision. The same names give the same ids as webpack's.

namespace Sharpack.Core.Seal;

internal static class DeterministicIds
{
    // Below this range a 32-bit hash has a small enough bias (webpack's FNV_64_THRESHOLD).
    private const long Fnv64Threshold = 1 << 24;

    public static void Assign<T>(List<T> items, Func<T, string> name, Action<T, string> assign)
    {
        long range = 1000;
        while (range < (long)items.Count * 20) range *= 10;
        var used = new HashSet<long>();
        foreach (var item in items)
        {
            var ident = name(item);
            long id;
            var salt = 0;
            do
            {
                id = NumberHash(ident + salt.ToString(System.Globalization.CultureInfo.InvariantCulture), range);
                salt++;
            }
            while (!used.Add(id));
            assign(item, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>webpack's numberHash: FNV-1a over the UTF-16 code units, modulo <paramref name="range"/>.</summary>
    internal static long NumberHash(string text, long range)
    {
        if (range < Fnv64Threshold)
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash ^= c;
                hash *= 16777619u;
            }
            return (hash & 0x7fffffff) % range;
        }
        var hash64 = 0xCBF29CE484222325ul;
        foreach (var c in text)
        {
            hash64 ^= c;
            hash64 *= 0x100000001B3ul;
        }
        return (long)(hash64 % (ulong)range);
    }
}
