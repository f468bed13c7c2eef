// An enum as TypeScript emits it:
//     var E;
//     (function (E) {
//         E[E["A"] = 0] = "A";     a number member, with its reverse mapping
//         E["B"] = "b";            a string member, without
//     })(E || (E = {}));
// Member values are folded as TypeScript folds them (literals, earlier members of this enum or of
// an enum declared before it in the file, unary and binary arithmetic, string concatenation);
// an initializer that is not constant is kept, its references to members written `E.X`. A
// member without an initializer is the previous one plus one. A `const enum` is emitted the same
// way (its uses stay property reads), which is what isolatedModules needs from another file.

using System.Globalization;
using System.Text;
using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Transforms;

internal sealed class EnumEmitter(EditList edits)
{
    // The constant members of the enums emitted so far, by enum name (for `Other.X` in a later initializer).
    private readonly Dictionary<string, Dictionary<string, object>> _known = new(StringComparer.Ordinal);

    /// <summary>The code for <paramref name="declaration"/>: <paramref name="prefix"/> (its <c>var E;</c>), then the IIFE called with <paramref name="target"/>.</summary>
    public Rendered Emit(TSEnumDeclaration declaration, string prefix, string target)
    {
        var name = declaration.Id.Name;
        if (!_known.TryGetValue(name, out var values))
            _known[name] = values = new Dictionary<string, object>(StringComparer.Ordinal);
        var memberNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in declaration.Members)
            memberNames.Add(member.Name);

