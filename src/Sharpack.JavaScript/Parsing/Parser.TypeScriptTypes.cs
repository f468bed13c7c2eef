// TypeScript: the type grammar. One code path serves both parses: an ordinary parse checks and
// skips types (every Parse* here returns null and builds nothing, and the caller erases the
// text), a TypeScriptTree parse (_buildTypes) builds typescript-estree's nodes for them. The
// only cost on the ordinary path is a bool test where a node would be built.
//
// Ranges follow typescript-estree: a parenthesized type leaves no node and keeps its inner
// range, while a node built around it (a union, an array type) starts at the parenthesis.

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Lexing;

namespace Sharpack.JavaScript.Parsing;

internal sealed partial class Parser
{
    // A TypeScriptTree parse: build nodes for types (null from every type production otherwise).
    private readonly bool _buildTypes;

    // TypeScriptTree parses: annotations, `?` and decorators of bindings (see BindingTypes).
    private Dictionary<Node, BindingTypes>? _bindingTypes;

    private Dictionary<Node, BindingTypes> BindingTypesTable => _bindingTypes ??= new Dictionary<Node, BindingTypes>(ReferenceEqualityComparer.Instance);

    private void SetBindingTypes(Node binding, TSTypeAnnotation? annotation, bool optional)
    {
        if (annotation is null && !optional)
            return;
        BindingTypesTable[binding] = new BindingTypes(annotation, optional, null);
        // typescript-estree's binding ends after its `?` or annotation.
        var end = annotation?.End ?? binding.End;
        if (optional && annotation is null)
            end = LastEnd;
        if (end > binding.End)
            binding.End = end;
    }

    /// <summary>A parameter's decorators, kept with what is already known about its binding.</summary>
    private void AddBindingDecorators(Node binding, Decorator[] decorators)
    {
        var table = BindingTypesTable;
        table[binding] = (table.TryGetValue(binding, out var known) ? known : default) with { Decorators = decorators };
    }

    /// <summary>Keeps what is known about a binding when the cover grammar replaces its node.</summary>
    private void MoveBindingTypes(Node from, Node to)
    {
        if (_bindingTypes is null || ReferenceEquals(from, to) || !_bindingTypes.Remove(from, out var types))
            return;
        _bindingTypes[to] = types;
    }

    // ---- annotations ----

    /// <summary>At <c>:</c>: the annotation (erased unless <paramref name="erase"/> is off, inside a type that is erased whole).</summary>
    private TSTypeAnnotation? ParseTypeAnnotation(bool erase = true)
    {
        var start = TokenStart;
        NextToken();
        var type = ParseType();
        if (erase)
            EraseTs(start, LastEnd);
        return _buildTypes ? new TSTypeAnnotation(start, LastEnd, type!) : null;
    }

    /// <summary>At <c>:</c> before a return type (which may be a predicate).</summary>
    private TSTypeAnnotation? ParseReturnTypeAnnotation(bool erase = true)
    {
        var start = TokenStart;
        NextToken();
        var type = ParseReturnType();
        if (erase)
            EraseTs(start, LastEnd);
        return _buildTypes ? new TSTypeAnnotation(start, LastEnd, type!) : null;
    }

    private Node? ParseReturnType()
    {
        var start = TokenStart;
        if (IsContextual("asserts"))
        {
            var next = PeekKind(out var newline, out _);
            if (!newline && next is TokenKind.Identifier or TokenKind.This)
            {
                NextToken();
                var parameter = ParsePredicateParameter();
                TSTypeAnnotation? annotation = null;
                if (IsContextual("is") && !_lexer.NewlineBefore)
                {
                    NextToken();
                    annotation = WrapOwnRange(ParseType());
                }
                return _buildTypes ? new TSTypePredicate(start, LastEnd, asserts: true, parameter!, annotation) : null;
            }
        }
        if (Kind is TokenKind.Identifier or TokenKind.This)
        {
            var next = PeekKind(out var newline, out var value);
            if (!newline && next == TokenKind.Identifier && value == "is")
            {
                var parameter = ParsePredicateParameter();
                NextToken();
                var annotation = WrapOwnRange(ParseType());
                return _buildTypes ? new TSTypePredicate(start, LastEnd, asserts: false, parameter!, annotation) : null;
            }
        }
        return ParseType();
    }

    // The `x` or `this` of a type predicate.
    private Node? ParsePredicateParameter()
    {
        var start = TokenStart;
        if (Kind == TokenKind.This)
        {
            NextToken();
            return _buildTypes ? new TSThisType(start, LastEnd) : null;
        }
        if (!_buildTypes)
        {
            NextToken();
            return null;
        }
        return ParseIdentifier(liberal: true);
    }

