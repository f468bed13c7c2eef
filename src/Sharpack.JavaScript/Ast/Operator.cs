// Operators of unary, update, binary, logical and assignment expressions.

namespace Sharpack.JavaScript.Ast;

/// <summary>An operator; <see cref="OperatorText"/> gives its source text.</summary>
public enum Operator : byte
{
#pragma warning disable CS1591 // Each name says its operator; OperatorText spells it.
    // Unary
    Minus, Plus, LogicalNot, BitwiseNot, Typeof, Void, Delete,
    // Update
    Increment, Decrement,
    // Binary
    Equal, NotEqual, StrictEqual, StrictNotEqual, LessThan, LessThanOrEqual, GreaterThan,
    GreaterThanOrEqual, LeftShift, RightShift, UnsignedRightShift, Add, Subtract, Multiply,
    Divide, Remainder, Exponent, BitwiseOr, BitwiseXor, BitwiseAnd, In, Instanceof,
    // Logical
    LogicalOr, LogicalAnd, NullishCoalescing,
    // Assignment
    Assign, AddAssign, SubtractAssign, MultiplyAssign, DivideAssign, RemainderAssign,
    ExponentAssign, LeftShiftAssign, RightShiftAssign, UnsignedRightShiftAssign, BitwiseOrAssign,
    BitwiseXorAssign, BitwiseAndAssign, LogicalOrAssign, LogicalAndAssign, NullishAssign,
#pragma warning restore CS1591
}

/// <summary>Source text of operators.</summary>
public static class OperatorText
{
    private static readonly string[] s_text =
    [
        "-", "+", "!", "~", "typeof", "void", "delete",
        "++", "--",
        "==", "!=", "===", "!==", "<", "<=", ">", ">=", "<<", ">>", ">>>", "+", "-", "*",
        "/", "%", "**", "|", "^", "&", "in", "instanceof",
        "||", "&&", "??",
        "=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "|=", "^=", "&=",
        "||=", "&&=", "??=",
    ];

    /// <summary>The operator as written in source.</summary>
    public static string Of(Operator op) => s_text[(int)op];
}
