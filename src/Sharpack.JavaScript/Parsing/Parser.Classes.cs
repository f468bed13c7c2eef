// Classes: heritage, methods, accessors, fields, static blocks, and the private names each
// class body declares (a use must be declared by an enclosing class).

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Lexing;

namespace Sharpack.JavaScript.Parsing;

internal sealed partial class Parser
{
    private sealed class PrivateNameScope
    {
        // Name → how it is declared: 'g'/'s' getter/setter (upper case when static), 'x' anything else or complete.
        public readonly Dictionary<string, char> Declared = [];
        public readonly List<PrivateIdentifier> Used = [];
    }

    private readonly List<PrivateNameScope> _privateNames = [];

    private void UsePrivateName(PrivateIdentifier identifier)
    {
        if (_privateNames.Count == 0)
            throw Raise(identifier.Start, $"Private field '#{identifier.Name}' must be declared in an enclosing class");
        _privateNames[^1].Used.Add(identifier);
    }

    private Node ParseClass(int start, bool isStatement, bool requireName)
    {
        var decorators = _pendingClassDecorators;
        _pendingClassDecorators = null;
        // typescript-estree: a class covers its decorators unless they came before `export`.
        if (_buildTypes && decorators is { Length: > 0 } && !_decoratorsBeforeExport && decorators[0].Start < start)
            start = decorators[0].Start;
        _decoratorsBeforeExport = false;
        NextToken();
        var outerStrict = _strict;
        _strict = true;
        Identifier? id = null;
        if (Kind == TokenKind.Identifier)
        {
            id = ParseBindingIdentifier();
            CheckBindingPattern(id, BindingKind.Lexical);
        }
        else if (requireName)
        {
            throw Unexpected();
        }
        TSTypeParameterDeclaration? typeParameters = null;
        TSTypeParameterInstantiation? superTypeArguments = null;
        List<Node?>? implements = null;
        if (_ts && Kind == TokenKind.LessThan)
        {
            var typeStart = TokenStart;
            typeParameters = ParseTypeParameters();
            EraseTs(typeStart, LastEnd);
        }
        Node? superClass = Eat(TokenKind.Extends) ? ParseExprSubscripts(null, forAwait: false) : null;
        if (_ts)
        {
            if (superClass is not null && Kind == TokenKind.LessThan)
            {
                var typeStart = TokenStart;
                superTypeArguments = ParseTypeArguments();
                EraseTs(typeStart, LastEnd);
            }
            if (IsContextual("implements"))
            {
                var implementsStart = TokenStart;
                NextToken();
                implements = _buildTypes ? _lists.Rent() : null;
                do
                {
                    var heritage = ParseHeritage(NodeType.TSClassImplements);
                    implements?.Add(heritage);
                }
                while (Eat(TokenKind.Comma));
                EraseTs(implementsStart, LastEnd);
            }
        }
        var body = ParseClassBody(superClass is not null);
        _strict = outerStrict;
        ClassNode node = isStatement
            ? new ClassDeclaration(start, LastEnd, id, superClass, body)
            : new ClassExpression(start, LastEnd, id, superClass, body);
        node.Decorators = decorators;
        if (_buildTypes)
        {
            node.TypeParameters = typeParameters;
            node.SuperTypeArguments = superTypeArguments;
            node.Implements = implements is null ? [] : _lists.ToArrayAndReturn<TSHeritage>(implements);
        }
        return node;
    }

