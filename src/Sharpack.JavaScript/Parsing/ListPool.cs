// Reusable lists for building node arrays, so a parse allocates only the final arrays. One
// pool per thread, kept from parse to parse (a parse that fails part-way leaves some lists out;
// the next parse makes new ones).

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Parsing;

internal sealed class ListPool
{
    [ThreadStatic]
    private static ListPool? t_current;

    private readonly Stack<List<Node?>> _free = new();

    /// <summary>This thread's pool, shared by the parses on the thread (one at a time).</summary>
    public static ListPool ForCurrentThread() => t_current ??= new ListPool();

    public List<Node?> Rent() => _free.Count > 0 ? _free.Pop() : new List<Node?>(16);

    public Node[] ToArrayAndReturn(List<Node?> list)
    {
        var result = list.Count == 0 ? [] : new Node[list.Count];
        for (var i = 0; i < result.Length; i++)
            result[i] = list[i]!;
        Return(list);
        return result;
    }

    public Node?[] ToNullableArrayAndReturn(List<Node?> list)
    {
        var result = list.Count == 0 ? [] : list.ToArray();
        Return(list);
        return result;
    }

    public T[] ToArrayAndReturn<T>(List<Node?> list) where T : Node
    {
        var result = list.Count == 0 ? [] : new T[list.Count];
        for (var i = 0; i < result.Length; i++)
            result[i] = (T)list[i]!;
        Return(list);
        return result;
    }

    public void Return(List<Node?> list)
    {
        list.Clear();
        _free.Push(list);
    }
}
