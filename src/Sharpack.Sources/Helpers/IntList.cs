// A growable int array whose unset slots read as a default value: the sparse index tables of
// webpack-sources (JavaScript arrays written at arbitrary indexes, holes read as undefined).

namespace Sharpack.Sources.Helpers;

internal struct IntList(int missing)
{
    private int[]? _items;
    private int _count;

    public readonly int Count => _count;

    public readonly int Get(int index) => (uint)index < (uint)_count ? _items![index] : missing;

    public void Set(int index, int value)
    {
        if (index < 0)
        {
            return;
        }
        if (_items is null || index >= _items.Length)
        {
            var next = new int[Math.Max(index + 1, Math.Max(8, (_items?.Length ?? 0) * 2))];
            next.AsSpan().Fill(missing);
            _items?.AsSpan(0, _count).CopyTo(next);
            _items = next;
        }
        if (index >= _count)
        {
            _count = index + 1;
        }
        _items[index] = value;
    }
}