    // A predicate's type sits in a TSTypeAnnotation with the type's own range.
    private static TSTypeAnnotation? WrapOwnRange(Node? type) =>
        type is null ? null : new TSTypeAnnotation(type.Start, type.End, type);

    // ---- types ----

    private Node? ParseType(bool noConditional = false)
    {
        EnterNesting(TokenStart);
        var outerDisallow = _disallowConditional;
        _disallowConditional = noConditional;
        var start = TokenStart;
        Node? type;
        if (Kind == TokenKind.LessThan || (Kind == TokenKind.OpenParen && IsStartOfParenthesizedFunctionType()))
        {
            type = ParseFunctionType(start, NodeType.TSFunctionType, isAbstract: false);
        }
        else if (Kind == TokenKind.New || (IsContextual("abstract") && PeekKind() == TokenKind.New))
        {
            var isAbstract = Kind != TokenKind.New;
            if (isAbstract)
                NextToken();
            NextToken();
            type = ParseFunctionType(start, NodeType.TSConstructorType, isAbstract);
        }
        else
        {
            type = ParseUnionType();
            if (!noConditional && Kind == TokenKind.Extends && !_lexer.NewlineBefore)
            {
                NextToken();
                var extendsType = ParseType(noConditional: true);
                Expect(TokenKind.Question);
                var trueType = ParseType();
                Expect(TokenKind.Colon);
                var falseType = ParseType();
                if (_buildTypes)
                    type = new TSConditionalType(start, LastEnd, type!, extendsType!, trueType!, falseType!);
            }
        }
        _disallowConditional = outerDisallow;
        ExitNesting();
        return type;
    }

    // `<T>(a: A) => R` or, after `new`, a constructor type.
    private Node? ParseFunctionType(int start, NodeType kind, bool isAbstract)
    {
        var typeParameters = Kind == TokenKind.LessThan ? ParseTypeParameters() : null;
        var parameters = ParseSignatureParameters();
        var arrowStart = TokenStart;
        Expect(TokenKind.Arrow);
        var returnType = ParseReturnType();
        if (!_buildTypes)
            return null;
        return new TSSignature(start, LastEnd, kind, typeParameters, parameters!, new TSTypeAnnotation(arrowStart, LastEnd, returnType!)) { Abstract = isAbstract };
    }

    // TypeScript's isUnambiguouslyStartOfFunctionType, at `(`.
    private bool IsStartOfParenthesizedFunctionType()
    {
        var saved = _lexer.Save();
        var depth = _depth;
        NextToken();
        bool result;
        if (Kind is TokenKind.CloseParen or TokenKind.DotDotDot)
        {
            result = true;
        }
        else if (SkipParameterStart())
        {
            if (Kind is TokenKind.Colon or TokenKind.Comma or TokenKind.Question or TokenKind.Equals)
            {
                result = true;
            }
            else if (Kind == TokenKind.CloseParen)
            {
                NextToken();
                result = Kind == TokenKind.Arrow;
            }
            else
            {
                result = false;
            }
        }
        else
        {
            result = false;
        }
        _lexer.Restore(saved);
        _depth = depth;
        return result;
    }

    private bool SkipParameterStart()
    {
        while (IsParameterModifier())
            NextToken();
        if (Kind is TokenKind.Identifier or TokenKind.This)
        {
            NextToken();
            return true;
        }
        if (Kind is TokenKind.OpenBracket or TokenKind.OpenBrace)
        {
            try
            {
                SkipBalanced();
                return true;
            }
            catch (SyntaxErrorException)
            {
                return false;
            }
        }
        return false;
    }

    private bool IsParameterModifier()
    {
        if (Kind != TokenKind.Identifier || _lexer.HasEscape)
            return false;
        if (_lexer.Value is not ("public" or "private" or "protected" or "readonly" or "override"))
            return false;
        var next = PeekKind(out _, out _);
        return next is TokenKind.Identifier or TokenKind.OpenBrace or TokenKind.OpenBracket or TokenKind.This || Lexer.IsKeyword(next);
    }

    /// <summary>Skips a parenthesized, bracketed or braced run of tokens, nesting included.</summary>
    private void SkipBalanced()
    {
        var depth = 0;
        // Bit d is set when nesting level d was opened by a template's `${` (its `}` is rescanned).
        var templates = 0UL;
        do
        {
            switch (Kind)
            {
                case TokenKind.OpenParen:
                case TokenKind.OpenBracket:
                case TokenKind.OpenBrace:
                    if (depth < 64) templates &= ~(1UL << depth);
                    depth++;
                    break;
                case TokenKind.TemplateHead:
                    if (depth < 64) templates |= 1UL << depth;
                    depth++;
                    break;
                case TokenKind.CloseParen:
                case TokenKind.CloseBracket:
                    depth--;
                    break;
                case TokenKind.CloseBrace:
                    if (depth - 1 < 64 && (templates & (1UL << (depth - 1))) != 0)
                    {
                        _lexer.ReScanTemplateContinuation();
                        if (Kind == TokenKind.TemplateTail)
                            depth--;
                    }
                    else
                    {
                        depth--;
                    }
                    break;
                case TokenKind.EndOfFile:
                    throw Unexpected();
            }
            NextToken();
        }
        while (depth > 0);
    }

