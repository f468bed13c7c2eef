// TypeScript: the type grammar (checked and skipped: a type leaves no node, only an erasure in
// TypeScriptFacts), the declarations that are only types (interface, type, declare), and the
// ones with a value (enum, namespace, import x = …, export = …). The hooks into the JavaScript
// grammar (annotations, type arguments, `as`, `!`, modifiers) sit where the JavaScript
// productions are, behind `_ts`. Ambiguities are settled as TypeScript's own parser settles
// them: `a < b` is tried as type arguments and kept only when what follows can follow them, and
// `(` … `)` `:` is an arrow's return type only when `=>` comes after it.

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Lexing;

namespace Sharpack.JavaScript.Parsing;

internal sealed partial class Parser
{
    private readonly bool _ts;
    private readonly TypeScriptFacts? _facts;

    // A declaration file (.d.ts, .d.mts, .d.cts): everything is ambient (no bodies, no initializers).
    private readonly bool _declarationFile;

    // Inside the `extends` type of a conditional type, where `infer X extends C ?` keeps its constraint.
    private bool _disallowConditional;

    // Parsing the consequent of a conditional expression (see ParseParenAndDistinguishExpression).
    private bool _inConditionalConsequent;

    /// <summary>The TypeScript facts of this parse (null for JavaScript).</summary>
    public TypeScriptFacts? Facts => _facts;

    private void EraseTs(int start, int end) => _facts!.Erase(start, end);

    // ---- speculation ----

    private readonly record struct Speculation(LexerState Lexer, int Edits, int Asi, int Depth);

    private Speculation Speculate() => new(_lexer.Save(), _facts!.Edits.Count, AsiPositions.Count, _depth);

    private void Rollback(in Speculation state)
    {
        _lexer.Restore(state.Lexer);
        var edits = _facts!.Edits;
        if (edits.Count > state.Edits)
            edits.RemoveRange(state.Edits, edits.Count - state.Edits);
        if (AsiPositions.Count > state.Asi)
            AsiPositions.RemoveRange(state.Asi, AsiPositions.Count - state.Asi);
        _depth = state.Depth;
    }

    /// <summary>The token after the current one, without moving.</summary>
    private TokenKind PeekKind(out bool newlineBefore, out string? value)
    {
        var saved = _lexer.Save();
        NextToken();
        var kind = Kind;
        newlineBefore = _lexer.NewlineBefore;
        value = kind == TokenKind.Identifier ? _lexer.Value : null;
        _lexer.Restore(saved);
        return kind;
    }

    private TokenKind PeekKind() => PeekKind(out _, out _);

    // ---- expressions ----

    // TypeScriptTree parses: the type arguments TryTypeArgumentsInExpression read last.
    private TSTypeParameterInstantiation? _lastTypeArguments;

    /// <summary>
    /// At <c>&lt;</c> after an expression: type arguments of a call, a tagged template or an
    /// instantiation expression, when TypeScript would read them so; erased. False (nothing
    /// consumed) for a comparison. A TypeScriptTree parse leaves them in _lastTypeArguments (a
    /// field, not an out parameter, which would pin the caller's local to the stack in the hot
    /// ParseSubscript).
    /// </summary>
    private bool TryTypeArgumentsInExpression()
    {
        var state = Speculate();
        var start = TokenStart;
        _lastTypeArguments = null;
        try
        {
            // In an expression the list must close with a plain `>` (TypeScript does not split `>=` or `>>` there).
            _lastTypeArguments = ParseTypeArguments(inExpression: true);
        }
        catch (SyntaxErrorException)
        {
            Rollback(state);
            return false;
        }
        if (!CanFollowTypeArgumentsInExpression())
        {
            Rollback(state);
            _lastTypeArguments = null;
            return false;
        }
        EraseTs(start, LastEnd);
        return true;
    }

    private bool CanFollowTypeArgumentsInExpression() => Kind switch
    {
        TokenKind.OpenParen or TokenKind.NoSubstitutionTemplate or TokenKind.TemplateHead => true,
        TokenKind.LessThan or TokenKind.GreaterThan or TokenKind.Plus or TokenKind.Minus => false,
        _ => _lexer.NewlineBefore || BinaryPrecedence(Kind) >= 0 || !StartsExpression(Kind),
    };