    private ClassBody ParseClassBody(bool hasSuperClass)
    {
        var start = TokenStart;
        Expect(TokenKind.OpenBrace);
        var scope = new PrivateNameScope();
        _privateNames.Add(scope);
        var elements = _lists.Rent();
        var hadConstructor = false;
        while (!Eat(TokenKind.CloseBrace))
        {
            if (Kind == TokenKind.EndOfFile)
                throw UnexpectedExpecting(TokenKind.CloseBrace);
            var element = ParseClassElement(hasSuperClass);
            if (element is null)
                continue;
            elements.Add(element);
            if (element is MethodDefinition { Kind: MethodKind.Constructor, Value.IsBodyless: false })
            {
                if (hadConstructor)
                    throw Raise(element.Start, "Duplicate constructor in the same class");
                hadConstructor = true;
            }
            else
            {
                DeclarePrivateName(scope, element);
            }
        }
        _privateNames.RemoveAt(_privateNames.Count - 1);
        var parent = _privateNames.Count > 0 ? _privateNames[^1] : null;
        foreach (var used in scope.Used)
        {
            if (scope.Declared.ContainsKey(used.Name))
                continue;
            if (parent is null)
                throw Raise(used.Start, $"Private field '#{used.Name}' must be declared in an enclosing class");
            parent.Used.Add(used);
        }
        return new ClassBody(start, LastEnd, _lists.ToArrayAndReturn(elements));
    }

    private void DeclarePrivateName(PrivateNameScope scope, Node element)
    {
        PrivateIdentifier? key;
        char kind;
        switch (element)
        {
            case MethodDefinition { Key: PrivateIdentifier k } method:
                key = k;
                kind = method.Kind switch
                {
                    MethodKind.Get => method.Static ? 'G' : 'g',
                    MethodKind.Set => method.Static ? 'S' : 's',
                    _ => 'x',
                };
                break;
            case PropertyDefinition { Key: PrivateIdentifier k }:
                key = k;
                kind = 'x';
                break;
            default:
                return;
        }
        if (scope.Declared.TryGetValue(key.Name, out var previous))
        {
            var pairs = (previous == 'g' && kind == 's') || (previous == 's' && kind == 'g')
                || (previous == 'G' && kind == 'S') || (previous == 'S' && kind == 'G');
            if (!pairs)
                throw Raise(key.Start, $"Identifier '#{key.Name}' has already been declared");
            scope.Declared[key.Name] = 'x';
        }
        else
        {
            scope.Declared[key.Name] = kind;
        }
    }

    private bool IsClassElementNameStart() =>
        Kind is TokenKind.Identifier or TokenKind.PrivateName or TokenKind.Number or TokenKind.BigInt
            or TokenKind.String or TokenKind.OpenBracket || Lexer.IsKeyword(Kind);

    private Node? ParseClassElement(bool hasSuperClass)
    {
        if (!_ts || Kind != TokenKind.At)
            return ParseClassElementCore(hasSuperClass);
        var decorators = ParseDecorators();
        var element = ParseClassElementCore(hasSuperClass);
        // typescript-estree: a class element starts at its first decorator.
        if (_buildTypes && element is not null)
            element.Start = decorators[0].Start;
        switch (element)
        {
            case MethodDefinition method:
                method.Decorators = decorators;
                break;
            case PropertyDefinition property:
                property.Decorators = decorators;
                break;
            case null:
                // An overload or an abstract member: its decorators go with it.
                EraseTs(decorators[0].Start, decorators[^1].End);
                break;
            default:
                throw Raise(decorators[0].Start, "Decorators are not valid here.");
        }
        return element;
    }

