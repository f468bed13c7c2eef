// Expressions and patterns. Each is printed for the level its place requires and wraps itself
// in parentheses when it binds more loosely; inside parentheses or brackets the flags reset.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Printing;

public sealed partial class JsPrinter
{
    [Flags]
    private enum Flags : byte
    {
        None = 0,

        // In a for statement's head: a binary `in` would end the initializer.
        ForbidIn = 1,

        // In a `new` callee: a call would take new's arguments.
        ForbidCall = 2,
    }

    private void PrintExpression(Node node, Level level, Flags flags)
    {
        if (_nextComment < _comments.Count && _comments[_nextComment].End <= node.Start)
            PrintCommentsInline(node.Start);
        switch (node.Type)
        {
            case NodeType.Identifier:
                {
                    var identifier = (Identifier)node;
                    var name = NameOf(identifier);
                    // `let [a] = b` or `for (async of x)` would read as a declaration or another loop.
                    var wrap = (name == "let" && (_length == _statementStart || _length == _forOfLeftStart))
                        || (name == "async" && _length == _forOfLeftStart);
                    if (wrap)
                        Token("(");
                    PrintIdentifier(identifier);
                    if (wrap)
                        Token(")");
                    break;
                }
            case NodeType.PrivateIdentifier:
                Token("#" + ((PrivateIdentifier)node).Name);
                break;
            case NodeType.Literal:
                PrintLiteral((Literal)node, level);
                break;
            case NodeType.ThisExpression:
                Map(node.Start);
                Token("this");
                break;
            case NodeType.Super:
                Map(node.Start);
                Token("super");
                break;
            case NodeType.ArrayExpression:
            case NodeType.ArrayPattern:
                PrintArray(node.Type == NodeType.ArrayExpression ? ((ArrayExpression)node).Elements : ((ArrayPattern)node).Elements);
                break;
            case NodeType.ObjectExpression:
                {
                    var wrap = _length == _statementStart || _length == _arrowBodyStart;
                    if (wrap)
                        Token("(");
                    PrintObject(((ObjectExpression)node).Properties);
                    if (wrap)
                        Token(")");
                    break;
                }
            case NodeType.ObjectPattern:
                PrintObject(((ObjectPattern)node).Properties);
                break;
            case NodeType.FunctionExpression:
            case NodeType.ClassExpression:
                {
                    var wrap = _length == _statementStart || _length == _exportDefaultStart;
                    if (wrap)
                        Token("(");
                    Map(node.Start);
                    if (node.Type == NodeType.FunctionExpression)
                        PrintFunction((FunctionNode)node);
                    else
                        PrintClass((ClassNode)node);
                    if (wrap)
                        Token(")");
                    break;
                }
            case NodeType.ArrowFunctionExpression:
                PrintArrow((ArrowFunctionExpression)node, level, flags);
                break;
            case NodeType.UnaryExpression:
                {
                    var unary = (UnaryExpression)node;
                    var wrap = level > Level.Prefix;
                    if (wrap)
                        Token("(");
                    Map(node.Start);
                    Token(OperatorText.Of(unary.Operator));
                    PrintExpression(unary.Argument, Level.Prefix, Flags.None);
                    if (wrap)
                        Token(")");
                    break;
                }
            case NodeType.UpdateExpression:
                {
                    var update = (UpdateExpression)node;
                    var wrap = level > (update.Prefix ? Level.Prefix : Level.Postfix);
                    if (wrap)
                        Token("(");
                    Map(node.Start);
                    if (update.Prefix)
                    {
                        Token(OperatorText.Of(update.Operator));
                        PrintExpression(update.Argument, Level.Prefix, Flags.None);
                    }
                    else
                    {
                        PrintExpression(update.Argument, Level.Postfix, wrap ? Flags.None : flags);
                        Token(OperatorText.Of(update.Operator));
                    }
                    if (wrap)
                        Token(")");
                    break;
                }
            case NodeType.BinaryExpression:
                {
                    var binary = (BinaryExpression)node;
                    PrintBinary(binary.Operator, binary.Left, binary.Right, level, flags);
                    break;
                }
            case NodeType.LogicalExpression:
                {
                    var logical = (LogicalExpression)node;
                    PrintBinary(logical.Operator, logical.Left, logical.Right, level, flags);
                    break;
                }
            case NodeType.AssignmentExpression:
                {
                    var assignment = (AssignmentExpression)node;
                    // `({ a } = b)` at a statement's start would be a block.
                    var wrap = level > Level.Assign
                        || (assignment.Left.Type == NodeType.ObjectPattern && (_length == _statementStart || _length == _arrowBodyStart));
                    if (wrap)
                    {
                        Token("(");
                        flags = Flags.None;
                    }
                    PrintAssignmentTarget(assignment.Left, flags);
                    Token(OperatorText.Of(assignment.Operator));
                    PrintExpression(assignment.Right, Level.Assign, flags & Flags.ForbidIn);
                    if (wrap)
                        Token(")");
                    break;
                }
            case NodeType.ConditionalExpression:
                {
                    var conditional = (ConditionalExpression)node;
                    var wrap = level > Level.Conditional;
                    if (wrap)
                    {
                        Token("(");
                        flags = Flags.None;
                    }
                    PrintExpression(conditional.Test, Level.Nullish, flags & Flags.ForbidIn);
                    Token("?");
                    PrintExpression(conditional.Consequent, Level.Assign, Flags.None);
                    Token(":");
                    PrintExpression(conditional.Alternate, Level.Assign, flags & Flags.ForbidIn);
                    if (wrap)
                        Token(")");
                    break;
                }
            case NodeType.MemberExpression:
                PrintMember((MemberExpression)node, flags);
                break;
            case NodeType.ChainExpression:
                PrintExpression(((ChainExpression)node).Expression, level, flags);
                break;
            case NodeType.CallExpression:
                {
                    var call = (CallExpression)node;
                    var wrap = level > Level.Call || (flags & Flags.ForbidCall) != 0;
                    if (wrap)
                    {
                        Token("(");
                        flags = Flags.None;
                    }
                    PureAnnotation(call);
                    PrintChainTarget(call.Callee, Level.Call, flags & Flags.ForbidIn);
                    Map(node.Start);
                    Token(call.Optional ? "?.(" : "(");
                    PrintArguments(call.Arguments);
                    if (wrap)
                        Token(")");
                    break;
                }
            case NodeType.NewExpression:
                {
                    var newExpression = (NewExpression)node;
                    // `new X` needs no parentheses where nothing can follow it as a call or member.
                    var arguments = newExpression.Arguments.Length > 0 || level >= Level.Call;
                    var wrap = level > (arguments ? Level.Call : Level.New);
                    if (wrap)
                        Token("(");
                    PureAnnotation(newExpression);
                    Map(node.Start);
                    Token("new");
                    PrintChainTarget(newExpression.Callee, Level.New, Flags.ForbidCall);
                    if (arguments)
                    {
                        Token("(");
                        PrintArguments(newExpression.Arguments);
                    }
                    if (wrap)
                        Token(")");
                    break;
                }
            case NodeType.SequenceExpression:
                {
                    var sequence = (SequenceExpression)node;
                    var wrap = level > Level.Comma;
                    if (wrap)
                    {
                        Token("(");
                        flags = Flags.None;
                    }
                    for (var i = 0; i < sequence.Expressions.Length; i++)
                    {
                        if (i > 0)
                            Token(",");
                        PrintExpression(sequence.Expressions[i], Level.Assign, flags & Flags.ForbidIn);
                    }
                    if (wrap)
                        Token(")");
                    break;
                }
            case NodeType.YieldExpression:
                {
                    var yield = (YieldExpression)node;
                    var wrap = level > Level.Assign;
                    if (wrap)
                        Token("(");
                    Map(node.Start);
                    Token("yield");
                    if (yield.Delegate)
                        Token("*");
                    if (yield.Argument is { } argument)
                        PrintExpression(argument, Level.Assign, wrap ? Flags.None : flags & Flags.ForbidIn);
                    if (wrap)
                        Token(")");
                    break;
                }
            case NodeType.AwaitExpression:
                {
                    var wrap = level > Level.Prefix;
                    if (wrap)
                        Token("(");
                    Map(node.Start);
                    Token("await");
                    PrintExpression(((AwaitExpression)node).Argument, Level.Prefix, Flags.None);
                    if (wrap)
                        Token(")");
                    break;
                }
            case NodeType.TemplateLiteral:
                PrintTemplate((TemplateLiteral)node, tagged: false);
                break;
            case NodeType.TaggedTemplateExpression:
                {
                    var tagged = (TaggedTemplateExpression)node;
                    PrintChainTarget(tagged.Tag, Level.Call, flags & Flags.ForbidCall);
                    PrintTemplate(tagged.Quasi, tagged: true);
                    break;
                }
            case NodeType.MetaProperty:
                {
                    var meta = (MetaProperty)node;
                    Map(node.Start);
                    Token(meta.Meta.Name);
                    Token(".");
                    Token(meta.Property.Name);
                    break;
                }
            case NodeType.ImportExpression:
                {
                    var import = (ImportExpression)node;
                    var wrap = level > Level.Call || (flags & Flags.ForbidCall) != 0;
                    if (wrap)
                        Token("(");
                    Map(node.Start);
                    Token("import");
                    if (import.Phase == ImportPhase.Defer)
                        Token(".defer");
                    else if (import.Phase == ImportPhase.Source)
                        Token(".source");
                    Token("(");
                    PrintExpression(import.Source, Level.Assign, Flags.None);
                    if (import.Options is { } options)
                    {
                        Token(",");
                        PrintExpression(options, Level.Assign, Flags.None);
                    }
                    Token(")");
                    if (wrap)
                        Token(")");
                    break;
                }
            case NodeType.SpreadElement:
                Token("...");
                PrintExpression(((SpreadElement)node).Argument, Level.Assign, Flags.None);
                break;
            case NodeType.RestElement:
            case NodeType.AssignmentPattern:
                PrintPattern(node);
                break;
            case NodeType.JSXElement:
            case NodeType.JSXFragment:
                PrintJsx(node);
                break;
            default:
                throw new NotSupportedException($"Cannot print a {node.Type} as an expression.");
        }
    }