    /// <summary>
    /// At <c>&lt;</c> in expression position: a generic arrow function (<c>&lt;T&gt;(x: T) =&gt; x</c>),
    /// checked by looking ahead to its <c>=&gt;</c>; null when it is not one.
    /// </summary>
    private Node? TryParseGenericArrow(int start, bool isAsync, bool forAwait)
    {
        if (_jsx && !IsGenericArrowInTsx())
            return null;
        var state = Speculate();
        try
        {
            ParseTypeParameters();
            if (Kind != TokenKind.OpenParen)
            {
                Rollback(state);
                return null;
            }
            SkipBalanced();
            if (Kind == TokenKind.Colon)
            {
                NextToken();
                ParseReturnType();
            }
            var isArrow = Kind == TokenKind.Arrow && !_lexer.NewlineBefore;
            Rollback(state);
            if (!isArrow)
                return null;
        }
        catch (SyntaxErrorException)
        {
            Rollback(state);
            return null;
        }
        var typeStart = TokenStart;
        var typeParameters = ParseTypeParameters();
        EraseTs(typeStart, LastEnd);
        var arrow = ParseParenAndDistinguishExpression(canBeArrow: true, forAwait, isAsync);
        arrow.Start = start;
        if (arrow is ArrowFunctionExpression function)
            function.TypeParameters = typeParameters;
        return arrow;
    }

    // In .tsx, `<T>(` opens an element; a generic arrow is written `<T,>(`, `<T = U>(` or `<T extends U>(`.
    private bool IsGenericArrowInTsx()
    {
        var saved = _lexer.Save();
        NextToken();
        if (Kind == TokenKind.Const)
            NextToken();
        var result = false;
        if (Kind == TokenKind.Identifier)
        {
            NextToken();
            if (Kind is TokenKind.Comma or TokenKind.Equals)
            {
                result = true;
            }
            else if (Kind == TokenKind.Extends)
            {
                NextToken();
                result = Kind is not (TokenKind.Equals or TokenKind.GreaterThan or TokenKind.Slash);
            }
        }
        _lexer.Restore(saved);
        return result;
    }

    /// <summary>At <c>&lt;</c>: the type assertion <c>&lt;T&gt;expr</c> (not in .tsx).</summary>
    private Node ParseTypeAssertion(bool noIn)
    {
        var start = TokenStart;
        NextToken();
        var type = Kind == TokenKind.Const ? ParseConstTypeReference() : ParseType();
        ExpectTypeClose();
        var typeEnd = LastEnd;
        var operand = ParseMaybeUnary(null, sawUnary: true, incDec: false, noIn);
        if (_buildTypes)
            return new TSTypeCastExpression(start, LastEnd, NodeType.TSTypeAssertion, operand, type!);
        // `<T>{ … }` erased to `{ … }` would open a block where a statement or arrow body starts.
        if (!operand.IsParenthesized && operand is ObjectExpression or FunctionExpression or ClassExpression)
        {
            _facts!.Edits.Add(new TextEdit(start, typeEnd, "("));
            _facts.Edits.Add(new TextEdit(operand.End, operand.End, ")"));
        }
        else
        {
            EraseTs(start, typeEnd);
        }
        return operand;
    }

    /// <summary>
    /// After an expression: <c>as T</c>, <c>as const</c> or <c>satisfies T</c>, erased; the
    /// expression (in a TypeScriptTree parse wrapped in the cast), or null when none follows.
    /// </summary>
    private Node? ParseAsOrSatisfies(Node left, int leftStart)
    {
        if (Kind != TokenKind.Identifier || _lexer.NewlineBefore || _lexer.HasEscape || _lexer.Value is not ("as" or "satisfies"))
            return null;
        var kind = _lexer.Value == "as" ? NodeType.TSAsExpression : NodeType.TSSatisfiesExpression;
        var start = LastEnd;
        NextToken();
        var type = Kind == TokenKind.Const ? ParseConstTypeReference() : ParseType();
        EraseTs(start, LastEnd);
        return _buildTypes ? new TSTypeCastExpression(leftStart, LastEnd, kind, left, type!) : left;
    }

    // `const` of `as const` and `<const>x`: typescript-estree reads it as a reference to a type named const.
    private Node? ParseConstTypeReference()
    {
        var start = TokenStart;
        NextToken();
        return _buildTypes ? new TSTypeReference(start, LastEnd, new Identifier(start, LastEnd, "const"), null) : null;
    }