    /// <summary>
    /// The parameters of a function type or a signature, <c>(a?: A, ...b: B[])</c>: the bindings
    /// with their annotations when building, else null.
    /// </summary>
    private Node[]? ParseSignatureParameters()
    {
        Expect(TokenKind.OpenParen);
        var list = _buildTypes ? _lists.Rent() : null;
        var first = true;
        while (NextListItem(ref first, TokenKind.CloseParen))
        {
            var start = TokenStart;
            while (IsParameterModifier())
                NextToken();
            var rest = Eat(TokenKind.DotDotDot);
            Node? binding = null;
            if (Kind is TokenKind.OpenBracket or TokenKind.OpenBrace)
            {
                if (_buildTypes)
                    binding = ParseBindingAtom();
                else
                    SkipBalanced();
            }
            else if (Kind is TokenKind.This or TokenKind.Identifier)
            {
                if (_buildTypes)
                    binding = new Identifier(TokenStart, _lexer.TokenEnd, Kind == TokenKind.This ? "this" : _lexer.Value!);
                NextToken();
            }
            else
            {
                throw Unexpected();
            }
            var optional = Eat(TokenKind.Question);
            var annotation = Kind == TokenKind.Colon ? ParseTypeAnnotation(erase: false) : null;
            Node? initializer = Eat(TokenKind.Equals) ? ParseMaybeAssign() : null;
            if (list is null)
                continue;
            if (rest)
            {
                // The annotation belongs to the rest element, not its argument.
                var restElement = new RestElement(start, binding!.End, binding);
                SetBindingTypes(restElement, annotation, optional);
                list.Add(restElement);
                continue;
            }
            SetBindingTypes(binding!, annotation, optional);
            list.Add(initializer is null ? binding! : new AssignmentPattern(binding!.Start, LastEnd, binding, initializer));
        }
        return list is null ? null : _lists.ToArrayAndReturn(list);
    }

    private Node? ParseUnionType() => ParseCompositeType(TokenKind.Bar, NodeType.TSUnionType);

    private Node? ParseIntersectionType() => ParseCompositeType(TokenKind.Ampersand, NodeType.TSIntersectionType);

    // `A | B` or `A & B`; a leading operator alone also makes the node (`type A = | string`).
    private Node? ParseCompositeType(TokenKind separator, NodeType kind)
    {
        var start = TokenStart;
        var leading = Eat(separator);
        var first = separator == TokenKind.Bar ? ParseIntersectionType() : ParseTypeOperator();
        if (Kind != separator && !(leading && _buildTypes))
            return first;
        var types = _buildTypes ? _lists.Rent() : null;
        types?.Add(first!);
        while (Eat(separator))
        {
            var type = separator == TokenKind.Bar ? ParseIntersectionType() : ParseTypeOperator();
            types?.Add(type!);
        }
        return types is null ? null : new TSCompositeType(start, LastEnd, kind, _lists.ToArrayAndReturn(types));
    }

    private Node? ParseTypeOperator()
    {
        var start = TokenStart;
        if (Kind == TokenKind.Identifier && !_lexer.HasEscape && _lexer.Value is "keyof" or "unique" or "readonly" or "infer")
        {
            var word = _lexer.Value;
            var next = PeekKind(out _, out _);
            var operand = next is TokenKind.Identifier or TokenKind.OpenParen or TokenKind.OpenBracket or TokenKind.OpenBrace
                or TokenKind.String or TokenKind.Number or TokenKind.Minus or TokenKind.Typeof or TokenKind.Import
                or TokenKind.This or TokenKind.Void or TokenKind.Null or TokenKind.True or TokenKind.False
                or TokenKind.NoSubstitutionTemplate or TokenKind.TemplateHead or TokenKind.LessThan or TokenKind.New;
            if (operand && !(word == "infer" && next != TokenKind.Identifier))
            {
                NextToken();
                if (word == "infer")
                    return ParseInferType(start);
                var inner = ParseTypeOperator();
                return _buildTypes ? new TSTypeOperator(start, LastEnd, word, inner!) : null;
            }
        }
        var type = ParsePrimaryType();
        while (Kind == TokenKind.OpenBracket && !_lexer.NewlineBefore)
        {
            NextToken();
            if (Eat(TokenKind.CloseBracket))
            {
                if (_buildTypes)
                    type = new TSArrayType(start, LastEnd, type!);
                continue;
            }
            var index = ParseType();
            Expect(TokenKind.CloseBracket);
            if (_buildTypes)
                type = new TSIndexedAccessType(start, LastEnd, type!, index!);
        }
        return type;
    }

