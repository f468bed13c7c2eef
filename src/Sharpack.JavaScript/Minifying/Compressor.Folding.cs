// Constant folding (terser's evaluate, booleans, conditionals and comparisons): an operator whose
// operands are constants becomes its value when that prints no longer (`"a" + "b"` → `"ab"`,
// `x + "a" + "b"` → `x + "ab"`, `1 + 2` → `3`, `"a" === "a"` → `!0`), a conditional, `&&`, `||`
// or `??` with a constant test takes its branch, and where only truth is read (an if's test, a
// loop's, `!`'s operand) `!!a` is `a`. `!(a === b)` is `a !== b`, and `a === null || a === void 0`
// is `a == null`. Constants are literals (no regular expressions or bigints), `!0`, `!1`, `void 0`
// and negated numbers; JavaScript's conversions and arithmetic are followed exactly, and `**` is not
// folded (.NET's Math.Pow differs from it at ±1 and NaN).

using System.Globalization;
using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Printing;

namespace Sharpack.JavaScript.Minifying;

public sealed partial class Compressor
{
    private enum ConstantKind : byte { None, String, Number, Boolean, Null, Undefined }

    private readonly record struct Constant(ConstantKind Kind, string? Text = null, double Number = 0, bool Boolean = false)
    {
        public bool IsTruthy => Kind switch
        {
            ConstantKind.String => Text!.Length > 0,
            ConstantKind.Number => Number != 0 && !double.IsNaN(Number),
            ConstantKind.Boolean => Boolean,
            _ => false,
        };

        public bool IsNullish => Kind is ConstantKind.Null or ConstantKind.Undefined;

        // ToNumber.
        public double ToNumber() => Kind switch
        {
            ConstantKind.Number => Number,
            ConstantKind.Boolean => Boolean ? 1 : 0,
            ConstantKind.Null => 0,
            ConstantKind.String => StringToNumber(Text!),
            _ => double.NaN,
        };

        // ToString.
        public override string ToString() => Kind switch
        {
            ConstantKind.String => Text!,
            ConstantKind.Number => JsNumber.ToString(Number),
            ConstantKind.Boolean => Boolean ? "true" : "false",
            ConstantKind.Null => "null",
            _ => "undefined",
        };
    }

    // The constant a node is, or None.
    private static Constant ConstantOf(Node node)
    {
        switch (node)
        {
            case Literal literal:
                return literal.Kind switch
                {
                    LiteralKind.String => new Constant(ConstantKind.String, literal.StringValue),
                    LiteralKind.Number => new Constant(ConstantKind.Number, Number: literal.NumberValue),
                    LiteralKind.Boolean => new Constant(ConstantKind.Boolean, Boolean: literal.BooleanValue),
                    LiteralKind.Null => new Constant(ConstantKind.Null),
                    _ => default,
                };
            case UnaryExpression { Operator: Operator.LogicalNot, Argument: Literal { Kind: LiteralKind.Number } number }:
                return new Constant(ConstantKind.Boolean, Boolean: number.NumberValue == 0 || double.IsNaN(number.NumberValue));
            case UnaryExpression { Operator: Operator.Void, Argument: Literal { Kind: not LiteralKind.RegExp } }:
                return new Constant(ConstantKind.Undefined);
            case UnaryExpression { Operator: Operator.Minus, Argument: Literal { Kind: LiteralKind.Number } negated }:
                return new Constant(ConstantKind.Number, Number: -negated.NumberValue);
            default:
                return default;
        }
    }

    // The node that prints a constant: `!0`/`!1` for booleans, `-n` for negative numbers.
    private static Node ConstantNode(Node at, Constant value) => value.Kind switch
    {
        ConstantKind.String => String(at, value.Text!),
        ConstantKind.Boolean => new UnaryExpression(at.Start, at.End, Operator.LogicalNot, Number(at.Start, at.End, value.Boolean ? 0 : 1)),
        ConstantKind.Null => new Literal(at.Start, at.End, LiteralKind.Null),
        ConstantKind.Undefined => VoidZero(at.Start, at.End),
        _ => value.Number < 0 || (value.Number == 0 && double.IsNegative(value.Number))
            ? new UnaryExpression(at.Start, at.End, Operator.Minus, Number(at.Start, at.End, -value.Number))
            : Number(at.Start, at.End, value.Number),
    };