    /// <summary>
    /// An item of a parenthesized list that may be arrow parameters: <c>a?: T</c>, <c>a: T = 1</c>,
    /// <c>{ a }: T</c>. Sets <paramref name="typed"/> when it had an annotation (so it must be a parameter).
    /// </summary>
    private Node ParseParenItemTs(CoverErrors? errors, ref bool typed)
    {
        Node item;
        var optional = false;
        if (Kind == TokenKind.Identifier && PeekKind() == TokenKind.Question && IsOptionalParameterMark())
        {
            item = ParseIdentifier(liberal: false);
            EraseTs(TokenStart, _lexer.TokenEnd);
            NextToken();
            typed = true;
            optional = true;
        }
        else
        {
            item = ParseMaybeAssign(noIn: false, errors);
        }
        if (_buildTypes && optional && Kind != TokenKind.Colon)
            SetBindingTypes(item, null, optional: true);
        if (Kind == TokenKind.Colon)
        {
            var annotation = ParseTypeAnnotation();
            if (_buildTypes)
                SetBindingTypes(item, annotation, optional);
            typed = true;
            if (Eat(TokenKind.Equals))
            {
                var right = ParseMaybeAssign();
                item = new AssignmentExpression(item.Start, LastEnd, Operator.Assign, item, right);
            }
        }
        return item;
    }

    // At `x` before `?`: `x?:`, `x?,`, `x?)`, `x?=` mark an optional parameter (a conditional needs an operand).
    private bool IsOptionalParameterMark()
    {
        var saved = _lexer.Save();
        NextToken();
        NextToken();
        var result = Kind is TokenKind.Colon or TokenKind.Comma or TokenKind.CloseParen or TokenKind.Equals;
        _lexer.Restore(saved);
        return result;
    }

    // TypeScriptTree parses: the return type TryParseArrowReturnType read, for the arrow about to be built.
    private TSTypeAnnotation? _pendingArrowReturnType;

    /// <summary>After the <c>)</c> of a possible arrow's parameters: a return type, kept (and erased) only when <c>=&gt;</c> follows.</summary>
    private bool TryParseArrowReturnType()
    {
        if (Kind != TokenKind.Colon)
            return false;
        var state = Speculate();
        try
        {
            var start = TokenStart;
            NextToken();
            var type = ParseReturnType();
            if (Kind == TokenKind.Arrow && !_lexer.NewlineBefore)
            {
                EraseTs(start, LastEnd);
                if (_buildTypes)
                    _pendingArrowReturnType = new TSTypeAnnotation(start, LastEnd, type!);
                return true;
            }
        }
        catch (SyntaxErrorException)
        {
        }
        Rollback(state);
        return false;
    }

    // ---- parameters ----

    /// <summary>
    /// A function parameter with TypeScript's parts: modifiers, <c>?</c>, the annotation. A
    /// TypeScriptTree parse keeps <paramref name="decorators"/> with it and wraps a parameter
    /// property in a TSParameterProperty.
    /// </summary>
    private Node ParseParameterTs(Decorator[]? decorators = null)
    {
        var start = decorators is { Length: > 0 } ? decorators[0].Start : TokenStart;
        var isProperty = false;
        var modifiers = TSModifiers.None;
        while (IsParameterModifier())
        {
            if (_buildTypes)
                modifiers |= ModifierFlag(_lexer.Value!);
            // The modifier and the space after it go: `(private x)` becomes `(x)`.
            var modifierStart = TokenStart;
            NextToken();
            EraseTs(modifierStart, TokenStart);
            isProperty = true;
        }
        var left = ParseBindingAtom();
        var optional = false;
        if (Kind == TokenKind.Question)
        {
            EraseTs(TokenStart, _lexer.TokenEnd);
            NextToken();
            optional = true;
        }
        TSTypeAnnotation? annotation = null;
        if (Kind == TokenKind.Colon)
        {
            var annotationStart = _lexer.TokenEnd;
            annotation = ParseTypeAnnotation();
            _facts!.Annotations[left] = (annotationStart, LastEnd);
        }
        if (_buildTypes)
            SetBindingTypes(left, annotation, optional);
        var parameter = ParseMaybeDefault(_buildTypes ? left.Start : start, left);
        if (isProperty)
        {
            var name = left as Identifier ?? throw Raise(left.Start, "A parameter property may not be declared using a binding pattern.");
            _pendingParameterProperties.Add(name);
            if (_buildTypes)
                return new TSParameterProperty(start, LastEnd, parameter, modifiers) { Decorators = decorators };
        }
        if (_buildTypes && decorators is not null)
            AddBindingDecorators(parameter, decorators);
        return parameter;
    }

    private readonly List<Identifier> _pendingParameterProperties = [];

    // The `this: T` parameter of the list ParseBindingList parsed last (TypeScriptTree parses).
    private Identifier? _lastThisParameter;