    private Node? ParseClassElementCore(bool hasSuperClass)
    {
        if (Eat(TokenKind.Semicolon))
            return null;
        var start = TokenStart;
        var ambient = false;
        var modifiers = TSModifiers.None;
        if (_ts)
        {
            modifiers = ParseClassMemberModifiers();
            ambient = (modifiers & (TSModifiers.Declare | TSModifiers.Abstract)) != 0;
            if (Kind == TokenKind.OpenBracket && IsIndexSignature())
                return ParseClassIndexSignature(start, modifiers);
        }
        string? keyName = null;
        int keyStart = 0, keyEnd = 0;
        var isGenerator = false;
        var isAsync = false;
        var kind = MethodKind.Method;
        var isStatic = false;

        if (IsContextual("static"))
        {
            keyStart = TokenStart;
            keyEnd = _lexer.TokenEnd;
            NextToken();
            if (Kind == TokenKind.OpenBrace)
                return ParseStaticBlock(start);
            if (IsClassElementNameStart() || Kind == TokenKind.Asterisk)
                isStatic = true;
            else
                keyName = "static";
            if (_ts && isStatic)
            {
                modifiers |= TSModifiers.Static;
                modifiers |= ParseClassMemberModifiers();
                ambient = (modifiers & (TSModifiers.Declare | TSModifiers.Abstract)) != 0;
                if (Kind == TokenKind.OpenBracket && IsIndexSignature())
                    return ParseClassIndexSignature(start, modifiers);
            }
        }
        // `accessor x = 1` (the decorators proposal's auto-accessor): a field behind a getter and setter.
        var isAccessor = false;
        if (_ts && keyName is null && IsContextual("accessor") && IsModifierBeforeName() && !PeekNewlineBefore())
        {
            var accessorStart = TokenStart;
            NextToken();
            _facts!.Edits.Add(new TextEdit(accessorStart, TokenStart, ""));
            isAccessor = true;
            modifiers |= TSModifiers.Accessor;
        }
        if (keyName is null && !isAccessor && IsContextual("async"))
        {
            keyStart = TokenStart;
            keyEnd = _lexer.TokenEnd;
            NextToken();
            if ((IsClassElementNameStart() || Kind == TokenKind.Asterisk) && !CanInsertSemicolon())
                isAsync = true;
            else
                keyName = "async";
        }
        if (keyName is null && Eat(TokenKind.Asterisk))
            isGenerator = true;
        if (keyName is null && !isAsync && !isGenerator && (IsContextual("get") || IsContextual("set")))
        {
            var accessor = _lexer.Value!;
            keyStart = TokenStart;
            keyEnd = _lexer.TokenEnd;
            NextToken();
            if (IsClassElementNameStart())
                kind = accessor == "get" ? MethodKind.Get : MethodKind.Set;
            else
                keyName = accessor;
        }

        Node key;
        bool computed;
        if (keyName is not null)
        {
            key = new Identifier(keyStart, keyEnd, keyName);
            computed = false;
        }
        else
        {
            if (Kind == TokenKind.PrivateName && _lexer.Value == "constructor")
                throw Raise(TokenStart, "Classes can't have an element named '#constructor'");
            key = ParsePropertyName(out computed, allowPrivate: true);
        }
        if (_ts && Kind is TokenKind.Question or TokenKind.Exclamation)
        {
            modifiers |= Kind == TokenKind.Question ? TSModifiers.Optional : TSModifiers.Definite;
            EraseTs(TokenStart, _lexer.TokenEnd);
            NextToken();
        }

        if (Kind == TokenKind.OpenParen || kind != MethodKind.Method || isGenerator || isAsync || (_ts && Kind == TokenKind.LessThan))
        {
            var isConstructor = !isStatic && IsKeyNamed(key, computed, "constructor");
            if (isConstructor && kind != MethodKind.Method)
                throw Raise(key.Start, "Constructor can't have get/set modifier");
            if (isConstructor)
            {
                if (isGenerator) throw Raise(key.Start, "Constructor can't be a generator");
                if (isAsync) throw Raise(key.Start, "Constructor can't be an async method");
            }
            else if (isStatic && IsKeyNamed(key, computed, "prototype"))
            {
                throw Raise(key.Start, "Classes may not have a static property named prototype");
            }
            var value = ParseMethod(isGenerator, isAsync, allowDirectSuper: isConstructor && hasSuperClass, allowBodyless: _ts);
            if (_buildTypes)
            {
                // Overloads and abstract methods are MethodDefinitions whose value has no body.
                return new MethodDefinition(start, LastEnd, key, value!, isConstructor ? MethodKind.Constructor : kind, computed, isStatic) { Modifiers = modifiers };
            }
            if (value is null || ambient)
            {
                // An overload signature or an abstract method: no code.
                Erased(start);
                return null;
            }
            if (kind is MethodKind.Get or MethodKind.Set)
                CheckAccessorParams(value, kind == MethodKind.Get);
            return new MethodDefinition(start, LastEnd, key, value, isConstructor ? MethodKind.Constructor : kind, computed, isStatic);
        }

        if (IsKeyNamed(key, computed, "constructor"))
            throw Raise(key.Start, "Classes can't have a field named 'constructor'");
        if (isStatic && IsKeyNamed(key, computed, "prototype"))
            throw Raise(key.Start, "Classes can't have a static field named 'prototype'");
        (int Start, int End)? annotation = null;
        TSTypeAnnotation? typeAnnotation = null;
        if (_ts && Kind == TokenKind.Colon)
        {
            var annotationStart = _lexer.TokenEnd;
            typeAnnotation = ParseTypeAnnotation();
            annotation = (annotationStart, LastEnd);
        }
        Node? initializer = null;
        if (Eat(TokenKind.Equals))
        {
            var saved = EnterFunction(FunctionFlags.ClassFieldInit | FunctionFlags.SuperProperty | FunctionFlags.NewTarget);
            _strict = true;
            initializer = ParseMaybeAssign();
            ExitFunction(saved);
        }
        Semicolon();
        if (_buildTypes)
            return new PropertyDefinition(start, LastEnd, key, initializer, computed, isStatic) { Modifiers = modifiers, TypeAnnotation = typeAnnotation };
        if (ambient)
        {
            // `declare x: T;` and `abstract x: T;` declare no field.
            Erased(start);
            return null;
        }
        var field = new PropertyDefinition(start, LastEnd, key, initializer, computed, isStatic);
        if (annotation is { } fieldAnnotation)
            _facts!.Annotations[field] = fieldAnnotation;
        if (isAccessor)
        {
            if (computed)
                throw Raise(key.Start, "An auto-accessor with a computed name is not supported yet");
            _facts!.AccessorFields.Add(field);
        }
        return field;
    }

