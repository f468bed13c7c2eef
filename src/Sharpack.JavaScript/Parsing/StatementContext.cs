// Where a statement appears, which decides whether declarations are allowed there.

namespace Sharpack.JavaScript.Parsing;

internal enum StatementContext : byte
{
    /// <summary>A statement list item: declarations allowed.</summary>
    ListItem,
    /// <summary>The body of an `if`/`else` (Annex B allows a plain function declaration in sloppy mode).</summary>
    If,
    /// <summary>The body of a labeled statement (Annex B allows a plain function declaration in sloppy mode).</summary>
    Label,
    /// <summary>Any other single-statement position (loop bodies, `with`).</summary>
    Body,
}