    // After `infer`: `U`, or `U extends C` unless that `extends` opens a conditional type.
    private Node? ParseInferType(int start)
    {
        var name = ParseIdentifier(liberal: true);
        Node? constraint = null;
        if (Kind == TokenKind.Extends)
        {
            var state = Speculate();
            try
            {
                NextToken();
                constraint = ParseType(noConditional: true);
                if (Kind == TokenKind.Question && !_disallowConditional)
                {
                    Rollback(state);
                    constraint = null;
                }
            }
            catch (SyntaxErrorException)
            {
                Rollback(state);
                constraint = null;
            }
        }
        if (!_buildTypes)
            return null;
        return new TSInferType(start, LastEnd, new TSTypeParameter(name.Start, LastEnd, name, constraint, null));
    }

    private Node? ParsePrimaryType()
    {
        var start = TokenStart;
        switch (Kind)
        {
            case TokenKind.Identifier:
                if (_buildTypes && KeywordType(_lexer.Value!) is var keyword and not NodeType.Program && PeekKind() != TokenKind.Dot)
                {
                    NextToken();
                    return new TSKeywordType(start, LastEnd, keyword);
                }
                return ParseTypeReference();
            case TokenKind.Void:
                NextToken();
                return _buildTypes ? new TSKeywordType(start, LastEnd, NodeType.TSVoidKeyword) : null;
            case TokenKind.Null:
                NextToken();
                return _buildTypes ? new TSKeywordType(start, LastEnd, NodeType.TSNullKeyword) : null;
            case TokenKind.True:
            case TokenKind.False:
                {
                    var value = Kind == TokenKind.True;
                    NextToken();
                    return _buildTypes ? new TSLiteralType(start, LastEnd, new Literal(start, LastEnd, LiteralKind.Boolean) { BooleanValue = value }) : null;
                }
            case TokenKind.String:
            case TokenKind.Number:
            case TokenKind.BigInt:
                if (!_buildTypes)
                {
                    NextToken();
                    return null;
                }
                {
                    var literal = ParseLiteral();
                    return new TSLiteralType(start, LastEnd, literal);
                }
            case TokenKind.NoSubstitutionTemplate:
                if (!_buildTypes)
                {
                    NextToken();
                    return null;
                }
                {
                    var template = ParseTemplate(isTagged: true);
                    return new TSLiteralType(start, LastEnd, template);
                }
            case TokenKind.This:
                NextToken();
                return _buildTypes ? new TSThisType(start, LastEnd) : null;
            case TokenKind.Minus:
                {
                    NextToken();
                    if (Kind is not (TokenKind.Number or TokenKind.BigInt))
                        throw Unexpected();
                    if (!_buildTypes)
                    {
                        NextToken();
                        return null;
                    }
                    var literal = ParseLiteral();
                    return new TSLiteralType(start, LastEnd, new UnaryExpression(start, LastEnd, Operator.Minus, literal));
                }
            case TokenKind.TemplateHead:
                return ParseTemplateLiteralType(start);
            case TokenKind.Typeof:
                {
                    NextToken();
                    Node? name = Kind == TokenKind.Import ? ParseImportType() : ParseEntityName(inTypeof: true);
                    var typeArguments = Kind == TokenKind.LessThan && !_lexer.NewlineBefore ? ParseTypeArguments() : null;
                    return _buildTypes ? new TSTypeQuery(start, LastEnd, name!, typeArguments) : null;
                }
            case TokenKind.Import:
                return ParseImportType();
            case TokenKind.OpenBrace:
                return IsStartOfMappedType() ? ParseMappedType() : ParseObjectType();
            case TokenKind.OpenBracket:
                return ParseTupleType();
            case TokenKind.OpenParen:
                {
                    // A parenthesized type leaves no node.
                    NextToken();
                    var inner = ParseType();
                    Expect(TokenKind.CloseParen);
                    return inner;
                }
            default:
                throw Raise(TokenStart, "Type expected");
        }
    }

    // The keyword types TypeScript reads from an identifier (when no `.` follows); Program for none.
    private static NodeType KeywordType(string name) => name switch
    {
        "any" => NodeType.TSAnyKeyword,
        "unknown" => NodeType.TSUnknownKeyword,
        "number" => NodeType.TSNumberKeyword,
        "bigint" => NodeType.TSBigIntKeyword,
        "boolean" => NodeType.TSBooleanKeyword,
        "string" => NodeType.TSStringKeyword,
        "symbol" => NodeType.TSSymbolKeyword,
        "object" => NodeType.TSObjectKeyword,
        "never" => NodeType.TSNeverKeyword,
        "undefined" => NodeType.TSUndefinedKeyword,
        _ => NodeType.Program,
    };

