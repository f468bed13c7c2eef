// Interns identifier names so each distinct name in a file is one string, not one per use.
// Keyed by the characters' hash; probing compares the span, so lookups allocate nothing.

namespace Sharpack.JavaScript.Lexing;

internal sealed class NameTable
{
    private string?[] _entries = new string?[256];
    private int[] _hashes = new int[256];
    private int _count;

    public string Intern(ReadOnlySpan<char> name)
    {
        var hash = string.GetHashCode(name);
        var mask = _entries.Length - 1;
        var index = hash & mask;
        while (true)
        {
            var entry = _entries[index];
            if (entry is null)
                break;
            if (_hashes[index] == hash && name.SequenceEqual(entry))
                return entry;
            index = (index + 1) & mask;
        }
        var created = name.ToString();
        _entries[index] = created;
        _hashes[index] = hash;
        if (++_count * 2 > _entries.Length)
            Grow();
        return created;
    }

    private void Grow()
    {
        var oldEntries = _entries;
        var oldHashes = _hashes;
        _entries = new string?[oldEntries.Length * 2];
        _hashes = new int[oldEntries.Length * 2];
        var mask = _entries.Length - 1;
        for (var i = 0; i < oldEntries.Length; i++)
        {
            var entry = oldEntries[i];
            if (entry is null) continue;
            var index = oldHashes[i] & mask;
            while (_entries[index] is not null)
                index = (index + 1) & mask;
            _entries[index] = entry;
            _hashes[index] = oldHashes[i];
        }
    }
}
