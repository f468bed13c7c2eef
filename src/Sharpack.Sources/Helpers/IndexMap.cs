// Insertion-ordered string -> index table that, unlike Dictionary, also accepts null keys: the
// global source and name indexes of webpack-sources' Map<string | null, number> tables.

namespace Sharpack.Sources.Helpers;

internal sealed class IndexMap
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private int _nullIndex = -1;

    public int Count => _indexes.Count + (_nullIndex >= 0 ? 1 : 0);

    public bool TryGet(string? key, out int index)
    {
        if (key is null)
        {
            index = _nullIndex;
            return index >= 0;
        }
        return _indexes.TryGetValue(key, out index);
    }

    /// <summary>Sets <paramref name="key"/> to the next index (the current count) and returns it.</summary>
    public int AddNext(string? key)
    {
        var index = Count;
        if (key is null)
        {
            _nullIndex = index;
        }
        else
        {
            _indexes[key] = index;
        }
        return index;
    }
}