    private static Level LevelOf(Operator op) => op switch
    {
        Operator.NullishCoalescing => Level.Nullish,
        Operator.LogicalOr => Level.LogicalOr,
        Operator.LogicalAnd => Level.LogicalAnd,
        Operator.BitwiseOr => Level.BitwiseOr,
        Operator.BitwiseXor => Level.BitwiseXor,
        Operator.BitwiseAnd => Level.BitwiseAnd,
        Operator.Equal or Operator.NotEqual or Operator.StrictEqual or Operator.StrictNotEqual => Level.Equals,
        Operator.LessThan or Operator.LessThanOrEqual or Operator.GreaterThan or Operator.GreaterThanOrEqual
            or Operator.In or Operator.Instanceof => Level.Compare,
        Operator.LeftShift or Operator.RightShift or Operator.UnsignedRightShift => Level.Shift,
        Operator.Add or Operator.Subtract => Level.Add,
        Operator.Multiply or Operator.Divide or Operator.Remainder => Level.Multiply,
        Operator.Exponent => Level.Exponent,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not a binary operator."),
    };

    private void PrintBinary(Operator op, Node left, Node right, Level level, Flags flags)
    {
        var own = LevelOf(op);
        var wrap = level > own || (op == Operator.In && (flags & Flags.ForbidIn) != 0);
        if (wrap)
        {
            Token("(");
            flags = Flags.None;
        }
        Level leftLevel, rightLevel;
        if (op == Operator.Exponent)
        {
            // `(-a) ** b`: a unary or await operand on the left must be wrapped.
            leftLevel = Level.Postfix;
            rightLevel = Level.Exponent;
        }
        else
        {
            leftLevel = own;
            rightLevel = own + 1;
        }
        // `??` cannot be mixed with `||` or `&&` without parentheses, on either side.
        if (op == Operator.NullishCoalescing)
        {
            if (IsAndOr(left))
                leftLevel = Level.Prefix;
            if (IsAndOr(right))
                rightLevel = Level.Prefix;
        }
        PrintExpression(left, leftLevel, flags);
        Token(OperatorText.Of(op));
        PrintExpression(right, rightLevel, flags);
        if (wrap)
            Token(")");
    }

