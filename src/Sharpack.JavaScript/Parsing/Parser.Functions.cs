// Functions, arrows, methods and function bodies, with the context each one opens
// (what await, yield, super, new.target and return mean inside it).

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Lexing;

namespace Sharpack.JavaScript.Parsing;

internal sealed partial class Parser
{
    private readonly struct SavedFunctionState(FunctionFlags flags, bool strict, int labelBase, int yieldPos, int awaitPos, int awaitIdentPos, int blockDepth)
    {
        public readonly FunctionFlags Flags = flags;
        public readonly bool Strict = strict;
        public readonly int LabelBase = labelBase;
        public readonly int YieldPos = yieldPos;
        public readonly int AwaitPos = awaitPos;
        public readonly int AwaitIdentPos = awaitIdentPos;
        public readonly int BlockDepth = blockDepth;
    }

    private SavedFunctionState EnterFunction(FunctionFlags flags)
    {
        var saved = new SavedFunctionState(_flags, _strict, _labelBase, _yieldPos, _awaitPos, _awaitIdentPos, _blockDepth);
        _flags = flags;
        _labelBase = _labels.Count;
        _yieldPos = _awaitPos = _awaitIdentPos = -1;
        _blockDepth = 0;
        return saved;
    }

    private void ExitFunction(in SavedFunctionState saved)
    {
        _flags = saved.Flags;
        _strict = saved.Strict;
        _labelBase = saved.LabelBase;
        _yieldPos = saved.YieldPos;
        _awaitPos = saved.AwaitPos;
        _awaitIdentPos = saved.AwaitIdentPos;
        _blockDepth = saved.BlockDepth;
    }

    private static FunctionFlags FunctionKindFlags(bool isAsync, bool isGenerator) =>
        FunctionFlags.Function | FunctionFlags.NewTarget
        | (isAsync ? FunctionFlags.Async : 0) | (isGenerator ? FunctionFlags.Generator : 0);

    /// <summary>
    /// Parses a function declaration after <c>function</c> (and <c>async</c>). In TypeScript a
    /// declaration without a body (an overload signature) is erased: an EmptyStatement.
    /// </summary>
    private Node ParseFunctionDeclarationRest(int start, bool isAsync, bool hanging, bool requireName)
    {
        if (hanging && Kind == TokenKind.Asterisk)
            throw Unexpected();
        var isGenerator = Eat(TokenKind.Asterisk);
        var function = new FunctionDeclaration(start, 0) { IsAsync = isAsync, IsGenerator = isGenerator };
        if (Kind == TokenKind.Identifier || requireName)
        {
            // The name of a declaration belongs to the enclosing context (`function yield(){}` is
            // fine in a sloppy generator's body only if the enclosing context allows it).
            function.Id = ParseBindingIdentifier();
        }
        var saved = EnterFunction(FunctionKindFlags(isAsync, isGenerator));
        var hasBody = ParseFunctionParamsAndBody(function, allowBodyless: _ts);
        ExitFunction(saved);
        function.End = LastEnd;
        if (!hasBody)
            return _buildTypes ? ToDeclareFunction(function) : Erased(start);
        return function;
    }

    /// <summary>Parses a function expression after <c>function</c> (and <c>async</c>).</summary>
    private FunctionExpression ParseFunctionExpressionRest(int start, bool isAsync)
    {
        var isGenerator = Eat(TokenKind.Asterisk);
        var function = new FunctionExpression(start, 0) { IsAsync = isAsync, IsGenerator = isGenerator };
        var saved = EnterFunction(FunctionKindFlags(isAsync, isGenerator));
        // The name of a function expression is scoped inside it, so its await/yield rules apply.
        if (Kind == TokenKind.Identifier)
            function.Id = ParseBindingIdentifier();
        ParseFunctionParamsAndBody(function);
        ExitFunction(saved);
        function.End = LastEnd;
        return function;
    }

    /// <summary>Parses a method's parameters and body; null for a TypeScript signature without a body (when <paramref name="allowBodyless"/>).</summary>
    private FunctionExpression? ParseMethod(bool isGenerator, bool isAsync, bool allowDirectSuper, bool allowBodyless = false)
    {
        var start = TokenStart;
        var function = new FunctionExpression(start, 0) { IsAsync = isAsync, IsGenerator = isGenerator };
        var flags = FunctionKindFlags(isAsync, isGenerator) | FunctionFlags.SuperProperty
            | (allowDirectSuper ? FunctionFlags.SuperCall : 0);
        var saved = EnterFunction(flags);
        var hasBody = ParseFunctionParamsAndBody(function, allowBodyless);
        ExitFunction(saved);
        function.End = LastEnd;
        // A TypeScriptTree parse keeps a signature without a body (typescript-estree's TSEmptyBodyFunctionExpression).
        function.IsBodyless = !hasBody;
        return hasBody || _buildTypes ? function : null;
    }