    /// <summary>
    /// Reads and erases a class member's TypeScript modifiers (accessibility, readonly, override,
    /// declare, abstract); declare and abstract mean the member has no code.
    /// </summary>
    private TSModifiers ParseClassMemberModifiers()
    {
        var modifiers = TSModifiers.None;
        while (Kind == TokenKind.Identifier && !_lexer.HasEscape
            && _lexer.Value is "public" or "private" or "protected" or "readonly" or "override" or "declare" or "abstract"
            && IsModifierBeforeName() && !PeekNewlineBefore())
        {
            modifiers |= ModifierFlag(_lexer.Value);
            var modifierStart = TokenStart;
            NextToken();
            EraseTs(modifierStart, TokenStart);
        }
        return modifiers;
    }

    // `[key: K]: T;` in a class: erased, or a TSIndexSignature in a TypeScriptTree parse.
    private Node? ParseClassIndexSignature(int start, TSModifiers modifiers)
    {
        var signature = ParseIndexSignature(start, modifiers);
        Semicolon();
        if (signature is null)
        {
            Erased(start);
            return null;
        }
        signature.End = LastEnd;
        return signature;
    }

    private bool PeekNewlineBefore()
    {
        PeekKind(out var newline, out _);
        return newline;
    }

    private static bool IsKeyNamed(Node key, bool computed, string name) =>
        !computed && (key is Identifier identifier && identifier.Name == name || key is Literal { Kind: LiteralKind.String } literal && literal.StringValue == name);

    private Node ParseStaticBlock(int start)
    {
        Expect(TokenKind.OpenBrace);
        var saved = EnterFunction(FunctionFlags.StaticBlock | FunctionFlags.ClassFieldInit | FunctionFlags.SuperProperty | FunctionFlags.NewTarget);
        _strict = true;
        var body = _lists.Rent();
        while (!Eat(TokenKind.CloseBrace))
        {
            if (Kind == TokenKind.EndOfFile)
                throw UnexpectedExpecting(TokenKind.CloseBrace);
            body.Add(ParseStatementListItem());
        }
        ExitFunction(saved);
        return new StaticBlock(start, LastEnd, _lists.ToArrayAndReturn(body));
    }
}