    private static bool IsAndOr(Node node) => node is LogicalExpression { Operator: Operator.LogicalOr or Operator.LogicalAnd };

    private void PrintAssignmentTarget(Node target, Flags flags)
    {
        if (target.Type is NodeType.ObjectPattern or NodeType.ArrayPattern)
            PrintPattern(target);
        else
            PrintExpression(target, Level.Postfix, flags);
    }

    // An optional chain as an object, callee or tag: `(a?.b).c` differs from `a?.b.c`.
    private void PrintChainTarget(Node node, Level level, Flags flags)
    {
        if (node.Type == NodeType.ChainExpression)
        {
            Token("(");
            PrintExpression(((ChainExpression)node).Expression, Level.Lowest, Flags.None);
            Token(")");
            return;
        }
        PrintExpression(node, level, flags);
    }

    private void PrintMember(MemberExpression member, Flags flags)
    {
        var target = member.Object;
        if (target is Literal { Kind: LiteralKind.Number } number && double.IsFinite(number.NumberValue))
        {
            // `1..toString()`: a number of digits alone would take the dot as its decimal point.
            var text = NumberText(number.NumberValue);
            Map(target.Start);
            Token(text);
            if (IsAllDigits(text) && !member.Optional)
                Append('.');
        }
        else
        {
            PrintChainTarget(target, Level.Call, flags & Flags.ForbidCall);
        }
        if (member.Computed)
        {
            Token(member.Optional ? "?.[" : "[");
            PrintExpression(member.Property, Level.Lowest, Flags.None);
            Token("]");
        }
        else
        {
            Token(member.Optional ? "?." : ".");
            Map(member.Property.Start);
            if (member.Property is PrivateIdentifier privateName)
                Token("#" + privateName.Name);
            else
                PrintName(((Identifier)member.Property).Name);
        }
    }