    // At TemplateHead: `a${T}b` as a type.
    private Node? ParseTemplateLiteralType(int start)
    {
        var quasis = _buildTypes ? _lists.Rent() : null;
        var types = _buildTypes ? _lists.Rent() : null;
        quasis?.Add(ParseTemplateElement(isTagged: true));
        while (true)
        {
            NextToken();
            var type = ParseType();
            types?.Add(type!);
            if (Kind != TokenKind.CloseBrace)
                throw UnexpectedExpecting(TokenKind.CloseBrace);
            _lexer.ReScanTemplateContinuation();
            quasis?.Add(ParseTemplateElement(isTagged: true));
            if (Kind == TokenKind.TemplateTail)
            {
                NextToken();
                break;
            }
        }
        if (quasis is null || types is null)
            return null;
        return new TSTemplateLiteralType(start, LastEnd, _lists.ToArrayAndReturn<TemplateElement>(quasis), _lists.ToArrayAndReturn(types));
    }

    private Node? ParseTypeReference()
    {
        var start = TokenStart;
        Node? name;
        if (_buildTypes)
        {
            name = ParseIdentifier(liberal: true);
        }
        else
        {
            NextToken();
            name = null;
        }
        while (Kind == TokenKind.Dot)
        {
            NextToken();
            var right = ParseIdentifier(liberal: true);
            if (_buildTypes)
                name = new TSQualifiedName(start, LastEnd, name!, right);
        }
        var typeArguments = Kind == TokenKind.LessThan && !_lexer.NewlineBefore ? ParseTypeArguments() : null;
        return _buildTypes ? new TSTypeReference(start, LastEnd, name!, typeArguments) : null;
    }

    // The name after `typeof`: `x`, `this`, `a.b.#c`.
    private Node? ParseEntityName(bool inTypeof)
    {
        var start = TokenStart;
        Node? name;
        if (Kind == TokenKind.This)
        {
            NextToken();
            name = _buildTypes ? new ThisExpression(start, LastEnd) : null;
        }
        else
        {
            name = ParseIdentifier(liberal: true);
        }
        while (Kind == TokenKind.Dot)
        {
            NextToken();
            Node right = inTypeof && Kind == TokenKind.PrivateName ? ParsePrivateIdentifier() : ParseIdentifier(liberal: true);
            if (_buildTypes)
                name = new TSQualifiedName(start, LastEnd, name!, right);
        }
        return _buildTypes ? name : null;
    }

    // At `import`: `import("m", { with: … }).A.B<T>`.
    private Node? ParseImportType()
    {
        var start = TokenStart;
        NextToken();
        Expect(TokenKind.OpenParen);
        if (Kind != TokenKind.String)
            throw Unexpected();
        Literal? source = null;
        if (_buildTypes)
            source = ParseLiteral();
        else
            NextToken();
        ObjectExpression? options = null;
        if (Eat(TokenKind.Comma) && Kind == TokenKind.OpenBrace)
        {
            if (_buildTypes)
                options = ParseObjectExpression(null) as ObjectExpression;
            else
                SkipBalanced();
            Eat(TokenKind.Comma);
        }
        Expect(TokenKind.CloseParen);
        Node? qualifier = null;
        var qualifierStart = TokenStart;
        while (Eat(TokenKind.Dot))
        {
            if (qualifier is null)
                qualifierStart = TokenStart;
            var right = ParseIdentifier(liberal: true);
            if (_buildTypes)
                qualifier = qualifier is null ? right : new TSQualifiedName(qualifierStart, LastEnd, qualifier, right);
            else
                qualifier = right;
        }
        var typeArguments = Kind == TokenKind.LessThan && !_lexer.NewlineBefore ? ParseTypeArguments() : null;
        return _buildTypes ? new TSImportType(start, LastEnd, source!, options, qualifier, typeArguments) : null;
    }

