// How tightly an expression binds, lowest first (esbuild's L levels). An expression printed where
// a level above its own is required is wrapped in parentheses.

namespace Sharpack.JavaScript.Printing;

internal enum Level : byte
{
    Lowest,
    Comma,
    // Assignment, arrow functions and yield: the grammar's AssignmentExpression.
    Assign,
    Conditional,
    Nullish,
    LogicalOr,
    LogicalAnd,
    BitwiseOr,
    BitwiseXor,
    BitwiseAnd,
    Equals,
    Compare,
    Shift,
    Add,
    Multiply,
    Exponent,
    Prefix,
    Postfix,
    New,
    Call,
    Member,
}