    private static bool IsAllDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        return true;
    }

    private void PrintArguments(Node[] arguments)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            if (i > 0)
                Token(",");
            PrintExpression(arguments[i], Level.Assign, Flags.None);
        }
        Token(")");
    }

    private void PrintArray(Node?[] elements)
    {
        Token("[");
        for (var i = 0; i < elements.Length; i++)
        {
            if (i > 0)
                Token(",");
            if (elements[i] is { } element)
            {
                if (element.Type is NodeType.RestElement or NodeType.AssignmentPattern or NodeType.ObjectPattern or NodeType.ArrayPattern)
                    PrintPattern(element);
                else
                    PrintExpression(element, Level.Assign, Flags.None);
            }
        }
        // A hole at the end needs its own comma: `[a,,]` has two elements.
        if (elements.Length > 0 && elements[^1] is null)
            Token(",");
        Token("]");
    }

    private void PrintObject(Node[] properties)
    {
        Token("{");
        for (var i = 0; i < properties.Length; i++)
        {
            if (i > 0)
                Token(",");
            var item = properties[i];
            Map(item.Start);
            switch (item)
            {
                case Property property:
                    PrintProperty(property);
                    break;
                case SpreadElement spread:
                    Token("...");
                    PrintExpression(spread.Argument, Level.Assign, Flags.None);
                    break;
                case RestElement rest:
                    Token("...");
                    PrintPattern(rest.Argument);
                    break;
                default:
                    throw new NotSupportedException($"Cannot print a {item.Type} in an object.");
            }
        }
        Token("}");
    }

    private void PrintProperty(Property property)
    {
        if (property.Kind != PropertyKind.Init || property.Method)
        {
            PrintMethod((FunctionNode)property.Value, property.Key, property.Computed, property.Kind);
            return;
        }
        if (property.Shorthand)
        {
            // `{ a }` and `{ a = 1 }` keep their short form while the name is not renamed.
            var (binding, initializer) = property.Value switch
            {
                Identifier id => (id, null),
                AssignmentPattern { Left: Identifier id } pattern => (id, pattern.Right),
                _ => ((Identifier?)null, (Node?)null),
            };
            if (binding is not null)
            {
                var keyName = ((Identifier)property.Key).Name;
                if (NameOf(binding) != keyName)
                {
                    // A shorthand `__proto__` is an own property; a written one would set the prototype.
                    if (keyName == "__proto__")
                    {
                        Token("[");
                        PrintString(keyName);
                        Token("]");
                    }
                    else
                    {
                        PrintName(keyName);
                    }
                    Token(":");
                }
                PrintIdentifier(binding);
                if (initializer is not null)
                {
                    Token("=");
                    PrintExpression(initializer, Level.Assign, Flags.None);
                }
                return;
            }
        }
        // { a: a } → { a } where the value is the name the key spells (a shorthand `__proto__` is
        // an own property, a written one sets the prototype: that one stays written).
        if (!property.Computed && _names is not null && property.Key is Identifier { Name: not "__proto__" } key
            && property.Value is Identifier value && NameOf(value) == key.Name)
        {
            PrintIdentifier(value);
            return;
        }
        PrintPropertyKey(property.Key, property.Computed);
        Token(":");
        if (property.Value.Type is NodeType.ObjectPattern or NodeType.ArrayPattern or NodeType.AssignmentPattern or NodeType.RestElement)
            PrintPattern(property.Value);
        else
            PrintExpression(property.Value, Level.Assign, Flags.None);
    }

    private void PrintPattern(Node node)
    {
        switch (node.Type)
        {
            case NodeType.Identifier:
                PrintIdentifier((Identifier)node);
                break;
            case NodeType.ObjectPattern:
                PrintObject(((ObjectPattern)node).Properties);
                break;
            case NodeType.ArrayPattern:
                PrintArray(((ArrayPattern)node).Elements);
                break;
            case NodeType.AssignmentPattern:
                {
                    var pattern = (AssignmentPattern)node;
                    PrintPattern(pattern.Left);
                    Token("=");
                    PrintExpression(pattern.Right, Level.Assign, Flags.None);
                    break;
                }
            case NodeType.RestElement:
                Token("...");
                PrintPattern(((RestElement)node).Argument);
                break;
            default:
                // A member expression as an assignment target: `[a.b] = c`.
                PrintExpression(node, Level.Postfix, Flags.None);
                break;
        }
    }

    private void PrintArrow(ArrowFunctionExpression arrow, Level level, Flags flags)
    {
        var wrap = level > Level.Assign;
        if (wrap)
        {
            Token("(");
            flags = Flags.None;
        }
        NoSideEffectsAnnotation(arrow);
        Map(arrow.Start);
        if (arrow.IsAsync)
            Token("async");
        if (arrow.Params is [Identifier single])
            PrintIdentifier(single);
        else
            PrintParameters(arrow.Params);
        Token("=>");
        if (arrow.IsExpression)
        {
            _arrowBodyStart = _length;
            PrintExpression(arrow.Body, Level.Assign, flags & Flags.ForbidIn);
        }
        else
        {
            PrintFunctionBody(arrow.Body);
        }
        if (wrap)
            Token(")");
    }
}