        var builder = new CodeBuilder();
        builder.Add(prefix, declaration.Start);
        builder.Add($"(function ({name}) {{\n", declaration.Start);
        object? previous = -1d;
        foreach (var member in declaration.Members)
        {
            var key = JsString.Quote(member.Name);
            object? value;
            if (member.Initializer is null)
                value = previous is double number ? number + 1 : null;
            else
                value = Evaluate(member.Initializer, name, values);
            builder.Add("    ", member.Start);
            switch (value)
            {
                case double number:
                    builder.Add($"{name}[{name}[{key}] = {NumberText(number)}] = {key};\n", member.Start);
                    values[member.Name] = number;
                    break;
                case string text:
                    builder.Add($"{name}[{key}] = {JsString.Quote(text)};\n", member.Start);
                    values[member.Name] = text;
                    break;
                default:
                    {
                        builder.Add($"{name}[{name}[{key}] = ", member.Start);
                        if (member.Initializer is { } initializer)
                        {
                            new MemberReferenceRewriter(edits, name, memberNames).Visit(initializer);
                            builder.Add(edits.RenderExpression(initializer));
                        }
                        else
                        {
                            // After a member that is not constant TypeScript asks for an initializer; count on from it.
                            builder.Add($"{name}[{JsString.Quote(PreviousName(declaration, member))}] + 1", member.Start);
                        }
                        builder.Add($"] = {key};\n", member.Start);
                        values.Remove(member.Name);
                        break;
                    }
            }
            previous = value;
        }
        builder.Add($"}})({target});", declaration.End);
        return builder.Build();
    }

    /// <summary>
    /// The constant members of <paramref name="declaration"/>, folded as <see cref="Emit"/> folds them
    /// (without writing anything), and remembered for the enums after it.
    /// </summary>
    public Dictionary<string, object> ConstantValues(TSEnumDeclaration declaration)
    {
        var name = declaration.Id.Name;
        if (!_known.TryGetValue(name, out var values))
            _known[name] = values = new Dictionary<string, object>(StringComparer.Ordinal);
        object? previous = -1d;
        foreach (var member in declaration.Members)
        {
            var value = member.Initializer is null ? previous is double number ? number + 1 : null : Evaluate(member.Initializer, name, values);
            if (value is not null)
                values[member.Name] = value;
            previous = value;
        }
        return values;
    }

    /// <summary>A folded value as a literal: a number (negative ones in parentheses) or a quoted string.</summary>
    public static string LiteralText(object value) => value switch
    {
        double number when number < 0 || (number == 0 && double.IsNegative(number)) || double.IsNaN(number) || double.IsInfinity(number) => "(" + (double.IsNaN(number) ? "NaN" : double.IsInfinity(number) ? (number > 0 ? "Infinity" : "-Infinity") : NumberText(number)) + ")",
        double number => NumberText(number),
        _ => JsString.Quote((string)value),
    };

    private static string PreviousName(TSEnumDeclaration declaration, TSEnumMember member)
    {
        var index = Array.IndexOf(declaration.Members, member);
        return index > 0 ? declaration.Members[index - 1].Name : member.Name;
    }

    private static string NumberText(double value) =>
        value < 0 || (value == 0 && double.IsNegative(value)) ? "-" + JsNumber.ToString(-value) : JsNumber.ToString(value);

    /// <summary>The constant value of an initializer (a double or a string), or null.</summary>
    private object? Evaluate(Node node, string enumName, Dictionary<string, object> values)
    {
        switch (node)
        {
            case Literal { Kind: LiteralKind.Number } number:
                return number.NumberValue;
            case Literal { Kind: LiteralKind.String } text:
                return text.StringValue;
            case TemplateLiteral { Expressions.Length: 0 } template:
                return template.Quasis[0].Cooked;
            case TemplateLiteral template:
                {
                    var builder = new StringBuilder(template.Quasis[0].Cooked);
                    for (var i = 0; i < template.Expressions.Length; i++)
                    {
                        var part = Evaluate(template.Expressions[i], enumName, values);
                        if (part is null)
                            return null;
                        builder.Append(part is double d ? JsNumber.ToString(d) : (string)part).Append(template.Quasis[i + 1].Cooked);
                    }
                    return builder.ToString();
                }
            case Identifier identifier:
                if (values.TryGetValue(identifier.Name, out var member))
                    return member;
                return identifier.Name switch
                {
                    "Infinity" when identifier.Symbol < 0 => double.PositiveInfinity,
                    "NaN" when identifier.Symbol < 0 => double.NaN,
                    _ => null,
                };
            case MemberExpression { Object: Identifier owner } access when _known.TryGetValue(owner.Name, out var ownerValues):
                {
                    var key = access.Computed ? (access.Property as Literal)?.StringValue : (access.Property as Identifier)?.Name;
                    return key is not null && ownerValues.TryGetValue(key, out var value) ? value : null;
                }
            case UnaryExpression unary:
                {
                    if (Evaluate(unary.Argument, enumName, values) is not double operand)
                        return null;
                    return unary.Operator switch
                    {
                        Operator.Plus => operand,
                        Operator.Minus => -operand,
                        Operator.BitwiseNot => (double)~ToInt32(operand),
                        _ => null,
                    };
                }
            case BinaryExpression binary:
                {
                    var left = Evaluate(binary.Left, enumName, values);
                    var right = Evaluate(binary.Right, enumName, values);
                    if (left is null || right is null)
                        return null;
                    if (binary.Operator == Operator.Add && (left is string || right is string))
                        return AsString(left) + AsString(right);
                    if (left is not double a || right is not double b)
                        return null;
                    return binary.Operator switch
                    {
                        Operator.Add => a + b,
                        Operator.Subtract => a - b,
                        Operator.Multiply => a * b,
                        Operator.Divide => a / b,
                        Operator.Remainder => a % b,
                        Operator.Exponent => Math.Pow(a, b),
                        Operator.LeftShift => (double)(ToInt32(a) << (int)(ToUint32(b) & 31)),
                        Operator.RightShift => (double)(ToInt32(a) >> (int)(ToUint32(b) & 31)),
                        Operator.UnsignedRightShift => (double)(ToUint32(a) >> (int)(ToUint32(b) & 31)),
                        Operator.BitwiseAnd => (double)(ToInt32(a) & ToInt32(b)),
                        Operator.BitwiseOr => (double)(ToInt32(a) | ToInt32(b)),
                        Operator.BitwiseXor => (double)(ToInt32(a) ^ ToInt32(b)),
                        _ => null,
                    };
                }
            default:
                return null;
        }
    }

    private static string AsString(object value) => value is double d ? JsNumber.ToString(d) : (string)value;

    // ECMAScript ToInt32 / ToUint32.
    private static int ToInt32(double value) => unchecked((int)ToUint32(value));

    private static uint ToUint32(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            return 0;
        var truncated = Math.Truncate(value);
        var modulo = truncated % 4294967296d;
        if (modulo < 0)
            modulo += 4294967296d;
        return (uint)modulo;
    }

    /// <summary>In an initializer that is not constant, a bare member name reads the member: <c>E.X</c>.</summary>
    private sealed class MemberReferenceRewriter(EditList edits, string enumName, HashSet<string> members) : AstVisitor
    {
        public override void Visit(Node node)
        {
            switch (node)
            {
                case Identifier identifier when members.Contains(identifier.Name):
                    edits.Replace(identifier.Start, identifier.End, $"{enumName}.{identifier.Name}");
                    return;
                case MemberExpression { Computed: false } member:
                    Visit(member.Object);
                    return;
                case Property { Computed: false, Shorthand: false } property:
                    Visit(property.Value);
                    return;
                case FunctionNode or ClassNode:
                    return;
            }
            base.Visit(node);
        }
    }
}

/// <summary>JavaScript string literals.</summary>
internal static class JsString
{
    /// <summary><paramref name="value"/> as a double-quoted JavaScript string literal.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\u2028': builder.Append("\\u2028"); break;
                case '\u2029': builder.Append("\\u2029"); break;
                default:
                    if (c < 0x20)
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
        return builder.ToString();
    }
}