    private Node? ParseTupleType()
    {
        var start = TokenStart;
        NextToken();
        var elements = _buildTypes ? _lists.Rent() : null;
        var first = true;
        while (NextListItem(ref first, TokenKind.CloseBracket))
        {
            var elementStart = TokenStart;
            var rest = Eat(TokenKind.DotDotDot);
            Node? element = null;
            var named = false;
            if (Kind == TokenKind.Identifier || Lexer.IsKeyword(Kind))
            {
                var next = PeekKind();
                named = next == TokenKind.Colon;
                if (!named && next == TokenKind.Question)
                {
                    var saved = _lexer.Save();
                    NextToken();
                    NextToken();
                    named = Kind == TokenKind.Colon;
                    _lexer.Restore(saved);
                }
                if (named)
                {
                    var labelStart = TokenStart;
                    var label = _buildTypes ? ParseIdentifier(liberal: true) : null;
                    if (label is null)
                        NextToken();
                    var optional = Eat(TokenKind.Question);
                    Expect(TokenKind.Colon);
                    Eat(TokenKind.DotDotDot);
                    var type = ParseType();
                    if (_buildTypes)
                        element = new TSNamedTupleMember(labelStart, LastEnd, label!, type!, optional);
                }
            }
            if (!named)
            {
                var typeStart = TokenStart;
                element = ParseType();
                if (Eat(TokenKind.Question) && _buildTypes)
                    element = new TSTupleElementType(typeStart, LastEnd, NodeType.TSOptionalType, element!);
            }
            if (elements is null)
                continue;
            if (rest)
                element = new TSTupleElementType(elementStart, LastEnd, NodeType.TSRestType, element!);
            elements.Add(element!);
        }
        return elements is null ? null : new TSTupleType(start, LastEnd, _lists.ToArrayAndReturn(elements));
    }

    private bool IsStartOfMappedType()
    {
        var saved = _lexer.Save();
        NextToken();
        if (Kind is TokenKind.Plus or TokenKind.Minus)
        {
            NextToken();
            var result = IsContextual("readonly");
            _lexer.Restore(saved);
            return result;
        }
        if (IsContextual("readonly"))
            NextToken();
        var mapped = false;
        if (Kind == TokenKind.OpenBracket)
        {
            NextToken();
            if (Kind == TokenKind.Identifier || Lexer.IsKeyword(Kind))
            {
                NextToken();
                mapped = Kind == TokenKind.In;
            }
        }
        _lexer.Restore(saved);
        return mapped;
    }

    private Node? ParseMappedType()
    {
        var start = TokenStart;
        Expect(TokenKind.OpenBrace);
        var readonlyModifier = TSMappedModifier.None;
        if (Kind is TokenKind.Plus or TokenKind.Minus)
        {
            readonlyModifier = Kind == TokenKind.Plus ? TSMappedModifier.Plus : TSMappedModifier.Minus;
            NextToken();
            ExpectContextual("readonly");
        }
        else if (EatContextual("readonly"))
        {
            readonlyModifier = TSMappedModifier.Plain;
        }
        Expect(TokenKind.OpenBracket);
        var key = ParseIdentifier(liberal: true);
        Expect(TokenKind.In);
        var constraint = ParseType();
        var nameType = EatContextual("as") ? ParseType() : null;
        Expect(TokenKind.CloseBracket);
        var optionalModifier = TSMappedModifier.None;
        if (Kind is TokenKind.Plus or TokenKind.Minus)
        {
            optionalModifier = Kind == TokenKind.Plus ? TSMappedModifier.Plus : TSMappedModifier.Minus;
            NextToken();
            Expect(TokenKind.Question);
        }
        else if (Eat(TokenKind.Question))
        {
            optionalModifier = TSMappedModifier.Plain;
        }
        var typeAnnotation = Eat(TokenKind.Colon) ? ParseType() : null;
        if (!Eat(TokenKind.Semicolon))
            Eat(TokenKind.Comma);
        Expect(TokenKind.CloseBrace);
        if (!_buildTypes)
            return null;
        return new TSMappedType(start, LastEnd, key, constraint!, nameType, typeAnnotation) { Optional = optionalModifier, Readonly = readonlyModifier };
    }

    private Node? ParseObjectType()
    {
        var start = TokenStart;
        var members = ParseTypeMembers();
        return _buildTypes ? new TSTypeLiteral(start, LastEnd, members!) : null;
    }

    /// <summary>At <c>{</c>: the members of a type literal or an interface, through the <c>}</c>.</summary>
    private Node[]? ParseTypeMembers()
    {
        Expect(TokenKind.OpenBrace);
        var members = _buildTypes ? _lists.Rent() : null;
        while (!Eat(TokenKind.CloseBrace))
        {
            var member = ParseTypeMember();
            if (!Eat(TokenKind.Semicolon) && !Eat(TokenKind.Comma) && Kind != TokenKind.CloseBrace && !_lexer.NewlineBefore)
                throw Unexpected();
            if (member is null)
                continue;
            // A member's range takes in its `;` or `,`.
            member.End = LastEnd;
            members!.Add(member);
        }
        return members is null ? null : _lists.ToArrayAndReturn(members);
    }