    /// <summary>TypeScriptTree parses: a function declaration without a body, as typescript-estree's TSDeclareFunction.</summary>
    private static TSDeclareFunction ToDeclareFunction(FunctionDeclaration function) => new(function.Start, function.End)
    {
        Id = function.Id,
        Params = function.Params,
        IsAsync = function.IsAsync,
        IsGenerator = function.IsGenerator,
        TypeParameters = function.TypeParameters,
        ReturnType = function.ReturnType,
        ThisParam = function.ThisParam,
        Body = function.Body,
        IsBodyless = true,
    };

    // ---- declarations ----

    private bool NextIsIdentifierOnSameLine()
    {
        var next = PeekKind(out var newline, out _);
        return !newline && (next == TokenKind.Identifier || (Lexer.IsKeyword(next) && next != TokenKind.In && next != TokenKind.Instanceof));
    }

    /// <summary>
    /// At an identifier or <c>enum</c>/<c>const</c> in statement position: a TypeScript declaration
    /// (interface, type, enum, namespace, declare, abstract class), or null.
    /// </summary>
    private Node? TryParseTypeScriptStatement(int start)
    {
        if (Kind == TokenKind.Enum)
            return ParseEnum(start, isConst: false);
        if (Kind == TokenKind.Const)
        {
            if (PeekKind() != TokenKind.Enum)
                return null;
            NextToken();
            return ParseEnum(start, isConst: true);
        }
        if (Kind != TokenKind.Identifier || _lexer.HasEscape)
            return null;
        switch (_lexer.Value)
        {
            case "interface":
                if (!NextIsIdentifierOnSameLine())
                    return null;
                NextToken();
                return ParseInterfaceRest(start) ?? (Node)Erased(start);
            case "type":
                if (!NextIsIdentifierOnSameLine())
                    return null;
                NextToken();
                return ParseTypeAliasRest(start) ?? (Node)Erased(start);
            case "namespace":
                if (!NextIsIdentifierOnSameLine())
                    return null;
                return ParseNamespace(start, TSModuleKind.Namespace);
            case "module":
                {
                    var next = PeekKind(out var newline, out _);
                    if (newline)
                        return null;
                    if (next == TokenKind.String)
                    {
                        NextToken();
                        if (_buildTypes)
                            return ParseExternalModule(start);
                        NextToken();
                        if (Kind == TokenKind.OpenBrace) SkipBalanced();
                        else Semicolon();
                        return Erased(start);
                    }
                    if (next != TokenKind.Identifier)
                        return null;
                    return ParseNamespace(start, TSModuleKind.Module);
                }
            case "declare":
                {
                    var next = PeekKind(out var newline, out var value);
                    if (newline || !(next is TokenKind.Var or TokenKind.Const or TokenKind.Function or TokenKind.Class or TokenKind.Enum
                        || (next == TokenKind.Identifier && value is "let" or "interface" or "type" or "namespace" or "module" or "global" or "abstract" or "async" or "using")))
                        return null;
                    NextToken();
                    if (_buildTypes)
                        return ParseAmbientDeclaration(start);
                    SkipAmbientDeclaration();
                    return Erased(start);
                }
            case "abstract":
                {
                    var next = PeekKind(out var newline, out _);
                    if (newline || next != TokenKind.Class)
                        return null;
                    EraseTs(TokenStart, _lexer.TokenEnd);
                    NextToken();
                    var @class = ParseClass(start, isStatement: true, requireName: true);
                    ((ClassNode)@class).Abstract = _buildTypes;
                    return @class;
                }
            case "global":
                // Only `declare global { … }` (and `global { … }` inside an ambient context).
                if (_buildTypes && _ambient && PeekKind() == TokenKind.OpenBrace)
                    return ParseGlobal(start);
                return null;
        }
        return null;
    }

    /// <summary>A statement that is only types: its text goes, an EmptyStatement stands for it.</summary>
    private EmptyStatement Erased(int start)
    {
        EraseTs(start, LastEnd);
        return new EmptyStatement(start, LastEnd);
    }

    /// <summary>After <c>interface</c>: the rest of the declaration; a node only in a TypeScriptTree parse.</summary>
    private TSInterfaceDeclaration? ParseInterfaceRest(int start)
    {
        var id = ParseIdentifier(liberal: false);
        _facts!.TypeNames.Add(id.Name);
        var typeParameters = Kind == TokenKind.LessThan ? ParseTypeParameters() : null;
        var extends = _buildTypes ? _lists.Rent() : null;
        if (Eat(TokenKind.Extends))
        {
            do
            {
                var heritage = ParseHeritage(NodeType.TSInterfaceHeritage);
                extends?.Add(heritage!);
            }
            while (Eat(TokenKind.Comma));
        }
        var bodyStart = TokenStart;
        var members = ParseTypeMembers();
        if (extends is null)
            return null;
        return new TSInterfaceDeclaration(start, LastEnd, id, typeParameters, _lists.ToArrayAndReturn<TSHeritage>(extends), new TSInterfaceBody(bodyStart, LastEnd, members!));
    }

