// Follows webpack lib/javascript/JavascriptParser.js evaluateExpression: literals, `undefined`,
// templates (String.raw ones too) and String#concat chains of known parts, unary, binary, logical
// and conditional operators over what is known, array literals, and what is known of objects and
// functions (truthy); a free name or dotted path is asked of the evaluateIdentifier hooks,
// `typeof name` of evaluateTypeof, and any node first of evaluate by its type (each only when some
// plugin tapped one). ConstParserPlugin drops the branches this proves dead.

using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript;

public sealed partial class JavascriptParser
{
    /// <summary>The string <paramref name="node"/> is known to be at build time, or null.</summary>
    public string? EvaluateString(Node node)
    {
        // PERF: a request is almost always a string literal: no evaluation object for it.
        if (node is Literal { Kind: LiteralKind.String } literal && _hooks.Evaluate.IsEmpty)
            return literal.StringValue;
        return EvaluateExpression(node)?.String;
    }

    /// <summary>What is known of <paramref name="node"/>'s value at build time, or null when nothing is (webpack's evaluateExpression).</summary>
    public BasicEvaluatedExpression? EvaluateExpression(Node node)
    {
        // The evaluate hooks (by node type) answer first, when a plugin tapped any.
        if (!_hooks.Evaluate.IsEmpty && _hooks.Evaluate.Get(node.Type.ToString())?.Call(this, node) is { } evaluated)
            return evaluated;
        return EvaluateCore(node);
    }

    private BasicEvaluatedExpression? EvaluateCore(Node node)
    {
        switch (node)
        {
            case Literal literal:
                return BasicEvaluatedExpression.OfLiteral(literal, node.Start, node.End);
            case Identifier { Symbol: >= 0 } local when EvaluateConstantRead(local) is { } constant:
                return constant;
            case Identifier or MemberExpression or MetaProperty:
                {
                    var freeName = FreeNamePath(node);
                    if (freeName is not null && !_hooks.EvaluateIdentifier.IsEmpty && _hooks.EvaluateIdentifier.Get(freeName)?.Call(this, node) is { } known)
                        return known;
                    if (node is Identifier { Symbol: -1, Name: "undefined" })
                        return BasicEvaluatedExpression.OfUndefined(node.Start, node.End);
                    // webpack's identifier result: the value is not known, the free name it stands
                    // for is (what `var r = require` and an IIFE's `require` argument rename to).
                    return freeName is not null ? BasicEvaluatedExpression.OfIdentifier(freeName, node.Start, node.End) : null;
                }
            case TemplateLiteral { Expressions.Length: 0 } template when template.Quasis[0].Cooked is { } cooked:
                return BasicEvaluatedExpression.OfString(cooked, node.Start, node.End);
            case CallExpression { Callee: MemberExpression { Computed: false, Property: Identifier { Name: not "concat" } } } stringCall:
                return EvaluateStringMethod(stringCall);
            case TemplateLiteral or TaggedTemplateExpression or CallExpression:
                // Only the shapes AddRequestParts takes apart (anything else would come back here).
                if (node is TaggedTemplateExpression tagged && !IsStringRaw(tagged.Tag) || node is CallExpression && !IsConcatCall(node))
                    return null;
                return KnownRequestText(node) is { } text
                    ? BasicEvaluatedExpression.OfString(text, node.Start, node.End).WithSideEffects(!IsSideEffectFree(node))
                    : null;
            case ChainExpression chain:
                return EvaluateChain(chain);
            case UnaryExpression unary:
                return EvaluateUnary(unary);
            case BinaryExpression binary:
                return EvaluateBinary(binary);
            case LogicalExpression logical:
                return EvaluateLogical(logical);
            case ConditionalExpression conditional:
                {
                    if (EvaluateExpression(conditional.Test)?.AsBool() is not { } test)
                    {
                        // webpack's conditional result: either branch, each asked on its own
                        // (require(x ? "./a" : "./b") depends on both).
                        var options = new List<Node>(2);
                        AddConditionalOptions(conditional.Consequent, options);
                        AddConditionalOptions(conditional.Alternate, options);
                        return BasicEvaluatedExpression.OfConditional(options, node.Start, node.End);
                    }
                    var branch = EvaluateExpression(test ? conditional.Consequent : conditional.Alternate);
                    return branch?.WithSideEffects(!IsSideEffectFree(conditional.Test));
                }
            case SequenceExpression { Expressions.Length: > 0 } sequence:
                return EvaluateExpression(sequence.Expressions[^1])?.WithSideEffects(!IsSideEffectFree(sequence));
            case ArrayExpression array:
                {
                    var items = new List<BasicEvaluatedExpression>(array.Elements.Length);
                    foreach (var element in array.Elements)
                    {
                        if (element is null or SpreadElement || EvaluateExpression(element) is not { } item)
                            return BasicEvaluatedExpression.OfTruthiness(true, node.Start, node.End).WithSideEffects(!IsSideEffectFree(node));
                        items.Add(item);
                    }
                    return BasicEvaluatedExpression.OfArray(items, node.Start, node.End).WithSideEffects(!IsSideEffectFree(node));
                }
            case ObjectExpression:
                return BasicEvaluatedExpression.OfObject(node.Start, node.End).WithSideEffects(!IsSideEffectFree(node));
            case FunctionExpression or ArrowFunctionExpression or ClassExpression:
                return BasicEvaluatedExpression.OfTypeof("function", node.Start, node.End).WithSideEffects(node is ClassExpression && !IsSideEffectFree(node));
            default:
                return null;
        }
    }