    private bool IsPropertyNameStart() =>
        Kind is TokenKind.Identifier or TokenKind.String or TokenKind.Number or TokenKind.BigInt or TokenKind.OpenBracket
            or TokenKind.PrivateName || Lexer.IsKeyword(Kind);

    /// <summary>The current word is a modifier when a member name follows it (else it is the name).</summary>
    private bool IsModifierBeforeName()
    {
        var next = PeekKind(out _, out _);
        return next is TokenKind.Identifier or TokenKind.String or TokenKind.Number or TokenKind.BigInt
            or TokenKind.OpenBracket or TokenKind.PrivateName or TokenKind.Asterisk or TokenKind.OpenBrace
            || Lexer.IsKeyword(next);
    }

    private static TSModifiers ModifierFlag(string word) => word switch
    {
        "public" => TSModifiers.Public,
        "private" => TSModifiers.Private,
        "protected" => TSModifiers.Protected,
        "static" => TSModifiers.Static,
        "readonly" => TSModifiers.Readonly,
        "declare" => TSModifiers.Declare,
        "abstract" => TSModifiers.Abstract,
        "override" => TSModifiers.Override,
        "accessor" => TSModifiers.Accessor,
        _ => TSModifiers.None,
    };

    private Node? ParseTypeMember()
    {
        var start = TokenStart;
        if (Kind is TokenKind.OpenParen or TokenKind.LessThan)
            return ParseSignature(start, NodeType.TSCallSignatureDeclaration);
        if (Kind == TokenKind.New && PeekKind() is TokenKind.OpenParen or TokenKind.LessThan)
        {
            NextToken();
            return ParseSignature(start, NodeType.TSConstructSignatureDeclaration);
        }
        var modifiers = TSModifiers.None;
        while (Kind == TokenKind.Identifier && _lexer.Value is "readonly" or "public" or "private" or "protected" or "static" or "declare" or "abstract" or "override"
            && IsModifierBeforeName())
        {
            modifiers |= ModifierFlag(_lexer.Value);
            NextToken();
        }
        var kind = MethodKind.Method;
        if ((IsContextual("get") || IsContextual("set")) && IsModifierBeforeName())
        {
            kind = _lexer.Value == "get" ? MethodKind.Get : MethodKind.Set;
            NextToken();
        }
        if (Kind == TokenKind.OpenBracket && IsIndexSignature())
            return ParseIndexSignature(start, modifiers);
        var key = ParseMemberName(out var computed);
        if (Eat(TokenKind.Question))
            modifiers |= TSModifiers.Optional;
        if (Kind is TokenKind.OpenParen or TokenKind.LessThan)
        {
            var signatureStart = TokenStart;
            var signature = ParseSignature(signatureStart, NodeType.TSFunctionType);
            return _buildTypes ? new TSMethodSignature(start, LastEnd, key!, computed, kind, modifiers, (TSSignature)signature!) : null;
        }
        var annotation = Kind == TokenKind.Colon ? ParseTypeAnnotation(erase: false) : null;
        return _buildTypes ? new TSPropertySignature(start, LastEnd, key!, computed, modifiers, annotation) : null;
    }

    // A type member's name: an identifier, a string or number, or `[expression]`.
    private Node? ParseMemberName(out bool computed)
    {
        if (_buildTypes)
        {
            if (!IsPropertyNameStart())
                throw Unexpected();
            return ParsePropertyName(out computed, allowPrivate: true);
        }
        computed = Kind == TokenKind.OpenBracket;
        if (computed)
        {
            SkipBalanced();
            return null;
        }
        if (!IsPropertyNameStart())
            throw Unexpected();
        NextToken();
        return null;
    }

    // `<T>(params): R`, for a call or construct signature, a method signature or `declare function`.
    private Node? ParseSignature(int start, NodeType kind)
    {
        var typeParameters = Kind == TokenKind.LessThan ? ParseTypeParameters() : null;
        var parameters = ParseSignatureParameters();
        var returnType = Kind == TokenKind.Colon ? ParseReturnTypeAnnotation(erase: false) : null;
        return _buildTypes ? new TSSignature(start, LastEnd, kind, typeParameters, parameters!, returnType) : null;
    }

    // `[` name `:` — an index signature, not a computed key.
    private bool IsIndexSignature()
    {
        var saved = _lexer.Save();
        NextToken();
        var result = false;
        if (Kind == TokenKind.Identifier || Lexer.IsKeyword(Kind))
        {
            NextToken();
            result = Kind is TokenKind.Colon or TokenKind.Comma;
        }
        _lexer.Restore(saved);
        return result;
    }

