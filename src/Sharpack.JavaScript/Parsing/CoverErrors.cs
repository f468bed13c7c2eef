// Errors that depend on whether an expression turns out to be a pattern (acorn's
// DestructuringErrors): `{a = 1}` is only valid as a pattern, a duplicate __proto__ only as
// an expression, `({a}) = 1` never. Positions are offsets, or -1 when absent.

namespace Sharpack.JavaScript.Parsing;

internal sealed class CoverErrors
{
    /// <summary>A shorthand property with an initializer (`{a = 1}`): valid only in a pattern.</summary>
    public int ShorthandAssign = -1;
    /// <summary>A comma after a rest element: invalid in a pattern.</summary>
    public int TrailingComma = -1;
    /// <summary>A parenthesized pattern used as an assignment target.</summary>
    public int ParenthesizedAssign = -1;
    /// <summary>A parenthesized expression used as a binding.</summary>
    public int ParenthesizedBind = -1;
    /// <summary>A second `__proto__: value` in an object literal: invalid in an expression.</summary>
    public int DoubleProto = -1;

    public void Reset()
    {
        ShorthandAssign = TrailingComma = ParenthesizedAssign = ParenthesizedBind = DoubleProto = -1;
    }
}
