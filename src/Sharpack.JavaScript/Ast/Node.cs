// The base of every syntax tree node. Nodes follow the ESTree shape (the one acorn produces),
// so the tree can be checked against independent parsers and read by anyone who knows ESTree.
// Children are typed as Node: ESTree's categories overlap (an Identifier is an expression and
// a pattern), and the parser converts expressions into patterns in place of re-parsing.

namespace Sharpack.JavaScript.Ast;

/// <summary>A syntax tree node with its source range as UTF-16 offsets.</summary>
public abstract class Node
{
    /// <summary>Offset of the node's first character.</summary>
    public int Start;

    /// <summary>Offset just past the node's last character.</summary>
    public int End;

    /// <summary>True when the source wrapped this expression in parentheses (ESTree keeps no node for them).</summary>
    public bool IsParenthesized;

    /// <summary>The node's ESTree type.</summary>
    public abstract NodeType Type { get; }

    /// <summary>Creates a node spanning <paramref name="start"/> to <paramref name="end"/>.</summary>
    protected Node(int start, int end)
    {
        Start = start;
        End = end;
    }
}
