// The names a mangler hands out, shortest first, made of the characters the output uses most,
// never a reserved word, a kept name or a global the program reads.

namespace Sharpack.JavaScript.Minifying;

/// <summary>
/// Names in order of length, then of the character order, skipping the reserved ones: the n-th
/// name a scope may hand out is entry n.
/// </summary>
internal sealed class NameGenerator(HashSet<string> reserved, string firstChars, string otherChars)
{
    private readonly List<string> _names = [];
    private long _index;

    public string this[int n]
    {
        get
        {
            while (_names.Count <= n)
            {
                var name = NameAt(_index++, firstChars, otherChars);
                if (!reserved.Contains(name))
                    _names.Add(name);
            }
            return _names[n];
        }
    }

    private static string NameAt(long index, string firstChars, string otherChars)
    {
        Span<char> buffer = stackalloc char[16];
        var length = 0;
        buffer[length++] = firstChars[(int)(index % firstChars.Length)];
        index /= firstChars.Length;
        while (index > 0)
        {
            index--;
            buffer[length++] = otherChars[(int)(index % otherChars.Length)];
            index /= otherChars.Length;
        }
        return new string(buffer[..length]);
    }
}
