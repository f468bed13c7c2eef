// Follows webpack lib/javascript/BasicEvaluatedExpression.js: what the parser knows of an
// expression's value at build time. A value may be fully known (a string, number, boolean, null,
// undefined, a regular expression, an array of known items) or only partly: its truthiness
// (`[]` is truthy), whether it is nullish, or the result of `typeof`. ConstParserPlugin reads it
// to drop dead branches; requests and context prefixes read its string.

using System.Globalization;

namespace Sharpack.Plugins.JavaScript;

/// <summary>The kinds of value the evaluator knows.</summary>
public enum EvaluatedKind : byte
{
    /// <summary>Nothing known of the value itself (truthiness or nullishness may still be).</summary>
    Unknown,
    /// <summary><c>null</c></summary>
    Null,
    /// <summary><c>undefined</c></summary>
    Undefined,
    /// <summary>A string.</summary>
    String,
    /// <summary>A number.</summary>
    Number,
    /// <summary>A boolean.</summary>
    Boolean,
    /// <summary>A regular expression literal (a new object each time it is evaluated).</summary>
    RegExp,
    /// <summary>An array literal of known items (a new object each time).</summary>
    Array,
    /// <summary>A free variable or a member chain on one (webpack's identifier type): its value is not known, its name is.</summary>
    Identifier,
    /// <summary>One of several expressions (the branches of <c>a ? b : c</c> whose test is not known).</summary>
    Conditional,
    /// <summary>A BigInt.</summary>
    BigInt,
}

/// <summary>What the parser knows of an expression's value at build time.</summary>
public sealed class BasicEvaluatedExpression
{
    /// <summary>A known string (or nothing known when <paramref name="value"/> is null) over a source range.</summary>
    public BasicEvaluatedExpression(string? value, int start, int end)
    {
        Start = start;
        End = end;
        if (value is not null)
        {
            Kind = EvaluatedKind.String;
            String = value;
        }
    }

    private BasicEvaluatedExpression(EvaluatedKind kind, int start, int end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    /// <summary>What is known of the value.</summary>
    public EvaluatedKind Kind { get; private set; }

    /// <summary>The value when it is a known string, else null.</summary>
    public string? String { get; private set; }

    /// <summary>The value when it is a known number.</summary>
    public double Number { get; private set; }

    /// <summary>The value when it is a known boolean.</summary>
    public bool Boolean { get; private set; }

    /// <summary>The value when it is a known BigInt.</summary>
    public System.Numerics.BigInteger BigInt { get; private set; }

    /// <summary>The items of a known array.</summary>
    public IReadOnlyList<BasicEvaluatedExpression>? Items { get; private set; }

    /// <summary>The free name (or dotted path on one) an <see cref="EvaluatedKind.Identifier"/> stands for.</summary>
    public string? Identifier { get; private set; }

    /// <summary>The branches a <see cref="EvaluatedKind.Conditional"/> may be (nested conditionals flattened), in source order.</summary>
    public IReadOnlyList<Sharpack.JavaScript.Ast.Node>? Options { get; private set; }

    /// <summary>Where the expression starts in the source.</summary>
    public int Start { get; }

    /// <summary>Where it ends.</summary>
    public int End { get; }

    /// <summary>Whether evaluating the expression could have side effects (it cannot be dropped even when its value is known).</summary>
    public bool SideEffects { get; private set; }

    private bool? _truthy;
    private bool? _nullish;
    private string? _typeof;

    /// <summary>Whether the value is a known string.</summary>
    public bool IsString => Kind == EvaluatedKind.String;

    /// <summary>A known string.</summary>
    public static BasicEvaluatedExpression OfString(string value, int start, int end) => new(value, start, end);

    /// <summary>What a literal is, over a source range.</summary>
    public static BasicEvaluatedExpression OfLiteral(Sharpack.JavaScript.Ast.Literal literal, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal.Kind switch
        {
            Sharpack.JavaScript.Ast.LiteralKind.String => OfString(literal.StringValue!, start, end),
            Sharpack.JavaScript.Ast.LiteralKind.Number => OfNumber(literal.NumberValue, start, end),
            Sharpack.JavaScript.Ast.LiteralKind.Boolean => OfBoolean(literal.BooleanValue, start, end),
            Sharpack.JavaScript.Ast.LiteralKind.Null => OfNull(start, end),
            Sharpack.JavaScript.Ast.LiteralKind.RegExp => OfRegExp(start, end),
            _ => ParseBigInt(literal.StringValue) is { } big ? OfBigInt(big, start, end) : OfTypeof("bigint", start, end),
        };
    }

    /// <summary>A known BigInt.</summary>
    public static BasicEvaluatedExpression OfBigInt(System.Numerics.BigInteger value, int start, int end) => new(EvaluatedKind.BigInt, start, end) { BigInt = value };

    // A BigInt literal's digits (decimal, or 0x / 0o / 0b prefixed; separators already gone).
    private static System.Numerics.BigInteger? ParseBigInt(string? digits)
    {
        if (string.IsNullOrEmpty(digits))
            return null;
        var radix = digits.Length > 2 && digits[0] == '0' ? char.ToLowerInvariant(digits[1]) switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 10 } : 10;
        if (radix == 10)
            return System.Numerics.BigInteger.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
        var result = System.Numerics.BigInteger.Zero;
        for (var i = 2; i < digits.Length; i++)
        {
            var digit = Convert.ToInt32(digits[i].ToString(), 16);
            if (digit >= radix)
                return null;
            result = result * radix + digit;
        }
        return result;
    }