    /// <summary>Parses parameters and body (in TypeScript with type parameters and a return type); false when a TypeScript signature has no body.</summary>
    private bool ParseFunctionParamsAndBody(FunctionNode function, bool allowBodyless = false)
    {
        if (_ts && Kind == TokenKind.LessThan)
        {
            var typeStart = TokenStart;
            function.TypeParameters = ParseTypeParameters();
            EraseTs(typeStart, LastEnd);
        }
        Expect(TokenKind.OpenParen);
        var pendingProperties = _ts ? _pendingParameterProperties.Count : 0;
        var parameters = ParseBindingList(TokenKind.CloseParen, allowEmpty: false, allowTrailingComma: true, isParameterList: true);
        CheckYieldAwaitInDefaultParams();
        if (_buildTypes)
        {
            function.ThisParam = _lastThisParameter;
            _lastThisParameter = null;
        }
        if (_lastParameterDecorators is { } parameterDecorators)
        {
            Array.Resize(ref parameterDecorators, parameters.Count);
            function.ParameterDecorators = parameterDecorators;
            _lastParameterDecorators = null;
        }
        function.Params = _lists.ToArrayAndReturn(parameters);
        if (_ts)
        {
            if (_pendingParameterProperties.Count > pendingProperties)
            {
                for (var i = pendingProperties; i < _pendingParameterProperties.Count; i++)
                    _facts!.ParameterProperties.Add(new ParameterProperty(function, _pendingParameterProperties[i]));
                _pendingParameterProperties.RemoveRange(pendingProperties, _pendingParameterProperties.Count - pendingProperties);
            }
            if (Kind == TokenKind.Colon)
            {
                var annotationStart = _lexer.TokenEnd;
                function.ReturnType = ParseReturnTypeAnnotation();
                _facts!.Annotations[function] = (annotationStart, LastEnd);
            }
            if ((allowBodyless || _declarationFile || _ambient) && Kind != TokenKind.OpenBrace)
            {
                Semicolon();
                function.Body = new BlockStatement(LastEnd, LastEnd, []);
                return false;
            }
        }
        ParseFunctionBody(function, isArrow: false, noIn: false);
        return true;
    }

    private Node ParseArrowExpression(int start, List<Node?> parameters, bool isAsync)
    {
        var inherited = _flags & (FunctionFlags.SuperProperty | FunctionFlags.SuperCall | FunctionFlags.NewTarget | FunctionFlags.ClassFieldInit);
        var saved = EnterFunction(inherited | FunctionFlags.Function | FunctionFlags.Arrow | (isAsync ? FunctionFlags.Async : 0));
        var function = new ArrowFunctionExpression(start, 0) { IsAsync = isAsync, ReturnType = _pendingArrowReturnType };
        _pendingArrowReturnType = null;
        for (var i = 0; i < parameters.Count; i++)
            parameters[i] = ToAssignable(parameters[i]!, isBinding: true, null);
        function.Params = _lists.ToArrayAndReturn(parameters);
        ParseFunctionBody(function, isArrow: true, noIn: false);
        ExitFunction(saved);
        function.End = LastEnd;
        return function;
    }

    private void ParseFunctionBody(FunctionNode function, bool isArrow, bool noIn)
    {
        if (isArrow && Kind != TokenKind.OpenBrace)
        {
            function.IsStrict = _strict;
            CheckParameters(function);
            function.Body = ParseMaybeAssign(noIn);
            ((ArrowFunctionExpression)function).IsExpression = true;
            return;
        }
        var simple = IsSimpleParameterList(function.Params);
        var start = TokenStart;
        Expect(TokenKind.OpenBrace);
        var body = _lists.Rent();
        ParseDirectives(body, allowStrict: simple);
        function.IsStrict = _strict;
        CheckParameters(function);
        while (Kind != TokenKind.CloseBrace)
        {
            if (Kind == TokenKind.EndOfFile)
                throw UnexpectedExpecting(TokenKind.CloseBrace);
            body.Add(ParseStatementListItem());
        }
        NextToken();
        function.Body = new BlockStatement(start, LastEnd, _lists.ToArrayAndReturn(body));
    }

    /// <summary>Checks parameter bindings (and the name) once the body's strictness is known.</summary>
    private void CheckParameters(FunctionNode function)
    {
        foreach (var parameter in function.Params)
            CheckBindingPattern(parameter, BindingKind.Parameter);
        if (_strict && function.Id is { } id)
            CheckBindingPattern(id, BindingKind.Var);
    }

    private static bool IsSimpleParameterList(Node[] parameters)
    {
        foreach (var parameter in parameters)
        {
            if (parameter is not Identifier)
                return false;
        }
        return true;
    }