    /// <summary>After <c>type</c>: the rest of the alias; a node only in a TypeScriptTree parse.</summary>
    private TSTypeAliasDeclaration? ParseTypeAliasRest(int start)
    {
        var id = ParseIdentifier(liberal: false);
        _facts!.TypeNames.Add(id.Name);
        var typeParameters = Kind == TokenKind.LessThan ? ParseTypeParameters() : null;
        Expect(TokenKind.Equals);
        Node? type;
        if (IsContextual("intrinsic") && PeekKind() is TokenKind.Semicolon or TokenKind.CloseBrace or TokenKind.EndOfFile)
        {
            var intrinsicStart = TokenStart;
            NextToken();
            type = _buildTypes ? new TSKeywordType(intrinsicStart, LastEnd, NodeType.TSIntrinsicKeyword) : null;
        }
        else
        {
            type = ParseType();
        }
        Semicolon();
        return _buildTypes ? new TSTypeAliasDeclaration(start, LastEnd, id, typeParameters, type!) : null;
    }

    // Inside `declare …` (a TypeScriptTree parse reads ambient declarations whole): variables need
    // no initializer and functions no body.
    private bool _ambient;

    /// <summary>
    /// After <c>declare</c>, in a TypeScriptTree parse: the declaration, read as any other (in an
    /// ambient context) and marked <c>declare</c>, starting at <paramref name="start"/>.
    /// </summary>
    private Node ParseAmbientDeclaration(int start)
    {
        var outerAmbient = _ambient;
        _ambient = true;
        var declarationStart = TokenStart;
        var declaration = IsContextual("global")
            ? ParseGlobal(declarationStart)
            : TryParseTypeScriptStatement(declarationStart) ?? ParseStatementListItem();
        _ambient = outerAmbient;
        switch (declaration)
        {
            case VariableDeclaration variables: variables.Declare = true; break;
            case ClassNode @class: @class.Declare = true; break;
            case FunctionNode function: function.Declare = true; break;
            case TSEnumDeclaration @enum: @enum.Declare = true; break;
            case TSModuleDeclaration module: module.Declare = true; break;
            case TSInterfaceDeclaration @interface: @interface.Declare = true; break;
            case TSTypeAliasDeclaration alias: alias.Declare = true; break;
            default: throw Raise(declarationStart, "'declare' modifier cannot appear here");
        }
        declaration.Start = start;
        return declaration;
    }

    /// <summary>After <c>declare</c>: skips the ambient declaration (nothing of it is emitted).</summary>
    private void SkipAmbientDeclaration()
    {
        if (IsContextual("abstract"))
            NextToken();
        if (IsContextual("async"))
            NextToken();
        switch (Kind)
        {
            case TokenKind.Var:
            case TokenKind.Const when PeekKind() != TokenKind.Enum:
                NextToken();
                SkipAmbientVariables();
                return;
            case TokenKind.Const:
                NextToken();
                SkipAmbientBlockDeclaration();
                return;
            case TokenKind.Function:
                NextToken();
                Eat(TokenKind.Asterisk);
                _facts!.TypeNames.Add(ParseIdentifier(liberal: false).Name);
                ParseSignature(TokenStart, NodeType.TSFunctionType);
                Semicolon();
                return;
            case TokenKind.Class:
            case TokenKind.Enum:
                SkipAmbientBlockDeclaration();
                return;
        }
        switch (_lexer.Value)
        {
            case "let":
            case "using":
                NextToken();
                SkipAmbientVariables();
                return;
            case "interface":
                NextToken();
                ParseInterfaceRest(TokenStart);
                return;
            case "type":
                NextToken();
                ParseTypeAliasRest(TokenStart);
                return;
            case "global":
                NextToken();
                SkipBalanced();
                return;
            case "module":
            case "namespace":
                NextToken();
                if (Kind == TokenKind.String)
                {
                    NextToken();
                    if (Kind != TokenKind.OpenBrace)
                    {
                        Semicolon();
                        return;
                    }
                }
                else
                {
                    _facts!.TypeNames.Add(ParseIdentifier(liberal: false).Name);
                    while (Eat(TokenKind.Dot))
                        ParseIdentifier(liberal: true);
                }
                SkipBalanced();
                return;
        }
        throw Unexpected();
    }

