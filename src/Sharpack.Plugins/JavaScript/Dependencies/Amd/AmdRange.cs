// A part of an AMD call (its array, factory, error callback) by source range, as webpack's AMD
// dependencies keep them; (-1, -1) when the call has no such part.

namespace Sharpack.Plugins.JavaScript.Dependencies.Amd;

/// <summary>A source range, or (-1, -1) for none.</summary>
/// <param name="Start">Where it starts.</param>
/// <param name="End">Where it ends (exclusive).</param>
public readonly record struct AmdRange(int Start, int End)
{
    /// <summary>No range.</summary>
    public static AmdRange None => new(-1, -1);

    /// <summary>The range of <paramref name="node"/>, or none.</summary>
    public static AmdRange Of(Sharpack.JavaScript.Ast.Node? node) => node is null ? None : new(node.Start, node.End);
}
