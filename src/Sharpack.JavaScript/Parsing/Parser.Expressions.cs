// Expressions: assignment, conditional, binary (precedence climbing), unary, calls and
// member access (with optional chains), and primary expressions.

using System.Runtime.CompilerServices;
using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Lexing;

namespace Sharpack.JavaScript.Parsing;

internal sealed partial class Parser
{
    private Node ParseExpression(bool noIn = false, CoverErrors? errors = null)
    {
        var start = TokenStart;
        var expression = ParseMaybeAssign(noIn, errors);
        if (Kind != TokenKind.Comma)
            return expression;
        var expressions = _lists.Rent();
        expressions.Add(expression);
        while (Eat(TokenKind.Comma))
            expressions.Add(ParseMaybeAssign(noIn, errors));
        return new SequenceExpression(start, LastEnd, _lists.ToArrayAndReturn(expressions));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Node ParseMaybeAssign(bool noIn = false, CoverErrors? errors = null, bool forAwait = false)
    {
        EnterNesting(TokenStart);
        var node = ParseMaybeAssignCore(noIn, errors, forAwait);
        ExitNesting();
        return node;
    }

    private Node ParseMaybeAssignCore(bool noIn, CoverErrors? errors, bool forAwait)
    {
        if (IsContextual("yield") && (_flags & FunctionFlags.Generator) != 0)
            return ParseYield(noIn);

        var ownErrors = false;
        int oldParenAssign = -1, oldTrailingComma = -1, oldDoubleProto = -1;
        if (errors is not null)
        {
            oldParenAssign = errors.ParenthesizedAssign;
            oldTrailingComma = errors.TrailingComma;
            oldDoubleProto = errors.DoubleProto;
            errors.ParenthesizedAssign = errors.TrailingComma = -1;
        }
        else if (Kind is TokenKind.OpenBrace or TokenKind.OpenBracket or TokenKind.OpenParen || IsContextual("async"))
        {
            errors = new CoverErrors();
            ownErrors = true;
        }
        else
        {
            ownErrors = true;
        }

        var start = TokenStart;
        if (Kind is TokenKind.OpenParen or TokenKind.Identifier)
        {
            _potentialArrowAt = start;
            _potentialArrowInForAwait = forAwait;
        }
        var left = ParseMaybeConditional(noIn, errors);
        var op = AssignmentOperator(Kind);
        if (op is not null)
        {
            if (op == Operator.Assign)
                left = ToAssignable(left, isBinding: false, errors);
            if (!ownErrors && errors is not null)
                errors.ParenthesizedAssign = errors.TrailingComma = errors.DoubleProto = -1;
            if (errors is not null && errors.ShorthandAssign >= left.Start)
                errors.ShorthandAssign = -1;
            if (op == Operator.Assign)
                CheckAssignmentPattern(left);
            else
                CheckSimpleAssignmentTarget(left);
            NextToken();
            var right = ParseMaybeAssign(noIn);
            if (oldDoubleProto >= 0) errors!.DoubleProto = oldDoubleProto;
            return new AssignmentExpression(start, LastEnd, op.Value, left, right);
        }
        if (ownErrors)
            CheckExpressionErrors(errors, andThrow: true);
        if (oldParenAssign >= 0) errors!.ParenthesizedAssign = oldParenAssign;
        if (oldTrailingComma >= 0) errors!.TrailingComma = oldTrailingComma;
        return left;
    }

    private static Operator? AssignmentOperator(TokenKind kind) => kind switch
    {
        TokenKind.Equals => Operator.Assign,
        TokenKind.PlusEquals => Operator.AddAssign,
        TokenKind.MinusEquals => Operator.SubtractAssign,
        TokenKind.AsteriskEquals => Operator.MultiplyAssign,
        TokenKind.SlashEquals => Operator.DivideAssign,
        TokenKind.PercentEquals => Operator.RemainderAssign,
        TokenKind.AsteriskAsteriskEquals => Operator.ExponentAssign,
        TokenKind.LessThanLessThanEquals => Operator.LeftShiftAssign,
        TokenKind.GreaterThanGreaterThanEquals => Operator.RightShiftAssign,
        TokenKind.GreaterThanGreaterThanGreaterThanEquals => Operator.UnsignedRightShiftAssign,
        TokenKind.BarEquals => Operator.BitwiseOrAssign,
        TokenKind.CaretEquals => Operator.BitwiseXorAssign,
        TokenKind.AmpersandEquals => Operator.BitwiseAndAssign,
        TokenKind.BarBarEquals => Operator.LogicalOrAssign,
        TokenKind.AmpersandAmpersandEquals => Operator.LogicalAndAssign,
        TokenKind.QuestionQuestionEquals => Operator.NullishAssign,
        _ => null,
    };

    private Node ParseYield(bool noIn)
    {
        var start = TokenStart;
        if (_yieldPos < 0) _yieldPos = start;
        if ((_flags & FunctionFlags.ClassFieldInit) != 0)
            throw Raise(start, "Cannot use 'yield' in class field initializer");
        NextToken();
        if (Kind == TokenKind.Semicolon || CanInsertSemicolon() || (Kind != TokenKind.Asterisk && !StartsExpression(Kind)))
            return new YieldExpression(start, LastEnd, null, false);
        var isDelegate = Eat(TokenKind.Asterisk);
        var argument = ParseMaybeAssign(noIn);
        return new YieldExpression(start, LastEnd, argument, isDelegate);
    }

    private static bool StartsExpression(TokenKind kind) => kind switch
    {
        TokenKind.Identifier or TokenKind.PrivateName or TokenKind.Number or TokenKind.BigInt or TokenKind.String
            or TokenKind.NoSubstitutionTemplate or TokenKind.TemplateHead or TokenKind.RegExp
            or TokenKind.OpenParen or TokenKind.OpenBracket or TokenKind.OpenBrace
            or TokenKind.Plus or TokenKind.Minus or TokenKind.Exclamation or TokenKind.Tilde
            or TokenKind.PlusPlus or TokenKind.MinusMinus or TokenKind.Slash or TokenKind.SlashEquals
            or TokenKind.LessThan or TokenKind.At
            or TokenKind.New or TokenKind.This or TokenKind.Super or TokenKind.Class or TokenKind.Function
            or TokenKind.Typeof or TokenKind.Void or TokenKind.Delete or TokenKind.Null or TokenKind.True
            or TokenKind.False or TokenKind.Import => true,
        _ => false,
    };

    private Node ParseMaybeConditional(bool noIn, CoverErrors? errors)
    {
        var start = TokenStart;
        var expression = ParseExprOps(noIn, errors);
        if (HasExpressionErrors(errors))
            return expression;
        if (!Eat(TokenKind.Question))
            return expression;
        _inConditionalConsequent = _ts;
        var consequent = ParseMaybeAssign();
        _inConditionalConsequent = false;
        Expect(TokenKind.Colon);
        var alternate = ParseMaybeAssign(noIn);
        return new ConditionalExpression(start, LastEnd, expression, consequent, alternate);
    }

    private Node ParseExprOps(bool noIn, CoverErrors? errors)
    {
        var start = TokenStart;
        var expression = ParseMaybeUnary(errors, sawUnary: false, incDec: false, noIn);
        if (HasExpressionErrors(errors))
            return expression;
        if (expression.Start == start && expression is ArrowFunctionExpression && !expression.IsParenthesized)
            return expression;
        return ParseExprOp(expression, start, -1, noIn);
    }

    /// <summary>Binary precedence of the current token, or -1 if it is not a binary operator.</summary>
    private static int BinaryPrecedence(TokenKind kind) => kind switch
    {
        TokenKind.QuestionQuestion => 1,
        TokenKind.BarBar => 1,
        TokenKind.AmpersandAmpersand => 2,
        TokenKind.Bar => 3,
        TokenKind.Caret => 4,
        TokenKind.Ampersand => 5,
        TokenKind.EqualsEquals or TokenKind.ExclamationEquals or TokenKind.EqualsEqualsEquals or TokenKind.ExclamationEqualsEquals => 6,
        TokenKind.LessThan or TokenKind.GreaterThan or TokenKind.LessThanEquals or TokenKind.GreaterThanEquals
            or TokenKind.In or TokenKind.Instanceof => 7,
        TokenKind.LessThanLessThan or TokenKind.GreaterThanGreaterThan or TokenKind.GreaterThanGreaterThanGreaterThan => 8,
        TokenKind.Plus or TokenKind.Minus => 9,
        TokenKind.Asterisk or TokenKind.Slash or TokenKind.Percent => 10,
        _ => -1,
    };

    private static Operator BinaryOperator(TokenKind kind) => kind switch
    {
        TokenKind.QuestionQuestion => Operator.NullishCoalescing,
        TokenKind.BarBar => Operator.LogicalOr,
        TokenKind.AmpersandAmpersand => Operator.LogicalAnd,
        TokenKind.Bar => Operator.BitwiseOr,
        TokenKind.Caret => Operator.BitwiseXor,
        TokenKind.Ampersand => Operator.BitwiseAnd,
        TokenKind.EqualsEquals => Operator.Equal,
        TokenKind.ExclamationEquals => Operator.NotEqual,
        TokenKind.EqualsEqualsEquals => Operator.StrictEqual,
        TokenKind.ExclamationEqualsEquals => Operator.StrictNotEqual,
        TokenKind.LessThan => Operator.LessThan,
        TokenKind.GreaterThan => Operator.GreaterThan,
        TokenKind.LessThanEquals => Operator.LessThanOrEqual,
        TokenKind.GreaterThanEquals => Operator.GreaterThanOrEqual,
        TokenKind.In => Operator.In,
        TokenKind.Instanceof => Operator.Instanceof,
        TokenKind.LessThanLessThan => Operator.LeftShift,
        TokenKind.GreaterThanGreaterThan => Operator.RightShift,
        TokenKind.GreaterThanGreaterThanGreaterThan => Operator.UnsignedRightShift,
        TokenKind.Plus => Operator.Add,
        TokenKind.Minus => Operator.Subtract,
        TokenKind.Asterisk => Operator.Multiply,
        TokenKind.Slash => Operator.Divide,
        TokenKind.Percent => Operator.Remainder,
        _ => throw new InvalidOperationException(),
    };

    private Node ParseExprOp(Node left, int leftStart, int minPrecedence, bool noIn)
    {
        while (true)
        {
            // PERF: the result comes back as a value (not through a ref to `left`), so `left` stays in a register.
            if (_ts && Kind == TokenKind.Identifier && ParseAsOrSatisfies(left, leftStart) is { } cast)
            {
                left = cast;
                continue;
            }
            var precedence = BinaryPrecedence(Kind);
            if (precedence < 0 || (noIn && Kind == TokenKind.In) || precedence <= minPrecedence)
            {
                if (left is PrivateIdentifier)
                    throw Raise(left.Start, "Private identifier can only be left side of binary expression");
                return left;
            }
            var kind = Kind;
            var logical = kind is TokenKind.BarBar or TokenKind.AmpersandAmpersand;
            var coalesce = kind == TokenKind.QuestionQuestion;
            if (coalesce) precedence = 2;
            if (left is PrivateIdentifier && kind != TokenKind.In)
                throw Raise(left.Start, "Private identifier can only be left side of binary expression");
            NextToken();
            var rightStart = TokenStart;
            var right = ParseExprOp(ParseMaybeUnary(null, sawUnary: false, incDec: false, noIn), rightStart, precedence, noIn);
            if ((logical && Kind == TokenKind.QuestionQuestion) || (coalesce && Kind is TokenKind.BarBar or TokenKind.AmpersandAmpersand))
                throw Raise(TokenStart, "Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses");
            if (right is PrivateIdentifier)
                throw Raise(right.Start, "Private identifier can only be left side of binary expression");
            var op = BinaryOperator(kind);
            left = logical || coalesce
                ? new LogicalExpression(leftStart, LastEnd, op, left, right)
                : new BinaryExpression(leftStart, LastEnd, op, left, right);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Node ParseMaybeUnary(CoverErrors? errors, bool sawUnary, bool incDec, bool noIn)
    {
        EnterNesting(TokenStart);
        var node = ParseMaybeUnaryCore(errors, sawUnary, incDec, noIn);
        ExitNesting();
        return node;
    }

    private Node ParseMaybeUnaryCore(CoverErrors? errors, bool sawUnary, bool incDec, bool noIn)
    {
        var start = TokenStart;
        Node expression;
        if (IsContextual("await") && CanAwait())
        {
            expression = ParseAwait(noIn);
            sawUnary = true;
        }
        else if (UnaryOperator(Kind) is { } op)
        {
            var isUpdate = Kind is TokenKind.PlusPlus or TokenKind.MinusMinus;
            NextToken();
            var argument = ParseMaybeUnary(null, sawUnary: true, incDec: isUpdate, noIn);
            CheckExpressionErrors(errors, andThrow: true);
            if (isUpdate)
            {
                CheckSimpleAssignmentTarget(argument);
            }
            else if (op == Operator.Delete && argument is Identifier && _strict)
            {
                throw Raise(start, "Deleting local variable in strict mode");
            }
            else if (op == Operator.Delete && IsPrivateFieldAccess(argument))
            {
                throw Raise(start, "Private fields can not be deleted");
            }
            else
            {
                sawUnary = true;
            }
            expression = isUpdate
                ? new UpdateExpression(start, LastEnd, op, prefix: true, argument)
                : new UnaryExpression(start, LastEnd, op, argument);
        }
        else if (!sawUnary && Kind == TokenKind.PrivateName)
        {
            if (noIn || _privateNames.Count == 0)
                throw Unexpected();
            expression = ParsePrivateIdentifier();
            if (Kind != TokenKind.In)
                throw Unexpected();
        }
        else
        {
            expression = ParseExprSubscripts(errors, forAwait: false);
            if (HasExpressionErrors(errors))
                return expression;
            while (Kind is TokenKind.PlusPlus or TokenKind.MinusMinus && !CanInsertSemicolon())
            {
                CheckSimpleAssignmentTarget(expression);
                var updateOp = Kind == TokenKind.PlusPlus ? Operator.Increment : Operator.Decrement;
                NextToken();
                expression = new UpdateExpression(start, LastEnd, updateOp, prefix: false, expression);
            }
        }
        if (!incDec && Kind == TokenKind.AsteriskAsterisk)
        {
            if (sawUnary)
                throw Raise(TokenStart, "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence");
            NextToken();
            var right = ParseMaybeUnary(null, sawUnary: false, incDec: false, noIn);
            return new BinaryExpression(start, LastEnd, Operator.Exponent, expression, right);
        }
        return expression;
    }

    private static Operator? UnaryOperator(TokenKind kind) => kind switch
    {
        TokenKind.Exclamation => Operator.LogicalNot,
        TokenKind.Tilde => Operator.BitwiseNot,
        TokenKind.Plus => Operator.Plus,
        TokenKind.Minus => Operator.Minus,
        TokenKind.Typeof => Operator.Typeof,
        TokenKind.Void => Operator.Void,
        TokenKind.Delete => Operator.Delete,
        TokenKind.PlusPlus => Operator.Increment,
        TokenKind.MinusMinus => Operator.Decrement,
        _ => null,
    };

    private static bool IsPrivateFieldAccess(Node node) =>
        node is MemberExpression { Property: PrivateIdentifier }
        || (node is ChainExpression chain && IsPrivateFieldAccess(chain.Expression));

    private bool CanAwait() =>
        (_flags & FunctionFlags.Async) != 0;

    private Node ParseAwait(bool noIn)
    {
        var start = TokenStart;
        if (_awaitPos < 0) _awaitPos = start;
        NextToken();
        var argument = ParseMaybeUnary(null, sawUnary: true, incDec: false, noIn);
        return new AwaitExpression(start, LastEnd, argument);
    }

    private Node ParseExprSubscripts(CoverErrors? errors, bool forAwait)
    {
        var start = TokenStart;
        var expression = ParseExprAtom(errors, forAwait, forNew: false);
        if (expression is ArrowFunctionExpression && !expression.IsParenthesized)
            return expression;
        var result = ParseSubscripts(expression, start, noCalls: false, forAwait);
        if (errors is not null && result is MemberExpression)
        {
            if (errors.ParenthesizedAssign >= result.Start) errors.ParenthesizedAssign = -1;
            if (errors.ParenthesizedBind >= result.Start) errors.ParenthesizedBind = -1;
            if (errors.TrailingComma >= result.Start) errors.TrailingComma = -1;
        }
        return result;
    }

    private Node ParseSubscripts(Node callee, int start, bool noCalls, bool forAwait)
    {
        var maybeAsyncArrow = callee is Identifier { Name: "async" } && !callee.IsParenthesized && LastEnd == callee.End
            && !CanInsertSemicolon() && callee.End - callee.Start == 5 && _potentialArrowAt == callee.Start;
        var optionalChained = false;
        while (true)
        {
            while (_ts && Kind == TokenKind.Exclamation && !_lexer.NewlineBefore)
            {
                EraseTs(TokenStart, _lexer.TokenEnd);
                NextToken();
                if (_buildTypes)
                    callee = new TSNonNullExpression(start, LastEnd, callee);
            }
            var element = ParseSubscript(callee, start, noCalls, maybeAsyncArrow, optionalChained, forAwait);
            if (element is MemberExpression { Optional: true } or CallExpression { Optional: true })
                optionalChained = true;
            if (ReferenceEquals(element, callee) || element is ArrowFunctionExpression || (_buildTypes && element is TSInstantiationExpression))
            {
                if (optionalChained && element is not ArrowFunctionExpression)
                    return new ChainExpression(start, element.End, element);
                return element;
            }
            callee = element;
        }
    }

    private Node ParseSubscript(Node callee, int start, bool noCalls, bool maybeAsyncArrow, bool optionalChained, bool forAwait)
    {
        var optional = Kind == TokenKind.QuestionDot;
        if (optional)
        {
            if (noCalls)
                throw Raise(TokenStart, "Optional chaining cannot appear in the callee of new expressions");
            NextToken();
        }
        TSTypeParameterInstantiation? typeArguments = null;
        if (_ts && Kind == TokenKind.LessThan && TryTypeArgumentsInExpression())
        {
            typeArguments = _lastTypeArguments;
            // f<T>(…), f<T>`…`, new C<T>(…); otherwise an instantiation expression `f<T>`.
            if (noCalls && _buildTypes)
            {
                // `new C<T>(…)` and `new C<T>`: the arguments belong to the NewExpression.
                _newTypeArguments = typeArguments;
                return callee;
            }
            if (Kind == TokenKind.QuestionDot && !optional)
            {
                // `f<T>?.(…)`: the instantiation expression is the callee of an optional chain.
                if (_buildTypes)
                    callee = new TSInstantiationExpression(start, LastEnd, callee, typeArguments!);
                typeArguments = null;
                optional = true;
                NextToken();
            }
            else if (Kind != TokenKind.OpenParen && Kind is not (TokenKind.NoSubstitutionTemplate or TokenKind.TemplateHead))
            {
                return _buildTypes ? new TSInstantiationExpression(start, LastEnd, callee, typeArguments!) : callee;
            }
            if (Kind == TokenKind.OpenParen && noCalls)
                return callee;
        }
        var computed = Eat(TokenKind.OpenBracket);
        if (computed || (optional && Kind != TokenKind.OpenParen && Kind is not (TokenKind.NoSubstitutionTemplate or TokenKind.TemplateHead)) || Eat(TokenKind.Dot))
        {
            Node property;
            if (computed)
            {
                property = ParseExpression();
                Expect(TokenKind.CloseBracket);
            }
            else if (Kind == TokenKind.PrivateName && callee is not Super)
            {
                property = ParsePrivateIdentifier();
            }
            else
            {
                property = ParseIdentifier(liberal: true);
            }
            return new MemberExpression(start, LastEnd, callee, property, computed, optional);
        }
        if (!noCalls && Kind == TokenKind.OpenParen)
        {
            NextToken();
            // Only `async(...)` can turn out to be arrow parameters; other calls need no cover state.
            var errors = maybeAsyncArrow ? new CoverErrors() : null;
            var oldYieldPos = _yieldPos;
            var oldAwaitPos = _awaitPos;
            var oldAwaitIdentPos = _awaitIdentPos;
            _yieldPos = _awaitPos = _awaitIdentPos = -1;
            var typed = false;
            var arguments = _ts && maybeAsyncArrow
                ? ParseParenItemsTs(errors, ref typed)
                : ParseExpressionList(TokenKind.CloseParen, allowTrailingComma: true, allowEmpty: false, errors);
            if (_ts && maybeAsyncArrow && !optional && TryParseArrowReturnType())
                typed = true;
            if (typed && (Kind != TokenKind.Arrow || CanInsertSemicolon()))
                throw UnexpectedExpecting(TokenKind.Arrow);
            if (maybeAsyncArrow && !optional && Kind == TokenKind.Arrow && !CanInsertSemicolon())
            {
                CheckPatternErrors(errors, isAssign: false);
                CheckYieldAwaitInDefaultParams();
                if (_awaitIdentPos >= 0)
                    throw Raise(_awaitIdentPos, "Cannot use 'await' as identifier inside an async function");
                _yieldPos = oldYieldPos;
                _awaitPos = oldAwaitPos;
                _awaitIdentPos = oldAwaitIdentPos;
                NextToken();
                return ParseArrowExpression(start, arguments, isAsync: true);
            }
            CheckExpressionErrors(errors, andThrow: true);
            if (oldYieldPos >= 0) _yieldPos = oldYieldPos;
            if (oldAwaitPos >= 0) _awaitPos = oldAwaitPos;
            if (oldAwaitIdentPos >= 0) _awaitIdentPos = oldAwaitIdentPos;
            return new CallExpression(start, LastEnd, callee, _lists.ToArrayAndReturn(arguments), optional) { TypeArguments = typeArguments };
        }
        if (Kind is TokenKind.NoSubstitutionTemplate or TokenKind.TemplateHead)
        {
            if (optional || optionalChained)
                throw Raise(start, "Optional chaining cannot appear in the tag of tagged template expressions");
            var quasi = ParseTemplate(isTagged: true);
            return new TaggedTemplateExpression(start, LastEnd, callee, quasi) { TypeArguments = typeArguments };
        }
        return callee;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Node ParseExprAtom(CoverErrors? errors, bool forAwait, bool forNew)
    {
        EnterNesting(TokenStart);
        var node = ParseExprAtomCore(errors, forAwait, forNew);
        ExitNesting();
        return node;
    }

    private Node ParseExprAtomCore(CoverErrors? errors, bool forAwait, bool forNew)
    {
        if (Kind is TokenKind.Slash or TokenKind.SlashEquals)
            _lexer.ReScanRegExp();
        var start = TokenStart;
        var canBeArrow = _potentialArrowAt == start;
        switch (Kind)
        {
            case TokenKind.Super:
                {
                    if ((_flags & FunctionFlags.SuperProperty) == 0)
                        throw Raise(start, "'super' keyword outside a method");
                    NextToken();
                    if (Kind == TokenKind.OpenParen && (_flags & FunctionFlags.SuperCall) == 0)
                        throw Raise(start, "super() call outside constructor of a subclass");
                    if (Kind is not (TokenKind.Dot or TokenKind.OpenBracket or TokenKind.OpenParen))
                        throw Unexpected();
                    return new Super(start, LastEnd);
                }
            case TokenKind.This:
                NextToken();
                return new ThisExpression(start, LastEnd);
            case TokenKind.Identifier:
                {
                    var containsEscape = _lexer.HasEscape;
                    var id = ParseIdentifier(liberal: false);
                    if (!containsEscape && id.Name == "async" && !CanInsertSemicolon() && Kind == TokenKind.Function)
                    {
                        NextToken();
                        return ParseFunctionExpressionRest(start, isAsync: true);
                    }
                    if (_ts && !containsEscape && id.Name == "async" && Kind == TokenKind.LessThan && !CanInsertSemicolon()
                        && TryParseGenericArrow(start, isAsync: true, forAwait) is { } asyncArrow)
                        return asyncArrow;
                    if (canBeArrow && !CanInsertSemicolon())
                    {
                        if (Kind == TokenKind.Arrow)
                        {
                            NextToken();
                            var parameters = _lists.Rent();
                            parameters.Add(id);
                            return ParseArrowExpression(start, parameters, isAsync: false);
                        }
                        if (!containsEscape && id.Name == "async" && Kind == TokenKind.Identifier
                            && (!_potentialArrowInForAwait || _lexer.Value != "of" || _lexer.HasEscape))
                        {
                            var oldAwaitIdentPos = _awaitIdentPos;
                            var param = ParseIdentifier(liberal: false);
                            if (param.Name == "await")
                                throw Raise(param.Start, "Cannot use 'await' as identifier inside an async function");
                            _awaitIdentPos = oldAwaitIdentPos;
                            if (CanInsertSemicolon() || Kind != TokenKind.Arrow)
                                throw Unexpected();
                            NextToken();
                            var parameters = _lists.Rent();
                            parameters.Add(param);
                            return ParseArrowExpression(start, parameters, isAsync: true);
                        }
                    }
                    return id;
                }
            case TokenKind.RegExp:
                {
                    var literal = new Literal(start, _lexer.TokenEnd, LiteralKind.RegExp)
                    {
                        RegexPattern = _lexer.Value,
                        RegexFlags = _lexer.RegexFlags,
                    };
                    NextToken();
                    return literal;
                }
            case TokenKind.Number:
            case TokenKind.String:
            case TokenKind.BigInt:
                return ParseLiteral();
            case TokenKind.Null:
                NextToken();
                return new Literal(start, LastEnd, LiteralKind.Null);
            case TokenKind.True:
            case TokenKind.False:
                {
                    var value = Kind == TokenKind.True;
                    NextToken();
                    return new Literal(start, LastEnd, LiteralKind.Boolean) { BooleanValue = value };
                }
            case TokenKind.OpenParen:
                {
                    var expression = ParseParenAndDistinguishExpression(canBeArrow, forAwait);
                    if (errors is not null)
                    {
                        if (errors.ParenthesizedAssign < 0 && !IsSimpleAssignTarget(expression))
                            errors.ParenthesizedAssign = start;
                        if (errors.ParenthesizedBind < 0)
                            errors.ParenthesizedBind = start;
                    }
                    return expression;
                }
            case TokenKind.OpenBracket:
                {
                    NextToken();
                    var elements = ParseExpressionList(TokenKind.CloseBracket, allowTrailingComma: true, allowEmpty: true, errors);
                    return new ArrayExpression(start, LastEnd, _lists.ToNullableArrayAndReturn(elements));
                }
            case TokenKind.OpenBrace:
                return ParseObjectExpression(errors);
            case TokenKind.Function:
                NextToken();
                return ParseFunctionExpressionRest(start, isAsync: false);
            case TokenKind.Class:
                return ParseClass(start, isStatement: false, requireName: false);
            case TokenKind.At when _ts:
                {
                    // TypeScript: a decorated class expression (`const A = @dec class {}`).
                    var decorators = ParseDecorators();
                    if (Kind != TokenKind.Class)
                        throw Raise(start, "Decorators are not valid here.");
                    _pendingClassDecorators = decorators;
                    return ParseClass(start, isStatement: false, requireName: false);
                }
            case TokenKind.New:
                return ParseNew();
            case TokenKind.NoSubstitutionTemplate:
            case TokenKind.TemplateHead:
                return ParseTemplate(isTagged: false);
            case TokenKind.Import:
                return ParseImportExpression(forNew);
            case TokenKind.LessThan:
                if (_ts)
                {
                    if (TryParseGenericArrow(start, isAsync: false, forAwait) is { } arrow)
                        return arrow;
                    if (!_jsx)
                        return ParseTypeAssertion(noIn: false);
                }
                if (_jsx)
                    return ParseJsxElementOrFragment();
                throw Unexpected();
            default:
                throw Unexpected();
        }
    }

    private static bool IsSimpleAssignTarget(Node node) => node is Identifier or MemberExpression;

    private Literal ParseLiteral()
    {
        var start = TokenStart;
        Literal literal;
        switch (Kind)
        {
            case TokenKind.Number:
                if (_strict && _lexer.LegacyOctalPosition >= 0)
                    throw Raise(start, "Octal literal in strict mode");
                literal = new Literal(start, _lexer.TokenEnd, LiteralKind.Number) { NumberValue = _lexer.NumberValue };
                break;
            case TokenKind.BigInt:
                literal = new Literal(start, _lexer.TokenEnd, LiteralKind.BigInt) { StringValue = BigIntDigits(_source.AsSpan(start, _lexer.TokenEnd - start)) };
                break;
            case TokenKind.String:
                if (_strict && _lexer.LegacyOctalPosition >= 0)
                    throw Raise(_lexer.LegacyOctalPosition, "Octal escape sequences are not allowed in strict mode");
                literal = new Literal(start, _lexer.TokenEnd, LiteralKind.String) { StringValue = _lexer.Value };
                break;
            default:
                throw Unexpected();
        }
        NextToken();
        return literal;
    }

    private Node ParseParenAndDistinguishExpression(bool canBeArrow, bool forAwait, bool isAsync = false)
    {
        var start = TokenStart;
        NextToken();
        var innerStart = TokenStart;
        var expressions = _lists.Rent();
        var first = true;
        var lastIsComma = false;
        var spreadStart = -1;
        var errors = new CoverErrors();
        var oldYieldPos = _yieldPos;
        var oldAwaitPos = _awaitPos;
        _yieldPos = _awaitPos = -1;
        var typed = false;
        // TypeScript: in a conditional's consequent, `(x): T => y` is an arrow only if a `:` follows it.
        var returnTypeNeedsColon = _inConditionalConsequent;
        _inConditionalConsequent = false;
        while (Kind != TokenKind.CloseParen)
        {
            if (first) first = false;
            else Expect(TokenKind.Comma);
            if (Kind == TokenKind.CloseParen)
            {
                lastIsComma = true;
                break;
            }
            if (Kind == TokenKind.DotDotDot)
            {
                spreadStart = TokenStart;
                var rest = ParseRestBinding();
                expressions.Add(rest);
                if (_ts && Kind == TokenKind.Colon)
                {
                    var annotation = ParseTypeAnnotation();
                    if (_buildTypes)
                        SetBindingTypes(rest, annotation, optional: false);
                    typed = true;
                }
                if (Kind == TokenKind.Comma)
                    throw Raise(TokenStart, "Comma is not permitted after the rest element");
                break;
            }
            expressions.Add(_ts && canBeArrow ? ParseParenItemTs(errors, ref typed) : ParseMaybeAssign(noIn: false, errors));
        }
        var innerEnd = LastEnd;
        Expect(TokenKind.CloseParen);
        Speculation? beforeReturnType = null;
        if (_ts && canBeArrow && !CanInsertSemicolon() && Kind == TokenKind.Colon)
        {
            var state = Speculate();
            if (TryParseArrowReturnType())
            {
                if (returnTypeNeedsColon && !typed)
                    beforeReturnType = state;
                else
                    typed = true;
            }
        }
        if (typed && (Kind != TokenKind.Arrow || CanInsertSemicolon()))
            throw UnexpectedExpecting(TokenKind.Arrow);

        if (canBeArrow && !CanInsertSemicolon() && Kind == TokenKind.Arrow)
        {
            CheckPatternErrors(errors, isAssign: false);
            CheckYieldAwaitInDefaultParams();
            var savedYieldPos = _yieldPos;
            var savedAwaitPos = _awaitPos;
            _yieldPos = oldYieldPos;
            _awaitPos = oldAwaitPos;
            Node?[]? items = beforeReturnType is null ? null : [.. expressions];
            NextToken();
            var arrow = ParseArrowExpression(start, expressions, isAsync);
            if (beforeReturnType is not { } state || Kind == TokenKind.Colon)
                return arrow;
            // `c ? (x) : y => z`: the colon was the conditional's; `(x)` is a parenthesized expression.
            Rollback(state);
            expressions = _lists.Rent();
            expressions.AddRange(items!);
            _yieldPos = savedYieldPos;
            _awaitPos = savedAwaitPos;
        }
        if (expressions.Count == 0 || lastIsComma)
            throw Unexpected(LastEnd - 1);
        if (spreadStart >= 0)
            throw Unexpected(spreadStart);
        CheckExpressionErrors(errors, andThrow: true);
        if (oldYieldPos >= 0) _yieldPos = oldYieldPos;
        if (oldAwaitPos >= 0) _awaitPos = oldAwaitPos;
        Node value;
        if (expressions.Count > 1)
            value = new SequenceExpression(innerStart, innerEnd, _lists.ToArrayAndReturn(expressions));
        else
        {
            value = expressions[0]!;
            _lists.Return(expressions);
        }
        value.IsParenthesized = true;
        return value;
    }

    private List<Node?> ParseExpressionList(TokenKind close, bool allowTrailingComma, bool allowEmpty, CoverErrors? errors)
    {
        var elements = _lists.Rent();
        var first = true;
        while (!Eat(close))
        {
            if (!first)
            {
                Expect(TokenKind.Comma);
                if (allowTrailingComma && AfterTrailingComma(close))
                    break;
            }
            else
            {
                first = false;
            }
            Node? element;
            if (allowEmpty && Kind == TokenKind.Comma)
            {
                element = null;
            }
            else if (Kind == TokenKind.DotDotDot)
            {
                element = ParseSpread(errors);
                if (errors is not null && Kind == TokenKind.Comma && errors.TrailingComma < 0)
                    errors.TrailingComma = TokenStart;
            }
            else
            {
                element = ParseMaybeAssign(noIn: false, errors);
            }
            elements.Add(element);
        }
        return elements;
    }

    // The arguments of `async(…)` in TypeScript, which may turn out to be typed arrow parameters.
    private List<Node?> ParseParenItemsTs(CoverErrors? errors, ref bool typed)
    {
        var elements = _lists.Rent();
        var first = true;
        while (NextListItem(ref first, TokenKind.CloseParen))
        {
            if (Kind == TokenKind.DotDotDot)
            {
                var spread = ParseSpread(errors);
                if (Kind == TokenKind.Colon)
                {
                    var annotation = ParseTypeAnnotation();
                    if (_buildTypes)
                        SetBindingTypes(spread, annotation, optional: false);
                    typed = true;
                }
                elements.Add(spread);
                continue;
            }
            elements.Add(ParseParenItemTs(errors, ref typed));
        }
        return elements;
    }

    private SpreadElement ParseSpread(CoverErrors? errors)
    {
        var start = TokenStart;
        NextToken();
        var argument = ParseMaybeAssign(noIn: false, errors);
        return new SpreadElement(start, LastEnd, argument);
    }

    private Node ParseNew()
    {
        var start = TokenStart;
        var newEnd = _lexer.TokenEnd;
        NextToken();
        if (Kind == TokenKind.Dot)
        {
            var meta = new Identifier(start, newEnd, "new");
            NextToken();
            var containsEscape = _lexer.HasEscape;
            var property = ParseIdentifier(liberal: true);
            if (property.Name != "target")
                throw Raise(property.Start, "The only valid meta property for new is 'new.target'");
            if (containsEscape)
                throw Raise(start, "'new.target' must not contain escaped characters");
            if ((_flags & FunctionFlags.NewTarget) == 0)
                throw Raise(start, "'new.target' can only be used in functions and class static block");
            return new MetaProperty(start, LastEnd, meta, property);
        }
        var calleeStart = TokenStart;
        if (Kind == TokenKind.Import)
            throw Raise(calleeStart, "Cannot use new with import()");
        if (Kind == TokenKind.Super && _lexer.PeekCharAfterTrivia(out _) == '(')
            throw Raise(calleeStart, "Invalid use of 'super'");
        var callee = ParseSubscripts(ParseExprAtom(null, forAwait: false, forNew: true), calleeStart, noCalls: true, forAwait: false);
        var typeArguments = _newTypeArguments;
        _newTypeArguments = null;
        Node[] arguments;
        if (Eat(TokenKind.OpenParen))
            arguments = _lists.ToArrayAndReturn(ParseExpressionList(TokenKind.CloseParen, allowTrailingComma: true, allowEmpty: false, null));
        else
            arguments = [];
        return new NewExpression(start, LastEnd, callee, arguments) { TypeArguments = typeArguments };
    }

    // TypeScriptTree parses: the type arguments of the `new` callee just parsed (`new C<T>(…)`).
    private TSTypeParameterInstantiation? _newTypeArguments;
    private Node ParseImportExpression(bool forNew)
    {
        var start = TokenStart;
        var importEnd = _lexer.TokenEnd;
        NextToken();
        var phase = ImportPhase.Evaluation;
        if (_importPhases && Kind == TokenKind.Dot && !forNew)
        {
            // import.defer(…) and import.source(…): a phase word, then the call.
            var saved = _lexer.Save();
            NextToken();
            if ((IsContextual("defer") || IsContextual("source")) && _lexer.PeekCharAfterTrivia(out _) == '(')
            {
                phase = _lexer.Value == "defer" ? ImportPhase.Defer : ImportPhase.Source;
                NextToken();
            }
            else
            {
                _lexer.Restore(saved);
            }
        }
        if (Kind == TokenKind.OpenParen && !forNew)
        {
            NextToken();
            var source = ParseMaybeAssign();
            Node? options = null;
            if (!Eat(TokenKind.CloseParen))
            {
                Expect(TokenKind.Comma);
                if (!AfterTrailingComma(TokenKind.CloseParen))
                {
                    options = ParseMaybeAssign();
                    if (!Eat(TokenKind.CloseParen))
                    {
                        Expect(TokenKind.Comma);
                        if (!AfterTrailingComma(TokenKind.CloseParen))
                            throw Unexpected();
                    }
                }
            }
            return new ImportExpression(start, LastEnd, source, options, phase);
        }
        if (Kind == TokenKind.Dot)
        {
            var meta = new Identifier(start, importEnd, "import");
            NextToken();
            var containsEscape = _lexer.HasEscape;
            var property = ParseIdentifier(liberal: true);
            if (property.Name != "meta")
                throw Raise(property.Start, "The only valid meta property for import is 'import.meta'");
            if (containsEscape)
                throw Raise(start, "'import.meta' must not contain escaped characters");
            if (!_isModule)
                throw Raise(start, Diagnostics.SyntaxError.ImportMetaMessage);
            _usesImportMeta = true;
            return new MetaProperty(start, LastEnd, meta, property);
        }
        throw Unexpected();
    }

    // The source uses import.meta (TypeScript counts it as making a file a module).
    private bool _usesImportMeta;

    private TemplateLiteral ParseTemplate(bool isTagged)
    {
        var start = TokenStart;
        var quasis = _lists.Rent();
        var expressions = _lists.Rent();
        var element = ParseTemplateElement(isTagged);
        quasis.Add(element);
        while (!element.Tail)
        {
            NextToken();
            expressions.Add(ParseExpression());
            if (Kind != TokenKind.CloseBrace)
                throw UnexpectedExpecting(TokenKind.CloseBrace);
            _lexer.ReScanTemplateContinuation();
            element = ParseTemplateElement(isTagged);
            quasis.Add(element);
        }
        NextToken();
        return new TemplateLiteral(start, LastEnd, _lists.ToArrayAndReturn<TemplateElement>(quasis), _lists.ToArrayAndReturn(expressions));
    }

    private TemplateElement ParseTemplateElement(bool isTagged)
    {
        var kind = Kind;
        var tail = kind is TokenKind.NoSubstitutionTemplate or TokenKind.TemplateTail;
        if (_lexer.Value is null && !isTagged)
            throw Raise(_lexer.InvalidEscapePosition, "Bad escape sequence in untagged template literal");
        var start = _lexer.TokenStart + 1;
        var end = _lexer.TokenEnd - (tail ? 1 : 2);
        return new TemplateElement(start, end, _lexer.TemplateRaw, _lexer.Value, tail);
    }

    private Node ParseObjectExpression(CoverErrors? errors)
    {
        var start = TokenStart;
        NextToken();
        var properties = _lists.Rent();
        var first = true;
        var sawProto = false;
        while (NextListItem(ref first, TokenKind.CloseBrace))
        {
            var property = ParseProperty(isPattern: false, errors);
            if (property is Property { Computed: false, Method: false, Shorthand: false, Kind: PropertyKind.Init } p && IsProtoKey(p.Key))
            {
                if (sawProto)
                {
                    if (errors is not null)
                    {
                        if (errors.DoubleProto < 0) errors.DoubleProto = p.Key.Start;
                    }
                    else
                    {
                        throw Raise(p.Key.Start, "Redefinition of __proto__ property");
                    }
                }
                sawProto = true;
            }
            properties.Add(property);
        }
        return new ObjectExpression(start, LastEnd, _lists.ToArrayAndReturn(properties));
    }

    private static bool IsProtoKey(Node key) =>
        key is Identifier { Name: "__proto__" } || key is Literal { Kind: LiteralKind.String, StringValue: "__proto__" };

    private Node ParseProperty(bool isPattern, CoverErrors? errors)
    {
        var start = TokenStart;
        if (Kind == TokenKind.DotDotDot)
        {
            NextToken();
            if (isPattern)
            {
                var argument = ParseBindingIdentifier();
                if (Kind == TokenKind.Comma)
                    throw Raise(TokenStart, "Comma is not permitted after the rest element");
                return new RestElement(start, LastEnd, argument);
            }
            var spreadArgument = ParseMaybeAssign(noIn: false, errors);
            if (Kind == TokenKind.Comma && errors is not null && errors.TrailingComma < 0)
                errors.TrailingComma = TokenStart;
            return new SpreadElement(start, LastEnd, spreadArgument);
        }
        var isGenerator = !isPattern && Eat(TokenKind.Asterisk);
        var containsEscape = _lexer.HasEscape;
        var keyIsKeyword = Lexer.IsKeyword(Kind);
        var key = ParsePropertyName(out var computed, allowPrivate: false);
        var isAsync = false;
        if (!isPattern && !containsEscape && !isGenerator && !computed && key is Identifier { Name: "async" }
            && (Kind is TokenKind.Identifier or TokenKind.Number or TokenKind.BigInt or TokenKind.String or TokenKind.OpenBracket or TokenKind.Asterisk || Lexer.IsKeyword(Kind))
            && !_lexer.NewlineBefore)
        {
            isAsync = true;
            isGenerator = Eat(TokenKind.Asterisk);
            keyIsKeyword = Lexer.IsKeyword(Kind);
            key = ParsePropertyName(out computed, allowPrivate: false);
        }
        return ParsePropertyValue(start, key, computed, isPattern, isGenerator, isAsync, errors, containsEscape, keyIsKeyword);
    }

    private Node ParsePropertyValue(int start, Node key, bool computed, bool isPattern, bool isGenerator, bool isAsync, CoverErrors? errors, bool containsEscape, bool keyIsKeyword)
    {
        if ((isGenerator || isAsync) && Kind == TokenKind.Colon)
            throw Unexpected();
        if (Eat(TokenKind.Colon))
        {
            var value = isPattern ? ParseMaybeDefault(TokenStart, null) : ParseMaybeAssign(noIn: false, errors);
            return new Property(start, LastEnd, key, value, PropertyKind.Init, method: false, shorthand: false, computed);
        }
        if (Kind == TokenKind.OpenParen || (_ts && Kind == TokenKind.LessThan && !isPattern))
        {
            if (isPattern)
                throw Unexpected();
            var method = ParseMethod(isGenerator, isAsync, allowDirectSuper: false)!;
            return new Property(start, LastEnd, key, method, PropertyKind.Init, method: true, shorthand: false, computed);
        }
        if (!isPattern && !containsEscape && !computed && key is Identifier { Name: "get" or "set" } accessor
            && Kind is not (TokenKind.Comma or TokenKind.CloseBrace or TokenKind.Equals))
        {
            if (isGenerator || isAsync)
                throw Unexpected();
            var kind = accessor.Name == "get" ? PropertyKind.Get : PropertyKind.Set;
            var accessorKey = ParsePropertyName(out computed, allowPrivate: false);
            var function = ParseMethod(isGenerator: false, isAsync: false, allowDirectSuper: false)!;
            CheckAccessorParams(function, kind == PropertyKind.Get);
            return new Property(start, LastEnd, accessorKey, function, kind, method: false, shorthand: false, computed);
        }
        if (!computed && key is Identifier identifier)
        {
            if (isGenerator || isAsync)
                throw Unexpected();
            if (keyIsKeyword)
                throw Raise(identifier.Start, $"Unexpected keyword '{identifier.Name}'");
            CheckUnreserved(identifier, containsEscape);
            if (identifier.Name == "await" && _awaitIdentPos < 0)
                _awaitIdentPos = start;
            Node value;
            var copy = new Identifier(identifier.Start, identifier.End, identifier.Name);
            if (isPattern)
            {
                value = ParseMaybeDefault(start, copy);
            }
            else if (Kind == TokenKind.Equals && errors is not null)
            {
                if (errors.ShorthandAssign < 0)
                    errors.ShorthandAssign = TokenStart;
                value = ParseMaybeDefault(start, copy);
            }
            else
            {
                value = copy;
            }
            return new Property(start, LastEnd, key, value, PropertyKind.Init, method: false, shorthand: true, computed: false);
        }
        throw Unexpected();
    }

    private void CheckAccessorParams(FunctionExpression function, bool isGetter)
    {
        if (isGetter && function.Params.Length != 0)
            throw Raise(function.Start, "Getter must not have any formal parameters");
        if (!isGetter && function.Params.Length != 1)
            throw Raise(function.Start, "Setter must have exactly one formal parameter");
        if (!isGetter && function.Params[0] is RestElement)
            throw Raise(function.Params[0].Start, "Setter function argument must not be a rest parameter");
    }

    private Node ParsePropertyName(out bool computed, bool allowPrivate)
    {
        if (Eat(TokenKind.OpenBracket))
        {
            computed = true;
            var key = ParseMaybeAssign();
            Expect(TokenKind.CloseBracket);
            return key;
        }
        computed = false;
        if (Kind is TokenKind.Number or TokenKind.String or TokenKind.BigInt)
            return ParseLiteral();
        if (allowPrivate && Kind == TokenKind.PrivateName)
            return ParsePrivateIdentifier();
        return ParseIdentifier(liberal: true);
    }

    /// <summary>Parses an identifier; <paramref name="liberal"/> accepts any IdentifierName (property names).</summary>
    private Identifier ParseIdentifier(bool liberal)
    {
        var start = TokenStart;
        string name;
        if (Kind == TokenKind.Identifier)
            name = _lexer.Value!;
        else if (liberal && Lexer.IsKeyword(Kind))
            name = Lexer.KeywordText(Kind);
        else
            throw Unexpected();
        var hasEscape = _lexer.HasEscape;
        NextToken();
        var identifier = new Identifier(start, LastEnd, name);
        if (!liberal)
        {
            CheckUnreserved(identifier, hasEscape);
            if (name == "await" && _awaitIdentPos < 0)
                _awaitIdentPos = start;
        }
        return identifier;
    }

    /// <summary>Rejects an identifier that is a reserved word where it stands.</summary>
    private void CheckUnreserved(Identifier identifier, bool hasEscape)
    {
        var name = identifier.Name;
        // Quick exit: reserved words are 3 to 10 lowercase letters.
        if (name.Length < 3 || name.Length > 10 || name[0] < 'a' || name[0] > 'y')
            return;
        var start = identifier.Start;
        if (name == "yield")
        {
            if ((_flags & FunctionFlags.Generator) != 0)
                throw Raise(start, "Cannot use 'yield' as identifier inside a generator");
            if (_strict)
                throw Raise(start, "The keyword 'yield' is reserved");
            return;
        }
        if (name == "await")
        {
            if ((_flags & FunctionFlags.Async) != 0)
                throw Raise(start, "Cannot use 'await' as identifier inside an async function");
            if ((_flags & FunctionFlags.StaticBlock) != 0)
                throw Raise(start, "Cannot use await in class static initialization block");
            if (_isModule)
                throw Raise(start, "Cannot use keyword 'await' outside an async function");
            return;
        }
        if (name == "arguments")
        {
            if ((_flags & FunctionFlags.ClassFieldInit) != 0)
                throw Raise(start, "Cannot use 'arguments' in class field initializer");
            return;
        }
        if (hasEscape && Lexer.IsKeyword(Lexer.KeywordKind(name)))
            throw Raise(start, $"Escape sequence in keyword {name}");
        if (_strict && IsStrictReservedWord(name))
            throw Raise(start, $"The keyword '{name}' is reserved");
    }

    private static bool IsStrictReservedWord(string name) =>
        name is "implements" or "interface" or "let" or "package" or "private" or "protected" or "public" or "static" or "yield";

    private PrivateIdentifier ParsePrivateIdentifier()
    {
        var start = TokenStart;
        var name = _lexer.Value!;
        NextToken();
        var identifier = new PrivateIdentifier(start, LastEnd, name);
        UsePrivateName(identifier);
        return identifier;
    }
}