    private void SkipAmbientVariables()
    {
        do
        {
            _facts!.TypeNames.Add(ParseIdentifier(liberal: false).Name);
            if (Kind == TokenKind.Colon)
                ParseTypeAnnotation(erase: false);
            if (Eat(TokenKind.Equals))
                ParseMaybeAssign();
        }
        while (Eat(TokenKind.Comma));
        Semicolon();
    }

    // `declare class C<T> extends B implements I { … }`, `declare enum E { … }`: the name, then up to the body, then the body.
    private void SkipAmbientBlockDeclaration()
    {
        NextToken();
        if (Kind == TokenKind.Identifier)
            _facts!.TypeNames.Add(ParseIdentifier(liberal: false).Name);
        if (Kind == TokenKind.LessThan)
            ParseTypeParameters();
        while (Kind != TokenKind.OpenBrace)
        {
            if (Kind == TokenKind.EndOfFile)
                throw UnexpectedExpecting(TokenKind.OpenBrace);
            if (Kind == TokenKind.LessThan)
                ParseTypeArguments();
            else
                NextToken();
        }
        SkipBalanced();
    }

    /// <summary>At <c>enum</c>: the declaration and its members.</summary>
    private TSEnumDeclaration ParseEnum(int start, bool isConst)
    {
        NextToken();
        var id = ParseBindingIdentifier();
        var bodyStart = TokenStart;
        Expect(TokenKind.OpenBrace);
        var members = _lists.Rent();
        var first = true;
        while (NextListItem(ref first, TokenKind.CloseBrace))
        {
            var memberStart = TokenStart;
            Node name;
            if (Kind == TokenKind.String)
            {
                name = ParseLiteral();
            }
            else if (Kind == TokenKind.OpenBracket)
            {
                NextToken();
                if (Kind != TokenKind.String)
                    throw Raise(TokenStart, "Computed property names are not allowed in enums.");
                name = ParseLiteral();
                Expect(TokenKind.CloseBracket);
            }
            else if (Kind == TokenKind.Number)
            {
                throw Raise(TokenStart, "An enum member cannot have a numeric name.");
            }
            else
            {
                name = ParseIdentifier(liberal: true);
            }
            Node? initializer = Eat(TokenKind.Equals) ? ParseMaybeAssign() : null;
            members.Add(new TSEnumMember(memberStart, LastEnd, name, initializer));
        }
        return new TSEnumDeclaration(start, LastEnd, id, _lists.ToArrayAndReturn<TSEnumMember>(members), isConst) { BodyStart = bodyStart };
    }

    /// <summary>At <c>namespace</c> or <c>module</c> (or, for <c>A.B</c>, at B): the namespace and its body.</summary>
    private TSModuleDeclaration ParseNamespace(int start, TSModuleKind kind, bool atName = false)
    {
        if (!atName)
            NextToken();
        var id = ParseBindingIdentifier();
        if (Kind == TokenKind.Dot)
        {
            NextToken();
            var innerStart = TokenStart;
            var inner = ParseNamespace(innerStart, kind, atName: true);
            var outer = new TSModuleDeclaration(start, LastEnd, id, [inner], [true]) { IsInstantiated = inner.IsInstantiated, Kind = kind, IsDottedOuter = true };
            if (!outer.IsInstantiated)
                _facts!.TypeNames.Add(id.Name);
            return outer;
        }
        var bodyStart = TokenStart;
        var (statements, exported) = ParseModuleBlock(external: false);
        var declaration = new TSModuleDeclaration(start, LastEnd, id, statements, exported) { Kind = kind, BodyStart = bodyStart };
        foreach (var statement in statements)
        {
            if (statement is EmptyStatement || statement is TSModuleDeclaration { IsInstantiated: false })
                continue;
            declaration.IsInstantiated = true;
            break;
        }
        if (!declaration.IsInstantiated)
            _facts!.TypeNames.Add(id.Name);
        return declaration;
    }