    // At `[` of `[key: K]: T`.
    private Node? ParseIndexSignature(int start, TSModifiers modifiers)
    {
        NextToken();
        var parameters = _buildTypes ? _lists.Rent() : null;
        var first = true;
        while (NextListItem(ref first, TokenKind.CloseBracket))
        {
            var name = ParseIdentifier(liberal: true);
            var optional = Eat(TokenKind.Question);
            var annotation = Kind == TokenKind.Colon ? ParseTypeAnnotation(erase: false) : null;
            if (parameters is null)
                continue;
            SetBindingTypes(name, annotation, optional);
            parameters.Add(name);
        }
        var typeAnnotation = Kind == TokenKind.Colon ? ParseTypeAnnotation(erase: false) : null;
        return parameters is null ? null : new TSIndexSignature(start, LastEnd, _lists.ToArrayAndReturn(parameters), typeAnnotation, modifiers);
    }

    /// <summary>At <c>&lt;</c>: <c>&lt;const T extends U = V, …&gt;</c>.</summary>
    private TSTypeParameterDeclaration? ParseTypeParameters()
    {
        var start = TokenStart;
        Expect(TokenKind.LessThan);
        var parameters = _buildTypes ? _lists.Rent() : null;
        do
        {
            if (Kind == TokenKind.GreaterThan)
                break;
            var parameterStart = TokenStart;
            bool isIn = false, isOut = false, isConst = false;
            // Modifiers: const (TS 5.0), in / out (variance).
            while ((Kind == TokenKind.Const || Kind == TokenKind.In || IsContextual("out")) && PeekKind() == TokenKind.Identifier)
            {
                if (Kind == TokenKind.Const) isConst = true;
                else if (Kind == TokenKind.In) isIn = true;
                else isOut = true;
                NextToken();
            }
            var name = ParseIdentifier(liberal: false);
            var constraint = Eat(TokenKind.Extends) ? ParseType() : null;
            var defaultType = Eat(TokenKind.Equals) ? ParseType() : null;
            parameters?.Add(new TSTypeParameter(parameterStart, LastEnd, name, constraint, defaultType) { In = isIn, Out = isOut, Const = isConst });
        }
        while (Eat(TokenKind.Comma));
        ExpectTypeClose();
        return parameters is null ? null : new TSTypeParameterDeclaration(start, LastEnd, _lists.ToArrayAndReturn<TSTypeParameter>(parameters));
    }

    /// <summary>At <c>&lt;</c>: <c>&lt;A, B&gt;</c>.</summary>
    private TSTypeParameterInstantiation? ParseTypeArguments(bool inExpression = false)
    {
        var start = TokenStart;
        Expect(TokenKind.LessThan);
        if (Kind == TokenKind.GreaterThan)
            throw Raise(TokenStart, "Type argument list cannot be empty");
        var arguments = _buildTypes ? _lists.Rent() : null;
        do
        {
            var type = ParseType();
            arguments?.Add(type!);
        }
        while (Eat(TokenKind.Comma) && Kind != TokenKind.GreaterThan);
        if (inExpression && Kind != TokenKind.GreaterThan)
            throw UnexpectedExpecting(TokenKind.GreaterThan);
        ExpectTypeClose();
        return arguments is null ? null : new TSTypeParameterInstantiation(start, LastEnd, _lists.ToArrayAndReturn(arguments));
    }

    /// <summary>Consumes one <c>&gt;</c>, splitting <c>&gt;&gt;</c>, <c>&gt;=</c> and the like.</summary>
    private void ExpectTypeClose()
    {
        switch (Kind)
        {
            case TokenKind.GreaterThan:
                NextToken();
                return;
            case TokenKind.GreaterThanGreaterThan:
            case TokenKind.GreaterThanGreaterThanGreaterThan:
            case TokenKind.GreaterThanEquals:
            case TokenKind.GreaterThanGreaterThanEquals:
            case TokenKind.GreaterThanGreaterThanGreaterThanEquals:
                _lexer.SplitGreaterThan();
                NextToken();
                return;
            default:
                throw UnexpectedExpecting(TokenKind.GreaterThan);
        }
    }

    /// <summary>An interface's <c>extends</c> entry or a class's <c>implements</c> entry: <c>a.B&lt;T&gt;</c>.</summary>
    private TSHeritage? ParseHeritage(NodeType kind)
    {
        var start = TokenStart;
        Node expression = ParseIdentifier(liberal: true);
        while (Kind == TokenKind.Dot)
        {
            NextToken();
            var property = ParseIdentifier(liberal: true);
            if (_buildTypes)
                expression = new MemberExpression(start, LastEnd, expression, property, computed: false, optional: false);
        }
        var typeArguments = Kind == TokenKind.LessThan ? ParseTypeArguments() : null;
        return _buildTypes ? new TSHeritage(start, LastEnd, kind, expression, typeArguments) : null;
    }
}