    // A binary operator on two constants, folded where the value prints no longer; a string
    // concatenation joins with a constant string on its left (`x + "a" + "b"`).
    private static Node? FoldBinary(BinaryExpression binary)
    {
        var right = ConstantOf(binary.Right);
        if (right.Kind == ConstantKind.None)
            return null;
        var left = ConstantOf(binary.Left);
        if (left.Kind == ConstantKind.None)
        {
            // (x + "a") + "b": x + "a" is a string whatever x is, so the strings join.
            if (binary.Operator == Operator.Add && right.Kind == ConstantKind.String
                && binary.Left is BinaryExpression { Operator: Operator.Add, Right: Literal { Kind: LiteralKind.String } inner } concatenation)
            {
                concatenation.Right = String(inner, inner.StringValue + right.Text);
                concatenation.End = binary.End;
                return concatenation;
            }
            return null;
        }
        Constant? value = binary.Operator switch
        {
            Operator.Add when left.Kind == ConstantKind.String || right.Kind == ConstantKind.String
                => new Constant(ConstantKind.String, left.ToString() + right.ToString()),
            Operator.Add => Numeric(left.ToNumber() + right.ToNumber()),
            Operator.Subtract => Numeric(left.ToNumber() - right.ToNumber()),
            Operator.Multiply => Numeric(left.ToNumber() * right.ToNumber()),
            Operator.Divide => Numeric(left.ToNumber() / right.ToNumber()),
            Operator.Remainder => Numeric(left.ToNumber() % right.ToNumber()),
            Operator.BitwiseOr => Numeric(ToInt32(left.ToNumber()) | ToInt32(right.ToNumber())),
            Operator.BitwiseAnd => Numeric(ToInt32(left.ToNumber()) & ToInt32(right.ToNumber())),
            Operator.BitwiseXor => Numeric(ToInt32(left.ToNumber()) ^ ToInt32(right.ToNumber())),
            Operator.LeftShift => Numeric(ToInt32(left.ToNumber()) << (int)(ToUint32(right.ToNumber()) & 31)),
            Operator.RightShift => Numeric(ToInt32(left.ToNumber()) >> (int)(ToUint32(right.ToNumber()) & 31)),
            Operator.UnsignedRightShift => Numeric(ToUint32(left.ToNumber()) >> (int)(ToUint32(right.ToNumber()) & 31)),
            Operator.StrictEqual => Bool(StrictEquals(left, right)),
            Operator.StrictNotEqual => Bool(!StrictEquals(left, right)),
            Operator.Equal => Bool(LooseEquals(left, right)),
            Operator.NotEqual => Bool(!LooseEquals(left, right)),
            Operator.LessThan => Compare(left, right, static c => c < 0),
            Operator.LessThanOrEqual => Compare(left, right, static c => c <= 0),
            Operator.GreaterThan => Compare(left, right, static c => c > 0),
            Operator.GreaterThanOrEqual => Compare(left, right, static c => c >= 0),
            _ => null,
        };
        if (value is not { } folded)
            return null;
        if (folded.Kind == ConstantKind.Number && (!double.IsFinite(folded.Number) || PrintedLength(folded.Number) > PrintedLength(left) + PrintedLength(right) + OperatorText.Of(binary.Operator).Length))
            return null;
        return ConstantNode(binary, folded);
    }

    private static Constant Numeric(double value) => new(ConstantKind.Number, Number: value);

    private static Constant Bool(bool value) => new(ConstantKind.Boolean, Boolean: value);

    // A relational comparison: strings by code units, anything else as numbers (NaN compares false).
    private static Constant? Compare(Constant left, Constant right, Func<int, bool> test)
    {
        if (left.Kind == ConstantKind.String && right.Kind == ConstantKind.String)
            return Bool(test(string.CompareOrdinal(left.Text, right.Text)));
        var a = left.ToNumber();
        var b = right.ToNumber();
        if (double.IsNaN(a) || double.IsNaN(b))
            return Bool(false);
        return Bool(test(a.CompareTo(b)));
    }