    /// <summary>
    /// At <c>{</c>: a namespace's statements through the <c>}</c>, each with whether it was
    /// exported. A TypeScriptTree parse keeps <c>export</c> as an ExportNamedDeclaration, and reads
    /// every module item in an ambient or external module block.
    /// </summary>
    private (Node[] Statements, bool[] Exported) ParseModuleBlock(bool external)
    {
        Expect(TokenKind.OpenBrace);
        var body = _lists.Rent();
        var exported = new List<bool>();
        var savedBlockDepth = _blockDepth;
        _blockDepth++;
        while (!Eat(TokenKind.CloseBrace))
        {
            if (Kind == TokenKind.EndOfFile)
                throw UnexpectedExpecting(TokenKind.CloseBrace);
            var statementStart = TokenStart;
            if (_buildTypes && (external || _ambient || _declarationFile) && Kind is TokenKind.Export or TokenKind.Import)
            {
                exported.Add(Kind == TokenKind.Export);
                if (Kind == TokenKind.Export)
                    body.Add(ParseExport(statementStart));
                else
                    body.Add(IsImportEquals() ? ParseImportEquals(statementStart, isExport: false) : ParseImport(statementStart));
                continue;
            }
            if (Kind == TokenKind.Export)
            {
                NextToken();
                EraseTs(statementStart, TokenStart);
                Node statement;
                if (Kind == TokenKind.Import)
                {
                    statement = ParseImportEquals(_buildTypes ? TokenStart : statementStart, isExport: false);
                }
                else
                {
                    if (Kind is TokenKind.Default or TokenKind.OpenBrace or TokenKind.Asterisk or TokenKind.Equals)
                        throw Raise(TokenStart, "Only declarations can be exported from a namespace");
                    statement = ParseStatementListItem();
                }
                if (_buildTypes && statement is not EmptyStatement)
                    statement = new ExportNamedDeclaration(statementStart, LastEnd, statement, [], null, []);
                body.Add(statement);
                exported.Add(true);
                continue;
            }
            if (Kind == TokenKind.Import && IsImportEquals())
                body.Add(ParseImportEquals(statementStart, isExport: false));
            else
                body.Add(ParseStatementListItem());
            exported.Add(false);
        }
        _blockDepth = savedBlockDepth;
        return (_lists.ToArrayAndReturn(body), [.. exported]);
    }

    /// <summary>TypeScriptTree parses: at the string of <c>module "m"</c>, the module and its body (if any).</summary>
    private TSModuleDeclaration ParseExternalModule(int start)
    {
        var name = ParseLiteral();
        var id = new Identifier(name.Start, name.End, name.StringValue!);
        if (Kind != TokenKind.OpenBrace)
        {
            Semicolon();
            return new TSModuleDeclaration(start, LastEnd, id, [], []) { Kind = TSModuleKind.Module, ExternalName = name };
        }
        var bodyStart = TokenStart;
        var (statements, exported) = ParseModuleBlock(external: true);
        return new TSModuleDeclaration(start, LastEnd, id, statements, exported) { Kind = TSModuleKind.Module, ExternalName = name, BodyStart = bodyStart };
    }

    /// <summary>TypeScriptTree parses: at <c>global</c> of <c>declare global { … }</c>.</summary>
    private TSModuleDeclaration ParseGlobal(int start)
    {
        var id = ParseIdentifier(liberal: true);
        var bodyStart = TokenStart;
        var (statements, exported) = ParseModuleBlock(external: true);
        return new TSModuleDeclaration(start, LastEnd, id, statements, exported) { Kind = TSModuleKind.Global, BodyStart = bodyStart };
    }

    /// <summary>At <c>import</c>: whether this is <c>import x = …</c> (or <c>import type x = …</c>).</summary>
    private bool IsImportEquals()
    {
        var saved = _lexer.Save();
        NextToken();
        if (IsContextual("type"))
        {
            NextToken();
            if (Kind != TokenKind.Identifier)
            {
                _lexer.Restore(saved);
                return false;
            }
        }
        var result = false;
        if (Kind == TokenKind.Identifier)
        {
            NextToken();
            result = Kind == TokenKind.Equals;
        }
        _lexer.Restore(saved);
        return result;
    }

    /// <summary>At <c>import</c> of <c>import x = require("m")</c> or <c>import x = A.B</c>.</summary>
    private Node ParseImportEquals(int start, bool isExport)
    {
        NextToken();
        var typeOnly = false;
        if (IsContextual("type") && PeekKind() == TokenKind.Identifier)
        {
            typeOnly = true;
            NextToken();
        }
        var id = ParseBindingIdentifier();
        Expect(TokenKind.Equals);
        Node reference;
        if (IsContextual("require") && PeekKind() == TokenKind.OpenParen)
        {
            NextToken();
            NextToken();
            reference = ParseModuleSpecifier();
            Expect(TokenKind.CloseParen);
        }
        else
        {
            var referenceStart = TokenStart;
            reference = ParseIdentifier(liberal: false);
            while (Eat(TokenKind.Dot))
                reference = new MemberExpression(referenceStart, LastEnd, reference, ParseIdentifier(liberal: true), computed: false, optional: false) { End = LastEnd };
        }
        Semicolon();
        if (typeOnly && !_buildTypes)
            return Erased(start);
        return new TSImportEqualsDeclaration(start, LastEnd, id, reference, isExport) { TypeOnly = typeOnly };
    }

