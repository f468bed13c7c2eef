// Interns identifier names so each distinct name is one string, not one per use. Keyed by the
// characters' hash; probing compares the span, so lookups allocate nothing.
// PERF: one table per thread, kept from file to file (ForCurrentThread): a bundler parses
// thousands of files that share most of their names (imports, exports, globals). A table per
// file cost two arrays per file (30 MB of 10,000 small files) and a string per name per file.

namespace Sharpack.JavaScript.Lexing;

internal sealed class NameTable
{
    // Past this many names the thread's table starts over, so it cannot grow without bound.
    private const int ThreadTableLimit = 1 << 16;

    [ThreadStatic]
    private static NameTable? t_current;

    private string?[] _entries = new string?[256];
    private int[] _hashes = new int[256];
    private int _count;

    /// <summary>This thread's table, shared by the parses on the thread (one at a time).</summary>
    public static NameTable ForCurrentThread()
    {
        var table = t_current ??= new NameTable();
        if (table._count > ThreadTableLimit)
        {
            Array.Clear(table._entries);
            table._count = 0;
        }
        return table;
    }

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