    private static bool StrictEquals(Constant left, Constant right) => left.Kind == right.Kind && left.Kind switch
    {
        ConstantKind.String => left.Text == right.Text,
        ConstantKind.Number => left.Number == right.Number,
        ConstantKind.Boolean => left.Boolean == right.Boolean,
        _ => true,
    };

    private static bool LooseEquals(Constant left, Constant right)
    {
        if (left.Kind == right.Kind)
            return StrictEquals(left, right);
        if (left.IsNullish || right.IsNullish)
            return left.IsNullish && right.IsNullish;
        return left.ToNumber() == right.ToNumber();
    }

    private static int PrintedLength(Constant value) => value.Kind switch
    {
        ConstantKind.Number => PrintedLength(value.Number),
        ConstantKind.String => value.Text!.Length + 2,
        ConstantKind.Boolean => 2,
        ConstantKind.Null => 4,
        _ => 6,
    };

    private static int PrintedLength(double value) => value < 0 || (value == 0 && double.IsNegative(value))
        ? 1 + JsPrinter.NumberText(-value).Length
        : JsPrinter.NumberText(value).Length;

    // ECMAScript's StringToNumber: white space trimmed, empty is 0, 0x/0o/0b integers, Infinity,
    // decimal literals; anything else is NaN.
    private static double StringToNumber(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
            return 0;
        if (trimmed.Length > 2 && trimmed[0] == '0' && (trimmed[1] | 0x20) is 'x' or 'o' or 'b')
        {
            var radix = (trimmed[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            double result = 0;
            foreach (var c in trimmed.AsSpan(2))
            {
                var digit = c is >= '0' and <= '9' ? c - '0' : (c | 0x20) is >= 'a' and <= 'z' ? (c | 0x20) - 'a' + 10 : 99;
                if (digit >= radix)
                    return double.NaN;
                result = result * radix + digit;
            }
            return result;
        }
        if (trimmed is "Infinity" or "+Infinity")
            return double.PositiveInfinity;
        if (trimmed == "-Infinity")
            return double.NegativeInfinity;
        foreach (var c in trimmed)
        {
            if (!(c is >= '0' and <= '9' or '.' or 'e' or 'E' or '+' or '-'))
                return double.NaN;
        }
        return double.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : double.NaN;
    }

    private static int ToInt32(double value) => unchecked((int)ToUint32(value));

    private static uint ToUint32(double value)
    {
        if (!double.IsFinite(value))
            return 0;
        var truncated = Math.Truncate(value);
        var modulo = truncated % 4294967296.0;
        if (modulo < 0)
            modulo += 4294967296.0;
        return (uint)modulo;
    }

    // A unary operator on a constant: `!c`, `typeof c` (`-` stays: it is how negative numbers print).
    private static Node? FoldUnary(UnaryExpression unary)
    {
        if (unary.Operator is not (Operator.LogicalNot or Operator.Typeof))
            return null;
        // !0 and !1 are how booleans print.
        if (unary.Operator == Operator.LogicalNot && unary.Argument is Literal { Kind: LiteralKind.Number, NumberValue: 0 or 1 })
            return null;
        var value = ConstantOf(unary.Argument);
        if (value.Kind == ConstantKind.None)
            return null;
        if (unary.Operator == Operator.LogicalNot)
            return ConstantNode(unary, Bool(!value.IsTruthy));
        var type = value.Kind switch
        {
            ConstantKind.String => "string",
            ConstantKind.Number => "number",
            ConstantKind.Boolean => "boolean",
            ConstantKind.Null => "object",
            _ => "undefined",
        };
        return String(unary, type);
    }

    // `&&`, `||` and `??` with a constant left side: the value is one side or the other.
    private static Node? FoldLogical(LogicalExpression logical)
    {
        var left = ConstantOf(logical.Left);
        if (left.Kind == ConstantKind.None)
            return null;
        var takeRight = logical.Operator switch
        {
            Operator.LogicalAnd => left.IsTruthy,
            Operator.LogicalOr => !left.IsTruthy,
            _ => left.IsNullish,
        };
        return takeRight ? logical.Right : logical.Left;
    }

    // The truth of a node that is a constant, or null.
    private static bool? TruthOf(Node node)
    {
        var value = ConstantOf(node);
        if (value.Kind != ConstantKind.None)
            return value.IsTruthy;
        return node switch
        {
            FunctionExpression or ArrowFunctionExpression or ClassExpression { SuperClass: null, Body.Body.Length: 0 } => true,
            _ => null,
        };
    }

    // A node whose value is read only for its truth: `!!a` is `a`, and so are the sides of `&&`
    // and `||` there.
    private static Node Condition(Node node)
    {
        while (node is UnaryExpression { Operator: Operator.LogicalNot, Argument: UnaryExpression { Operator: Operator.LogicalNot } inner })
            node = inner.Argument;
        if (node is LogicalExpression { Operator: Operator.LogicalAnd or Operator.LogicalOr } logical)
        {
            logical.Left = Condition(logical.Left);
            logical.Right = Condition(logical.Right);
        }
        return node;
    }

    // !(a === b) → a !== b; !!(a === b) → a === b: comparisons are booleans already.
    private static Node? FoldNegation(UnaryExpression unary)
    {
        if (unary.Operator != Operator.LogicalNot)
            return null;
        if (unary.Argument is BinaryExpression { Operator: Operator.Equal or Operator.NotEqual or Operator.StrictEqual or Operator.StrictNotEqual } comparison)
        {
            comparison.Operator = comparison.Operator switch
            {
                Operator.Equal => Operator.NotEqual,
                Operator.NotEqual => Operator.Equal,
                Operator.StrictEqual => Operator.StrictNotEqual,
                _ => Operator.StrictEqual,
            };
            comparison.Start = unary.Start;
            return comparison;
        }
        if (unary.Argument is UnaryExpression { Operator: Operator.LogicalNot, Argument: var inner } && IsBoolean(inner))
            return inner;
        return null;
    }

    // A node whose value is always true or false.
    private static bool IsBoolean(Node node) => node switch
    {
        UnaryExpression { Operator: Operator.LogicalNot } => true,
        BinaryExpression
        {
            Operator: Operator.Equal or Operator.NotEqual or Operator.StrictEqual or Operator.StrictNotEqual or Operator.LessThan
            or Operator.LessThanOrEqual or Operator.GreaterThan or Operator.GreaterThanOrEqual or Operator.In or Operator.Instanceof
        } => true,
        LogicalExpression { Operator: Operator.LogicalAnd or Operator.LogicalOr } logical => IsBoolean(logical.Left) && IsBoolean(logical.Right),
        _ => ConstantOf(node).Kind == ConstantKind.Boolean,
    };

    // a === null || a === void 0  →  a == null; a !== null && a !== void 0  →  a != null (a name, read once instead of twice).
    private Node? FoldNullCheck(LogicalExpression logical)
    {
        var (strict, loose) = logical.Operator switch
        {
            Operator.LogicalOr => (Operator.StrictEqual, Operator.Equal),
            Operator.LogicalAnd => (Operator.StrictNotEqual, Operator.NotEqual),
            _ => (Operator.Assign, Operator.Assign),
        };
        if (strict == Operator.Assign
            || logical.Left is not BinaryExpression left || left.Operator != strict
            || logical.Right is not BinaryExpression right || right.Operator != strict)
            return null;
        var (a, aValue) = NameAndConstant(left);
        var (b, bValue) = NameAndConstant(right);
        if (a is null || b is null || a.Name != b.Name || a.Symbol != b.Symbol)
            return null;
        if (!((aValue == ConstantKind.Null && bValue == ConstantKind.Undefined) || (aValue == ConstantKind.Undefined && bValue == ConstantKind.Null)))
            return null;
        return new BinaryExpression(logical.Start, logical.End, loose, a, new Literal(right.Right.Start, right.Right.End, LiteralKind.Null));
    }

    private (Identifier? Name, ConstantKind Value) NameAndConstant(BinaryExpression comparison)
    {
        if (comparison.Left is Identifier left && ConstantOf(comparison.Right) is { IsNullish: true } rightValue && !IsUndefinedName(left))
            return (left, rightValue.Kind);
        if (comparison.Right is Identifier right && ConstantOf(comparison.Left) is { IsNullish: true } leftValue && !IsUndefinedName(right))
            return (right, leftValue.Kind);
        return (null, ConstantKind.None);
    }

    private static bool IsUndefinedName(Identifier identifier) => identifier is { Name: "undefined", Symbol: -1 };
}