    /// <summary>
    /// At the word <c>type</c> inside an import or export list: true (and the specifier is
    /// type-only) unless the word is the name itself (<c>{ type }</c>, <c>{ type as x }</c>).
    /// </summary>
    private bool IsTypeOnlySpecifier()
    {
        if (!IsContextual("type"))
            return false;
        var saved = _lexer.Save();
        NextToken();
        bool result;
        if (Kind is TokenKind.Comma or TokenKind.CloseBrace)
        {
            result = false;
        }
        else if (IsContextual("as"))
        {
            // `type as as x` and `type as,`/`type as }` are type-only; `type as x` renames `type`.
            NextToken();
            result = Kind is TokenKind.Comma or TokenKind.CloseBrace || IsContextual("as");
        }
        else
        {
            result = true;
        }
        _lexer.Restore(saved);
        return result;
    }

    /// <summary>At <c>type</c> after <c>import</c>: whether the whole import is type-only.</summary>
    private bool IsTypeOnlyImport()
    {
        if (!IsContextual("type"))
            return false;
        var saved = _lexer.Save();
        NextToken();
        bool result;
        if (Kind is TokenKind.OpenBrace or TokenKind.Asterisk)
        {
            result = true;
        }
        else if (Kind == TokenKind.Identifier)
        {
            // `import type from "x"` imports a default named type; `import type from from "x"` is type-only.
            if (IsContextual("from"))
            {
                NextToken();
                result = Kind != TokenKind.String;
            }
            else
            {
                result = true;
            }
        }
        else
        {
            result = false;
        }
        _lexer.Restore(saved);
        return result;
    }

    // ---- decorators ----

    // Decorators read before a class (`@d class`, `@d export class`), for the class parse to take.
    private Decorator[]? _pendingClassDecorators;

    // TypeScriptTree parses: the pending class decorators were written before `export`.
    private bool _decoratorsBeforeExport;

    // The decorators of the parameters of the list ParseBindingList parsed last.
    private Decorator[]?[]? _lastParameterDecorators;

    /// <summary>At <c>@</c>: one or more decorators (<c>@a</c>, <c>@a.b</c>, <c>@a(…)</c>, <c>@(expression)</c>).</summary>
    private Decorator[] ParseDecorators()
    {
        var decorators = new List<Decorator>();
        while (Kind == TokenKind.At)
        {
            var start = TokenStart;
            NextToken();
            Node expression;
            if (Kind == TokenKind.OpenParen)
            {
                NextToken();
                expression = ParseExpression();
                Expect(TokenKind.CloseParen);
                expression.IsParenthesized = true;
            }
            else
            {
                var expressionStart = TokenStart;
                expression = ParseIdentifier(liberal: false);
                while (Eat(TokenKind.Dot))
                {
                    var property = ParseIdentifier(liberal: true);
                    expression = new MemberExpression(expressionStart, LastEnd, expression, property, computed: false, optional: false);
                }
                TSTypeParameterInstantiation? typeArguments = null;
                if (Kind == TokenKind.LessThan && TryTypeArgumentsInExpression())
                    typeArguments = _lastTypeArguments;
                if (Eat(TokenKind.OpenParen))
                {
                    var arguments = ParseExpressionList(TokenKind.CloseParen, allowTrailingComma: true, allowEmpty: false, null);
                    expression = new CallExpression(expressionStart, LastEnd, expression, _lists.ToArrayAndReturn(arguments), optional: false) { TypeArguments = typeArguments };
                }
            }
            decorators.Add(new Decorator(start, LastEnd, expression));
        }
        return [.. decorators];
    }

    /// <summary>At <c>@</c> in statement position: decorators, then the class they decorate (possibly exported).</summary>
    private Node ParseDecoratedStatement(int start, bool topLevel)
    {
        var decorators = ParseDecorators();
        if (Kind == TokenKind.Export)
        {
            CheckModuleItemPosition(start, topLevel);
            _pendingClassDecorators = decorators;
            // typescript-estree: neither the export nor the class covers decorators written before `export`.
            _decoratorsBeforeExport = _buildTypes;
            var exported = ParseExport(_buildTypes ? TokenStart : start);
            if (_pendingClassDecorators is not null)
                throw Raise(start, "Decorators are not valid here.");
            return exported;
        }
        if (Kind == TokenKind.Class || (IsContextual("abstract") && PeekKind() == TokenKind.Class))
        {
            _pendingClassDecorators = decorators;
            return ParseStatement(StatementContext.ListItem);
        }
        throw Raise(start, "Decorators are not valid here.");
    }
}
