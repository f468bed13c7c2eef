// Short numeric ids from names: hash the name into a range sized to the number of items
// (webpack's assignDeterministicIds), probing to the next free number on a collision. Items are
// visited in name order, so the same names always get the same ids.

using System.Text;

namespace Sharpack.Core.Seal;

internal static class DeterministicIds
{
    public static void Assign<T>(List<T> items, Func<T, string> name, Action<T, string> assign)
    {
        // Ranges of 3 digits minimum, grown so that at most 80% of the range is used (as webpack).
        var range = 1000;
        while (items.Count * 10 > range * 8) range *= 10;
        var used = new HashSet<int>();
        foreach (var item in items)
        {
            var hash = Fnv1a(name(item));
            var id = (int)(hash % (uint)range);
            while (!used.Add(id)) id = (id + 1) % range;
            assign(item, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 16777619u;
        }
        return hash;
    }
}