    /// <summary>A known number.</summary>
    public static BasicEvaluatedExpression OfNumber(double value, int start, int end) => new(EvaluatedKind.Number, start, end) { Number = value };

    /// <summary>A known boolean.</summary>
    public static BasicEvaluatedExpression OfBoolean(bool value, int start, int end) => new(EvaluatedKind.Boolean, start, end) { Boolean = value };

    /// <summary><c>null</c></summary>
    public static BasicEvaluatedExpression OfNull(int start, int end) => new(EvaluatedKind.Null, start, end);

    /// <summary><c>undefined</c></summary>
    public static BasicEvaluatedExpression OfUndefined(int start, int end) => new(EvaluatedKind.Undefined, start, end);

    /// <summary>A regular expression literal.</summary>
    public static BasicEvaluatedExpression OfRegExp(int start, int end) => new(EvaluatedKind.RegExp, start, end);

    /// <summary>An array literal of known items.</summary>
    public static BasicEvaluatedExpression OfArray(IReadOnlyList<BasicEvaluatedExpression> items, int start, int end) =>
        new(EvaluatedKind.Array, start, end) { Items = items };

    /// <summary>
    /// A free name (<c>require</c>) or a dotted path on one (<c>require.cache</c>) that no evaluate
    /// hook knows the value of: webpack's identifier result, which renaming (<c>var r = require</c>)
    /// follows to the name.
    /// </summary>
    public static BasicEvaluatedExpression OfIdentifier(string name, int start, int end, bool? truthy = null) =>
        new(EvaluatedKind.Identifier, start, end) { Identifier = name, _truthy = truthy, _nullish = truthy == true ? false : null };

    /// <summary>One of <paramref name="options"/> (webpack's conditional result), e.g. the branches of <c>x ? "./a" : "./b"</c>.</summary>
    public static BasicEvaluatedExpression OfConditional(IReadOnlyList<Sharpack.JavaScript.Ast.Node> options, int start, int end) =>
        new(EvaluatedKind.Conditional, start, end) { Options = options };

    /// <summary>A value of which only its truthiness is known (an object, a function: truthy).</summary>
    public static BasicEvaluatedExpression OfTruthiness(bool truthy, int start, int end) =>
        new(EvaluatedKind.Unknown, start, end) { _truthy = truthy, _nullish = truthy ? false : null };

    /// <summary>An object literal: truthy, <c>typeof</c> "object".</summary>
    public static BasicEvaluatedExpression OfObject(int start, int end) =>
        new(EvaluatedKind.Unknown, start, end) { _typeof = "object", _truthy = true, _nullish = false };

    /// <summary>A value known to be null or undefined, not which (webpack's setNullish(true): falsy too).</summary>
    public static BasicEvaluatedExpression OfNullish(int start, int end) =>
        new(EvaluatedKind.Unknown, start, end) { _truthy = false, _nullish = true };