    private void CheckYieldAwaitInDefaultParams()
    {
        if (_yieldPos >= 0 && (_awaitPos < 0 || _yieldPos < _awaitPos))
            throw Raise(_yieldPos, "Yield expression cannot be a default value");
        if (_awaitPos >= 0)
            throw Raise(_awaitPos, "Await expression cannot be a default value");
    }

    private List<Node?> ParseBindingList(TokenKind close, bool allowEmpty, bool allowTrailingComma, bool isParameterList = false)
    {
        var elements = _lists.Rent();
        var first = true;
        var typed = _ts && isParameterList;
        Decorator[]?[]? parameterDecorators = null;
        Identifier? thisParameter = null;
        while (!Eat(close))
        {
            if (first) first = false;
            else Expect(TokenKind.Comma);
            if (allowEmpty && Kind == TokenKind.Comma)
            {
                elements.Add(null);
            }
            else if (allowTrailingComma && AfterTrailingComma(close))
            {
                break;
            }
            else if (typed && Kind == TokenKind.At)
            {
                var decorators = ParseDecorators();
                parameterDecorators ??= new Decorator[]?[8];
                if (elements.Count >= parameterDecorators.Length)
                    Array.Resize(ref parameterDecorators, elements.Count * 2 + 1);
                parameterDecorators[elements.Count] = decorators;
                elements.Add(ParseParameterTs(decorators));
            }
            else if (typed && Kind == TokenKind.This && elements.Count == 0)
            {
                // `this: T` declares the type of `this`; it is no parameter. It goes with its comma.
                var thisStart = TokenStart;
                NextToken();
                if (_buildTypes)
                    thisParameter = new Identifier(thisStart, LastEnd, "this");
                if (Kind == TokenKind.Colon)
                {
                    var annotation = ParseTypeAnnotation(erase: false);
                    if (_buildTypes)
                        SetBindingTypes(thisParameter!, annotation, optional: false);
                }
                if (Kind == TokenKind.Comma)
                {
                    NextToken();
                    EraseTs(thisStart, TokenStart);
                    first = true;
                }
                else
                {
                    EraseTs(thisStart, LastEnd);
                }
            }
            else if (typed && Kind != TokenKind.DotDotDot)
            {
                elements.Add(ParseParameterTs());
            }
            else if (Kind == TokenKind.DotDotDot)
            {
                var rest = ParseRestBinding();
                elements.Add(rest);
                var optional = false;
                if (_ts && Kind == TokenKind.Question)
                {
                    EraseTs(TokenStart, _lexer.TokenEnd);
                    NextToken();
                    optional = true;
                }
                TSTypeAnnotation? annotation = null;
                if (_ts && Kind == TokenKind.Colon)
                {
                    var annotationStart = _lexer.TokenEnd;
                    annotation = ParseTypeAnnotation();
                    _facts!.Annotations[rest.Argument] = (annotationStart, LastEnd);
                }
                if (_buildTypes)
                    SetBindingTypes(rest, annotation, optional);
                if (Kind == TokenKind.Comma)
                    throw Raise(TokenStart, "Comma is not permitted after the rest element");
                Expect(close);
                break;
            }
            else
            {
                elements.Add(ParseMaybeDefault(TokenStart, null));
            }
        }
        if (isParameterList)
        {
            _lastParameterDecorators = parameterDecorators;
            _lastThisParameter = thisParameter;
        }
        return elements;
    }

    private RestElement ParseRestBinding()
    {
        var start = TokenStart;
        NextToken();
        var argument = ParseBindingAtom();
        return new RestElement(start, LastEnd, argument);
    }

    private Node ParseBindingAtom()
    {
        var start = TokenStart;
        EnterNesting(start);
        Node node;
        if (Kind == TokenKind.OpenBracket)
        {
            NextToken();
            var elements = ParseBindingList(TokenKind.CloseBracket, allowEmpty: true, allowTrailingComma: true);
            node = new ArrayPattern(start, LastEnd, _lists.ToNullableArrayAndReturn(elements));
        }
        else if (Kind == TokenKind.OpenBrace)
        {
            node = ParseObjectPattern();
        }
        else
        {
            node = ParseBindingIdentifier();
        }
        ExitNesting();
        return node;
    }

    private Identifier ParseBindingIdentifier() => ParseIdentifier(liberal: false);

    private Node ParseObjectPattern()
    {
        var start = TokenStart;
        NextToken();
        var properties = _lists.Rent();
        var first = true;
        while (NextListItem(ref first, TokenKind.CloseBrace))
        {
            properties.Add(ParseProperty(isPattern: true, null));
        }
        return new ObjectPattern(start, LastEnd, _lists.ToArrayAndReturn(properties));
    }

    private Node ParseMaybeDefault(int start, Node? left)
    {
        left ??= ParseBindingAtom();
        if (!Eat(TokenKind.Equals))
            return left;
        var right = ParseMaybeAssign();
        return new AssignmentPattern(start, LastEnd, left, right);
    }
}
