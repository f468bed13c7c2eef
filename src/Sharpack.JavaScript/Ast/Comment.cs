// A comment's range; kept so later stages can read /*#__PURE__*/ and webpack magic comments.

namespace Sharpack.JavaScript.Ast;

/// <summary>A comment: <c>//…</c> (line) or <c>/*…*/</c> (block), by source range.</summary>
public readonly struct Comment(int start, int end, bool isBlock)
{
    /// <summary>Offset of the opening <c>//</c> or <c>/*</c>.</summary>
    public int Start { get; } = start;

    /// <summary>Offset just past the comment (past <c>*/</c> for a block comment).</summary>
    public int End { get; } = end;

    /// <summary>True for a block comment.</summary>
    public bool IsBlock { get; } = isBlock;
}