    /// <summary>A value of which only <c>typeof</c> is known.</summary>
    public static BasicEvaluatedExpression OfTypeof(string type, int start, int end) =>
        new(EvaluatedKind.Unknown, start, end)
        {
            _typeof = type,
            _truthy = type is "function" ? true : null,
            _nullish = type is "undefined" ? true : type is "object" ? null : false,
        };

    /// <summary>Marks the expression as possibly having side effects; returns it.</summary>
    public BasicEvaluatedExpression WithSideEffects(bool sideEffects = true)
    {
        SideEffects |= sideEffects;
        return this;
    }

    /// <summary>The value's truthiness when known (webpack's asBool).</summary>
    public bool? AsBool() => Kind switch
    {
        EvaluatedKind.Null or EvaluatedKind.Undefined => false,
        EvaluatedKind.String => String!.Length > 0,
        EvaluatedKind.Number => Number != 0 && !double.IsNaN(Number),
        EvaluatedKind.Boolean => Boolean,
        EvaluatedKind.BigInt => !BigInt.IsZero,
        EvaluatedKind.RegExp or EvaluatedKind.Array => true,
        _ => _truthy,
    };

    /// <summary>Whether the value is null or undefined, when known (webpack's asNullish).</summary>
    public bool? AsNullish() => Kind switch
    {
        EvaluatedKind.Null or EvaluatedKind.Undefined => true,
        EvaluatedKind.Unknown => _nullish,
        _ => false,
    };

    /// <summary>The value's <c>typeof</c>, when known.</summary>
    public string? Typeof() => Kind switch
    {
        EvaluatedKind.Null or EvaluatedKind.RegExp or EvaluatedKind.Array => "object",
        EvaluatedKind.Undefined => "undefined",
        EvaluatedKind.String => "string",
        EvaluatedKind.Number => "number",
        EvaluatedKind.Boolean => "boolean",
        EvaluatedKind.BigInt => "bigint",
        _ => _typeof,
    };

    /// <summary>Whether the value is a primitive, when known (webpack's isPrimitiveType).</summary>
    public bool? IsPrimitive() => Kind switch
    {
        EvaluatedKind.Null or EvaluatedKind.Undefined or EvaluatedKind.String or EvaluatedKind.Number or EvaluatedKind.Boolean or EvaluatedKind.BigInt => true,
        EvaluatedKind.RegExp or EvaluatedKind.Array => false,
        _ => _typeof switch
        {
            "string" or "number" or "boolean" or "undefined" or "bigint" or "symbol" => true,
            "function" => false,
            _ => null,
        },
    };

    /// <summary>Whether the value is a primitive known exactly (webpack's isCompileTimeValue, without regular expressions).</summary>
    public bool IsKnownPrimitive => Kind is EvaluatedKind.Null or EvaluatedKind.Undefined or EvaluatedKind.String or EvaluatedKind.Number or EvaluatedKind.Boolean or EvaluatedKind.BigInt;

    /// <summary>Strict equality of two known primitives.</summary>
    public bool StrictEquals(BasicEvaluatedExpression other) =>
        Kind == other.Kind && Kind switch
        {
            EvaluatedKind.Null or EvaluatedKind.Undefined => true,
            EvaluatedKind.String => string.Equals(String, other.String, StringComparison.Ordinal),
            EvaluatedKind.Number => Number == other.Number,
            EvaluatedKind.Boolean => Boolean == other.Boolean,
            EvaluatedKind.BigInt => BigInt == other.BigInt,
            _ => false,
        };

    /// <summary>The value as JavaScript's <c>String(value)</c> gives it, for a known primitive; else null.</summary>
    public string? AsString() => Kind switch
    {
        EvaluatedKind.String => String,
        EvaluatedKind.Number => NumberToString(Number),
        EvaluatedKind.Boolean => Boolean ? "true" : "false",
        EvaluatedKind.BigInt => BigInt.ToString(System.Globalization.CultureInfo.InvariantCulture),
        EvaluatedKind.Null => "null",
        EvaluatedKind.Undefined => "undefined",
        _ => null,
    };

    /// <summary>JavaScript's Number#toString.</summary>
    public static string NumberToString(double value) => Sharpack.JavaScript.JsNumber.ToString(value);
}