    // webpack's ChainExpression evaluation: an optional link whose object is known to be nullish
    // ends the chain (undefined); otherwise the chain is what its expression is.
    private BasicEvaluatedExpression? EvaluateChain(ChainExpression chain)
    {
        List<Node>? optional = null;
        var next = chain.Expression;
        while (true)
        {
            if (next is MemberExpression member)
            {
                if (member.Optional) (optional ??= []).Add(member.Object);
                next = member.Object;
            }
            else if (next is CallExpression call)
            {
                if (call.Optional) (optional ??= []).Add(call.Callee);
                next = call.Callee;
            }
            else
            {
                break;
            }
        }
        if (optional is not null)
        {
            for (var i = optional.Count - 1; i >= 0; i--)
            {
                if (EvaluateExpression(optional[i])?.AsNullish() == true)
                    return BasicEvaluatedExpression.OfUndefined(chain.Start, chain.End);
            }
        }
        return EvaluateExpression(chain.Expression);
    }

    // webpack's evaluateCallExpressionMember for strings: indexOf, replace (a string pattern and a
    // replacement without `$` patterns), substr, substring, slice and split (a string separator),
    // on a string the evaluator knows with arguments it knows.
    private BasicEvaluatedExpression? EvaluateStringMethod(CallExpression call)
    {
        var member = (MemberExpression)call.Callee;
        var method = ((Identifier)member.Property).Name;
        if (method is not ("indexOf" or "replace" or "substr" or "substring" or "slice" or "split"))
            return null;
        if (EvaluateExpression(member.Object) is not { IsString: true } target)
            return null;
        var text = target.String!;
        var arguments = call.Arguments;
        if (arguments.Length is 0 or > 2)
            return null;
        var values = new BasicEvaluatedExpression[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] is SpreadElement || EvaluateExpression(arguments[i]) is not { } value)
                return null;
            values[i] = value;
        }
        var sideEffects = target.SideEffects || !AllSideEffectFree(arguments);
        BasicEvaluatedExpression? result;
        switch (method)
        {
            case "indexOf" when values[0].IsString && (values.Length == 1 || values[1].Kind == EvaluatedKind.Number):
                {
                    var from = values.Length == 2 ? (int)Math.Clamp(ToIntegerOrInfinity(values[1].Number), 0, text.Length) : 0;
                    result = BasicEvaluatedExpression.OfNumber(text.IndexOf(values[0].String!, from, StringComparison.Ordinal), call.Start, call.End);
                    break;
                }
            case "replace" when values.Length == 2 && values[0].IsString && values[1].IsString && !values[1].String!.Contains('$'):
                {
                    var at = text.IndexOf(values[0].String!, StringComparison.Ordinal);
                    result = BasicEvaluatedExpression.OfString(at < 0 ? text : string.Concat(text.AsSpan(0, at), values[1].String, text.AsSpan(at + values[0].String!.Length)), call.Start, call.End);
                    break;
                }
            // A regular expression literal pattern (webpack hands it to String#replace): all
            // matches with the g flag, else the first. Cold: only requests built this way.
            case "replace" when values.Length == 2 && values[0].Kind == EvaluatedKind.RegExp && values[1].IsString && !values[1].String!.Contains('$')
                && arguments[0] is Literal { Kind: LiteralKind.RegExp } regExp
                && Sharpack.Core.Options.JsRegExpTranslator.Translate(regExp.RegexPattern!, regExp.RegexFlags ?? "", out _) is { } pattern:
                {
                    var regex = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
                    var replacement = values[1].String!;
                    var all = (regExp.RegexFlags ?? "").Contains('g');
                    result = BasicEvaluatedExpression.OfString(regex.Replace(text, _ => replacement, all ? -1 : 1), call.Start, call.End);
                    break;
                }
            case "substr" or "substring" or "slice" when AllNumbers(values):
                result = BasicEvaluatedExpression.OfString(Substring(method, text, values), call.Start, call.End);
                break;
            case "split" when values.Length == 1 && values[0].IsString && values[0].String!.Length > 0:
                {
                    var parts = text.Split(values[0].String!);
                    var items = new List<BasicEvaluatedExpression>(parts.Length);
                    foreach (var part in parts)
                        items.Add(BasicEvaluatedExpression.OfString(part, call.Start, call.End));
                    result = BasicEvaluatedExpression.OfArray(items, call.Start, call.End);
                    break;
                }
            default:
                return null;
        }
        return result.WithSideEffects(sideEffects);

        static bool AllNumbers(BasicEvaluatedExpression[] values)
        {
            foreach (var value in values)
            {
                if (value.Kind != EvaluatedKind.Number) return false;
            }
            return true;
        }
    }

    // String.prototype.substr / substring / slice with JavaScript's clamping of their arguments.
    private static string Substring(string method, string text, BasicEvaluatedExpression[] values)
    {
        var length = text.Length;
        var first = ToIntegerOrInfinity(values[0].Number);
        switch (method)
        {
            case "substr":
                {
                    var start = (int)(first < 0 ? Math.Max(length + first, 0) : Math.Min(first, length));
                    var count = values.Length == 2 ? (int)Math.Clamp(ToIntegerOrInfinity(values[1].Number), 0, length - start) : length - start;
                    return text.Substring(start, count);
                }
            case "substring":
                {
                    var start = (int)Math.Clamp(first, 0, length);
                    var end = values.Length == 2 ? (int)Math.Clamp(ToIntegerOrInfinity(values[1].Number), 0, length) : length;
                    return start <= end ? text[start..end] : text[end..start];
                }
            default:
                {
                    var start = (int)(first < 0 ? Math.Max(length + first, 0) : Math.Min(first, length));
                    var second = values.Length == 2 ? ToIntegerOrInfinity(values[1].Number) : length;
                    var end = (int)(second < 0 ? Math.Max(length + second, 0) : Math.Min(second, length));
                    return start < end ? text[start..end] : "";
                }
        }
    }

    // JavaScript's ToIntegerOrInfinity: NaN is 0, fractions truncated toward zero.
    private static double ToIntegerOrInfinity(double value) => double.IsNaN(value) ? 0 : Math.Truncate(value);

    private BasicEvaluatedExpression? EvaluateUnary(UnaryExpression unary)
    {
        var sideEffects = !IsSideEffectFree(unary.Argument);
        switch (unary.Operator)
        {
            case Operator.Typeof:
                {
                    if (FreeNamePath(unary.Argument) is { } path)
                    {
                        if (!_hooks.EvaluateTypeof.IsEmpty && _hooks.EvaluateTypeof.Get(path)?.Call(this, unary) is { } answered)
                            return answered;
                        if (unary.Argument is Identifier { Symbol: -1 })
                            return null; // a free name: only a plugin knows
                    }
                    return EvaluateExpression(unary.Argument)?.Typeof() is { } type
                        ? BasicEvaluatedExpression.OfString(type, unary.Start, unary.End).WithSideEffects(sideEffects)
                        : null;
                }
            case Operator.LogicalNot:
                return EvaluateExpression(unary.Argument)?.AsBool() is { } value
                    ? BasicEvaluatedExpression.OfBoolean(!value, unary.Start, unary.End).WithSideEffects(sideEffects)
                    : null;
            case Operator.Void:
                return BasicEvaluatedExpression.OfUndefined(unary.Start, unary.End).WithSideEffects(sideEffects);
            case Operator.Minus or Operator.Plus or Operator.BitwiseNot:
                {
                    var operand = EvaluateExpression(unary.Argument);
                    // A BigInt negates and complements as a BigInt; unary plus throws on one.
                    if (operand is { Kind: EvaluatedKind.BigInt } big && unary.Operator != Operator.Plus)
                        return BasicEvaluatedExpression.OfBigInt(unary.Operator == Operator.Minus ? -big.BigInt : -big.BigInt - 1, unary.Start, unary.End).WithSideEffects(sideEffects);
                    if (operand is not { Kind: EvaluatedKind.Number } argument)
                        return null;
                    var number = unary.Operator switch
                    {
                        Operator.Minus => -argument.Number,
                        Operator.Plus => argument.Number,
                        _ => ~ToInt32(argument.Number),
                    };
                    return BasicEvaluatedExpression.OfNumber(number, unary.Start, unary.End).WithSideEffects(sideEffects);
                }
            default:
                return null;
        }
    }

    private BasicEvaluatedExpression? EvaluateBinary(BinaryExpression binary)
    {
        var op = binary.Operator;
        if (op is Operator.In or Operator.Instanceof)
            return null;
        if (EvaluateExpression(binary.Left) is not { } left || EvaluateExpression(binary.Right) is not { } right)
        {
            // Two templates (or strings) that differ in a known prefix or suffix are not equal.
            if (op is Operator.StrictEqual or Operator.StrictNotEqual or Operator.Equal or Operator.NotEqual
                && TemplatesDiffer(binary.Left, binary.Right))
                return BasicEvaluatedExpression.OfBoolean(op is Operator.StrictNotEqual or Operator.NotEqual, binary.Start, binary.End)
                    .WithSideEffects(!IsSideEffectFree(binary));
            return null;
        }
        var sideEffects = left.SideEffects || right.SideEffects;
        BasicEvaluatedExpression? result = op switch
        {
            Operator.StrictEqual or Operator.StrictNotEqual => StrictEquality(left, right) is { } equal
                ? BasicEvaluatedExpression.OfBoolean(equal == (op == Operator.StrictEqual), binary.Start, binary.End) : null,
            Operator.Equal or Operator.NotEqual => LooseEquality(left, right) is { } looseEqual
                ? BasicEvaluatedExpression.OfBoolean(looseEqual == (op == Operator.Equal), binary.Start, binary.End) : null,
            Operator.Add when left.IsString || right.IsString => left.AsString() is { } a && right.AsString() is { } b
                ? BasicEvaluatedExpression.OfString(a + b, binary.Start, binary.End) : null,
            _ when left.Kind == EvaluatedKind.Number && right.Kind == EvaluatedKind.Number => Arithmetic(op, left.Number, right.Number, binary),
            _ when left.Kind == EvaluatedKind.BigInt && right.Kind == EvaluatedKind.BigInt => BigIntArithmetic(op, left.BigInt, right.BigInt, binary),
            _ => null,
        };
        return result?.WithSideEffects(sideEffects);
    }

    // Follows webpack's handleStrictEqualityComparison: known primitives compare by value; fresh
    // objects (array and regular expression literals) equal nothing; a known object never equals a
    // known primitive, nor do values of different known types.
    private static bool? StrictEquality(BasicEvaluatedExpression left, BasicEvaluatedExpression right)
    {
        if (left.IsKnownPrimitive && right.IsKnownPrimitive)
            return left.StrictEquals(right);
        if (left.Kind is EvaluatedKind.Array or EvaluatedKind.RegExp || right.Kind is EvaluatedKind.Array or EvaluatedKind.RegExp)
            return false;
        var leftPrimitive = left.IsPrimitive();
        var rightPrimitive = right.IsPrimitive();
        if (leftPrimitive is { } lp && rightPrimitive is { } rp && lp != rp)
            return false;
        if (left.Typeof() is { } leftType && right.Typeof() is { } rightType && leftType != rightType)
            return false;
        return null;
    }

    // `==` where coercion cannot surprise: same known types, null and undefined, fresh objects.
    private static bool? LooseEquality(BasicEvaluatedExpression left, BasicEvaluatedExpression right)
    {
        if (left.IsKnownPrimitive && right.IsKnownPrimitive)
        {
            var leftNullish = left.Kind is EvaluatedKind.Null or EvaluatedKind.Undefined;
            var rightNullish = right.Kind is EvaluatedKind.Null or EvaluatedKind.Undefined;
            if (leftNullish || rightNullish)
                return leftNullish && rightNullish;
            if (left.Kind == right.Kind)
                return left.StrictEquals(right);
            return null;
        }
        if (left.Kind is EvaluatedKind.Array or EvaluatedKind.RegExp && right.Kind is EvaluatedKind.Array or EvaluatedKind.RegExp)
            return false;
        // An object is loosely equal to neither null nor undefined.
        if (left.Kind is EvaluatedKind.Null or EvaluatedKind.Undefined && right.IsPrimitive() == false
            || right.Kind is EvaluatedKind.Null or EvaluatedKind.Undefined && left.IsPrimitive() == false)
            return false;
        return null;
    }

    private static BasicEvaluatedExpression? Arithmetic(Operator op, double a, double b, Node node)
    {
        double? number = op switch
        {
            Operator.Add => a + b,
            Operator.Subtract => a - b,
            Operator.Multiply => a * b,
            Operator.Divide => a / b,
            Operator.Remainder => a % b,
            Operator.Exponent => Math.Pow(a, b),
            Operator.BitwiseOr => ToInt32(a) | ToInt32(b),
            Operator.BitwiseAnd => ToInt32(a) & ToInt32(b),
            Operator.BitwiseXor => ToInt32(a) ^ ToInt32(b),
            Operator.LeftShift => ToInt32(a) << (ToInt32(b) & 31),
            Operator.RightShift => ToInt32(a) >> (ToInt32(b) & 31),
            Operator.UnsignedRightShift => (uint)ToInt32(a) >> (ToInt32(b) & 31),
            _ => null,
        };
        if (number is { } value)
            return BasicEvaluatedExpression.OfNumber(value, node.Start, node.End);
        return Comparison(op, a, b, node);
    }

    // `<`, `<=`, `>`, `>=` of two numbers (NaN compares false, as the operators do) or two BigInts.
    private static BasicEvaluatedExpression? Comparison<T>(Operator op, T a, T b, Node node) where T : System.Numerics.IComparisonOperators<T, T, bool>
    {
        bool? comparison = op switch
        {
            Operator.LessThan => a < b,
            Operator.LessThanOrEqual => a <= b,
            Operator.GreaterThan => a > b,
            Operator.GreaterThanOrEqual => a >= b,
            _ => null,
        };
        return comparison is { } result ? BasicEvaluatedExpression.OfBoolean(result, node.Start, node.End) : null;
    }

    // webpack's handleConstOperation for two BigInts: arithmetic, bitwise and shifts stay BigInts
    // (a division by zero or a negative exponent throws: not folded), comparisons are booleans.
    private static BasicEvaluatedExpression? BigIntArithmetic(Operator op, System.Numerics.BigInteger a, System.Numerics.BigInteger b, Node node)
    {
        System.Numerics.BigInteger? value = op switch
        {
            Operator.Add => a + b,
            Operator.Subtract => a - b,
            Operator.Multiply => a * b,
            Operator.Divide when !b.IsZero => System.Numerics.BigInteger.Divide(a, b),
            Operator.Remainder when !b.IsZero => System.Numerics.BigInteger.Remainder(a, b),
            Operator.Exponent when b.Sign >= 0 && b <= 10_000 => System.Numerics.BigInteger.Pow(a, (int)b),
            Operator.BitwiseOr => a | b,
            Operator.BitwiseAnd => a & b,
            Operator.BitwiseXor => a ^ b,
            Operator.LeftShift when System.Numerics.BigInteger.Abs(b) <= 10_000 => b.Sign >= 0 ? a << (int)b : a >> (int)-b,
            Operator.RightShift when System.Numerics.BigInteger.Abs(b) <= 10_000 => b.Sign >= 0 ? a >> (int)b : a << (int)-b,
            _ => null,
        };
        if (value is { } big)
            return BasicEvaluatedExpression.OfBigInt(big, node.Start, node.End);
        return Comparison(op, a, b, node);
    }

    // JavaScript's ToInt32 (for the bitwise operators).
    private static int ToInt32(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return 0;
        var truncated = Math.Truncate(value);
        var modulo = truncated % 4294967296.0;
        if (modulo < 0) modulo += 4294967296.0;
        return unchecked((int)(uint)modulo);
    }

    // Follows webpack's logical operator evaluation: `a && b` is a when a is falsy, else b; `a || b`
    // a when truthy; `a ?? b` a when a is not nullish. Known truthiness of the result is kept even
    // when its value is not (`x && []` where x is truthy is truthy).
    private BasicEvaluatedExpression? EvaluateLogical(LogicalExpression logical)
    {
        var left = EvaluateExpression(logical.Left);
        var decided = left is null ? null : logical.Operator switch
        {
            Operator.LogicalAnd => left.AsBool() is { } truthy ? !truthy : (bool?)null,
            Operator.LogicalOr => left.AsBool(),
            _ => left.AsNullish() is { } nullish ? !nullish : null,
        };
        if (decided is not { } leftWins)
        {
            // webpack: an unknown left side still decides the truthiness when the right side does
            // (`x && undefined` is falsy, `x || "a"` truthy), its value unknown and not side-effect free.
            if (logical.Operator is not (Operator.LogicalAnd or Operator.LogicalOr) || EvaluateExpression(logical.Right)?.AsBool() is not { } rightTruthy
                || rightTruthy != (logical.Operator == Operator.LogicalOr))
                return null;
            return BasicEvaluatedExpression.OfTruthiness(rightTruthy, logical.Start, logical.End).WithSideEffects();
        }
        if (leftWins)
            return left;
        return EvaluateExpression(logical.Right)?.WithSideEffects(left!.SideEffects);
    }

    // Two template literals (or a template and a string) whose known leading or trailing text
    // cannot match (webpack's handleTemplateStringCompare).
    private bool TemplatesDiffer(Node a, Node b)
    {
        if (KnownEnds(a) is not { } left || KnownEnds(b) is not { } right)
            return false;
        return !Compatible(left.Prefix, right.Prefix, prefix: true) || !Compatible(left.Suffix, right.Suffix, prefix: false);

        static bool Compatible(string x, string y, bool prefix) =>
            prefix ? x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal)
                : x.EndsWith(y, StringComparison.Ordinal) || y.EndsWith(x, StringComparison.Ordinal);
    }

    private (string Prefix, string Suffix)? KnownEnds(Node node) => node switch
    {
        TemplateLiteral { Expressions.Length: > 0 } template when template.Quasis[0].Cooked is { } first && template.Quasis[^1].Cooked is { } last => (first, last),
        _ when EvaluateString(node) is { } text => (text, text),
        _ => null,
    };

    // Whether evaluating a node can have no side effects (webpack's couldHaveSideEffects, negated):
    // literals, names, member reads of names, and operators, templates, arrays and objects over
    // such; functions and arrow functions (only created). The evaluator marks what it answers with it.
    private bool IsSideEffectFree(Node? node) => node switch
    {
        null => true,
        Literal or Identifier or ThisExpression or FunctionExpression or ArrowFunctionExpression => true,
        MemberExpression member => member.Object is Identifier or ThisExpression or MemberExpression && IsSideEffectFree(member.Object)
            && (!member.Computed || member.Property is Literal),
        TemplateLiteral template => AllSideEffectFree(template.Expressions),
        TaggedTemplateExpression tagged => IsStringRaw(tagged.Tag) && AllSideEffectFree(tagged.Quasi.Expressions),
        UnaryExpression unary => unary.Operator != Operator.Delete && IsSideEffectFree(unary.Argument),
        BinaryExpression binary => binary.Operator is not (Operator.In or Operator.Instanceof) && IsSideEffectFree(binary.Left) && IsSideEffectFree(binary.Right),
        LogicalExpression logical => IsSideEffectFree(logical.Left) && IsSideEffectFree(logical.Right),
        ConditionalExpression conditional => IsSideEffectFree(conditional.Test) && IsSideEffectFree(conditional.Consequent) && IsSideEffectFree(conditional.Alternate),
        SequenceExpression sequence => AllSideEffectFree(sequence.Expressions),
        ArrayExpression array => AllSideEffectFree(array.Elements),
        _ => false,
    };

    private bool AllSideEffectFree(Node?[] nodes)
    {
        foreach (var node in nodes)
        {
            if (node is SpreadElement || !IsSideEffectFree(node)) return false;
        }
        return true;
    }

    // A branch of a conditional whose test is not known: itself, or its own branches when it is
    // such a conditional too (webpack flattens nested options).
    private void AddConditionalOptions(Node branch, List<Node> options)
    {
        if (branch is ConditionalExpression nested && EvaluateExpression(nested) is { Kind: EvaluatedKind.Conditional, Options: { } inner })
            options.AddRange(inner);
        else
            options.Add(branch);
    }

    /// <summary>
    /// The free name <paramref name="expression"/> evaluates to as a whole (webpack's
    /// getRenameIdentifier): <c>require</c>, but also <c>typeof require === "function" &amp;&amp; require</c>
    /// or <c>x ? require : require</c>; null when it is a value or not one name.
    /// </summary>
    public string? GetRenameIdentifier(Node expression) =>
        EvaluateExpression(expression) is { Kind: EvaluatedKind.Identifier, Identifier: { } name } ? name : null;

    // `./a/${"b"}`, String.raw`./a/${"b"}` or "./a/".concat("b"): a request whose parts are all
    // known is a constant.
    private string? KnownRequestText(Node node)
    {
        var parts = new List<RequestPart>();
        AddRequestParts(node, parts);
        var text = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            if (part.Text is null)
                return null;
            text.Append(part.Text);
        }
        return text.ToString();
    }

    /// <summary>How a request part was written (its text is re-escaped the same way).</summary>
    internal enum RequestPartKind : byte { Unknown, Literal, Quasi, RawQuasi }

    /// <summary>
    /// One piece of a request as webpack's evaluator sees it: known text (with the source range it
    /// came from) or an expression only known at run time.
    /// </summary>
    internal readonly record struct RequestPart(string? Text, int Start, int End, RequestPartKind Kind)
    {
        /// <summary>The expression of a part only known at run time (walked by whoever takes the request apart).</summary>
        public Node? Node { get; init; }
    }

    /// <summary>Splits a request expression into known and unknown parts (webpack's evaluated template/concat parts).</summary>
    internal void AddRequestParts(Node node, List<RequestPart> parts)
    {
        switch (node)
        {
            case Literal { Kind: LiteralKind.String } literal:
                parts.Add(new RequestPart(literal.StringValue, literal.Start, literal.End, RequestPartKind.Literal));
                return;
            case TemplateLiteral template:
                AddTemplateParts(template, raw: false, parts);
                return;
            case TaggedTemplateExpression tagged when IsStringRaw(tagged.Tag):
                AddTemplateParts(tagged.Quasi, raw: true, parts);
                return;
            case BinaryExpression { Operator: Operator.Add } binary:
                AddRequestParts(binary.Left, parts);
                AddRequestParts(binary.Right, parts);
                return;
            // "./dir/".concat(a, "b"): String.prototype.concat on a string the evaluator knows.
            case CallExpression { Callee: MemberExpression callee } call when IsConcatCall(call):
                {
                    var start = parts.Count;
                    AddRequestParts(callee.Object, parts);
                    if (parts[start].Text is null)
                    {
                        // Not a string the evaluator knows: the whole call is a run-time value.
                        parts.RemoveRange(start, parts.Count - start);
                        parts.Add(new RequestPart(null, node.Start, node.End, RequestPartKind.Unknown) { Node = node });
                        return;
                    }
                    foreach (var argument in call.Arguments)
                    {
                        if (argument is SpreadElement) parts.Add(new RequestPart(null, argument.Start, argument.End, RequestPartKind.Unknown) { Node = argument });
                        else AddRequestParts(argument, parts);
                    }
                    return;
                }
        }
        parts.Add(EvaluateString(node) is { } text
            ? new RequestPart(text, node.Start, node.End, RequestPartKind.Unknown)
            : new RequestPart(null, node.Start, node.End, RequestPartKind.Unknown) { Node = node });
    }

    private void AddTemplateParts(TemplateLiteral template, bool raw, List<RequestPart> parts)
    {
        for (var i = 0; i < template.Quasis.Length; i++)
        {
            var quasi = template.Quasis[i];
            parts.Add(new RequestPart(raw ? quasi.Raw : quasi.Cooked, quasi.Start, quasi.End, raw ? RequestPartKind.RawQuasi : RequestPartKind.Quasi));
            // webpack's getSimplifiedTemplateResult: an expression folds into the text only when it
            // is a constant string; anything else (`${"zz" + x}`) is one run-time part, whole.
            if (i < template.Expressions.Length)
            {
                var expression = template.Expressions[i];
                parts.Add(EvaluateString(expression) is { } text
                    ? new RequestPart(text, expression.Start, expression.End, RequestPartKind.Unknown)
                    : new RequestPart(null, expression.Start, expression.End, RequestPartKind.Unknown) { Node = expression });
            }
        }
    }

    private static bool IsConcatCall(Node node) =>
        node is CallExpression { Callee: MemberExpression { Computed: false, Property: Identifier { Name: "concat" } } };

    private static bool IsStringRaw(Node tag) =>
        tag is MemberExpression { Computed: false, Object: Identifier { Symbol: -1, Name: "String" }, Property: Identifier { Name: "raw" } };
}
