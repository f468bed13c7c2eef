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

    // ---- types ----

    /// <summary>At <c>:</c>: skips the annotation and erases it.</summary>
    private void SkipTypeAnnotation()
    {
        var start = TokenStart;
        NextToken();
        SkipType();
        EraseTs(start, LastEnd);
    }

    /// <summary>At <c>:</c> before a return type (which may be a predicate): skips and erases it.</summary>
    private void SkipReturnTypeAnnotation()
    {
        var start = TokenStart;
        NextToken();
        SkipReturnType();
        EraseTs(start, LastEnd);
    }

    private void SkipReturnType()
    {
        if (IsContextual("asserts"))
        {
            var next = PeekKind(out var newline, out _);
            if (!newline && next is TokenKind.Identifier or TokenKind.This)
            {
                NextToken();
                NextToken();
                if (IsContextual("is") && !_lexer.NewlineBefore)
                {
                    NextToken();
                    SkipType();
                }
                return;
            }
        }
        if (Kind is TokenKind.Identifier or TokenKind.This)
        {
            var next = PeekKind(out var newline, out var value);
            if (!newline && next == TokenKind.Identifier && value == "is")
            {
                NextToken();
                NextToken();
                SkipType();
                return;
            }
        }
        SkipType();
    }

    private void SkipType(bool noConditional = false)
    {
        EnterNesting(TokenStart);
        var outerDisallow = _disallowConditional;
        _disallowConditional = noConditional;
        if (Kind == TokenKind.LessThan || (Kind == TokenKind.OpenParen && IsStartOfParenthesizedFunctionType()))
        {
            SkipFunctionType();
        }
        else if (Kind == TokenKind.New || (IsContextual("abstract") && PeekKind() == TokenKind.New))
        {
            if (Kind != TokenKind.New)
                NextToken();
            NextToken();
            SkipFunctionType();
        }
        else
        {
            SkipUnionType();
            if (!noConditional && Kind == TokenKind.Extends && !_lexer.NewlineBefore)
            {
                NextToken();
                SkipType(noConditional: true);
                Expect(TokenKind.Question);
                SkipType();
                Expect(TokenKind.Colon);
                SkipType();
            }
        }
        _disallowConditional = outerDisallow;
        ExitNesting();
    }

    private void SkipFunctionType()
    {
        if (Kind == TokenKind.LessThan)
            SkipTypeParameters();
        SkipParameterList();
        Expect(TokenKind.Arrow);
        SkipReturnType();
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

    private void SkipParameterList()
    {
        Expect(TokenKind.OpenParen);
        var first = true;
        while (NextListItem(ref first, TokenKind.CloseParen))
        {
            while (IsParameterModifier())
                NextToken();
            Eat(TokenKind.DotDotDot);
            if (Kind is TokenKind.OpenBracket or TokenKind.OpenBrace)
                SkipBalanced();
            else if (Kind is TokenKind.This or TokenKind.Identifier)
                NextToken();
            else
                throw Unexpected();
            Eat(TokenKind.Question);
            if (Kind == TokenKind.Colon)
            {
                NextToken();
                SkipType();
            }
            if (Eat(TokenKind.Equals))
                ParseMaybeAssign();
        }
    }

    private void SkipUnionType()
    {
        Eat(TokenKind.Bar);
        SkipIntersectionType();
        while (Eat(TokenKind.Bar))
            SkipIntersectionType();
    }

    private void SkipIntersectionType()
    {
        Eat(TokenKind.Ampersand);
        SkipTypeOperator();
        while (Eat(TokenKind.Ampersand))
            SkipTypeOperator();
    }

    private void SkipTypeOperator()
    {
        if (Kind == TokenKind.Identifier && !_lexer.HasEscape && _lexer.Value is "keyof" or "unique" or "readonly" or "infer")
        {
            var word = _lexer.Value;
            var next = PeekKind(out _, out var nextValue);
            var operand = next is TokenKind.Identifier or TokenKind.OpenParen or TokenKind.OpenBracket or TokenKind.OpenBrace
                or TokenKind.String or TokenKind.Number or TokenKind.Minus or TokenKind.Typeof or TokenKind.Import
                or TokenKind.This or TokenKind.Void or TokenKind.Null or TokenKind.True or TokenKind.False
                or TokenKind.NoSubstitutionTemplate or TokenKind.TemplateHead or TokenKind.LessThan or TokenKind.New;
            if (operand && !(word == "infer" && next != TokenKind.Identifier))
            {
                NextToken();
                if (word == "infer")
                {
                    ParseIdentifier(liberal: true);
                    if (Kind == TokenKind.Extends)
                    {
                        // `infer U extends C` unless that `extends` opens a conditional type.
                        var state = Speculate();
                        try
                        {
                            NextToken();
                            SkipType(noConditional: true);
                            if (Kind == TokenKind.Question && !_disallowConditional)
                                Rollback(state);
                        }
                        catch (SyntaxErrorException)
                        {
                            Rollback(state);
                        }
                    }
                    return;
                }
                _ = nextValue;
                SkipTypeOperator();
                return;
            }
        }
        SkipPrimaryType();
        while (Kind == TokenKind.OpenBracket && !_lexer.NewlineBefore)
        {
            NextToken();
            if (!Eat(TokenKind.CloseBracket))
            {
                SkipType();
                Expect(TokenKind.CloseBracket);
            }
        }
    }

    private void SkipPrimaryType()
    {
        switch (Kind)
        {
            case TokenKind.Identifier:
                SkipTypeReference();
                return;
            case TokenKind.Void:
            case TokenKind.Null:
            case TokenKind.True:
            case TokenKind.False:
            case TokenKind.String:
            case TokenKind.Number:
            case TokenKind.BigInt:
            case TokenKind.NoSubstitutionTemplate:
                NextToken();
                return;
            case TokenKind.This:
                NextToken();
                return;
            case TokenKind.Minus:
                NextToken();
                if (Kind is not (TokenKind.Number or TokenKind.BigInt))
                    throw Unexpected();
                NextToken();
                return;
            case TokenKind.TemplateHead:
                while (true)
                {
                    NextToken();
                    SkipType();
                    if (Kind != TokenKind.CloseBrace)
                        throw UnexpectedExpecting(TokenKind.CloseBrace);
                    _lexer.ReScanTemplateContinuation();
                    if (Kind == TokenKind.TemplateTail)
                    {
                        NextToken();
                        return;
                    }
                }
            case TokenKind.Typeof:
                NextToken();
                if (Kind == TokenKind.Import)
                {
                    SkipImportType();
                    return;
                }
                SkipEntityName();
                if (Kind == TokenKind.LessThan && !_lexer.NewlineBefore)
                    SkipTypeArguments();
                return;
            case TokenKind.Import:
                SkipImportType();
                return;
            case TokenKind.OpenBrace:
                if (IsStartOfMappedType())
                    SkipMappedType();
                else
                    SkipObjectType();
                return;
            case TokenKind.OpenBracket:
                SkipTupleType();
                return;
            case TokenKind.OpenParen:
                NextToken();
                SkipType();
                Expect(TokenKind.CloseParen);
                return;
            case TokenKind.Function:
            case TokenKind.Default:
            default:
                if (Lexer.IsKeyword(Kind) && Kind is not (TokenKind.Function or TokenKind.Default))
                {
                    // Reserved words name no type, but `A.default` style members do (handled in references).
                    throw Raise(TokenStart, "Type expected");
                }
                throw Raise(TokenStart, "Type expected");
        }
    }

    private void SkipTypeReference()
    {
        NextToken();
        while (Kind == TokenKind.Dot)
        {
            NextToken();
            ParseIdentifier(liberal: true);
        }
        if (Kind == TokenKind.LessThan && !_lexer.NewlineBefore)
            SkipTypeArguments();
    }

    private void SkipEntityName()
    {
        if (Kind == TokenKind.This)
            NextToken();
        else
            ParseIdentifier(liberal: true);
        while (Kind == TokenKind.Dot)
        {
            NextToken();
            if (Kind == TokenKind.PrivateName)
                NextToken();
            else
                ParseIdentifier(liberal: true);
        }
    }

    private void SkipImportType()
    {
        NextToken();
        Expect(TokenKind.OpenParen);
        if (Kind != TokenKind.String)
            throw Unexpected();
        NextToken();
        if (Eat(TokenKind.Comma) && Kind == TokenKind.OpenBrace)
        {
            SkipBalanced();
            Eat(TokenKind.Comma);
        }
        Expect(TokenKind.CloseParen);
        while (Eat(TokenKind.Dot))
            ParseIdentifier(liberal: true);
        if (Kind == TokenKind.LessThan && !_lexer.NewlineBefore)
            SkipTypeArguments();
    }

    private void SkipTupleType()
    {
        NextToken();
        var first = true;
        while (NextListItem(ref first, TokenKind.CloseBracket))
        {
            Eat(TokenKind.DotDotDot);
            if (Kind == TokenKind.Identifier || Lexer.IsKeyword(Kind))
            {
                var next = PeekKind();
                var named = next == TokenKind.Colon;
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
                    NextToken();
                    Eat(TokenKind.Question);
                    Expect(TokenKind.Colon);
                    Eat(TokenKind.DotDotDot);
                    SkipType();
                    continue;
                }
            }
            SkipType();
            Eat(TokenKind.Question);
        }
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

    private void SkipMappedType()
    {
        Expect(TokenKind.OpenBrace);
        if (Kind is TokenKind.Plus or TokenKind.Minus)
            NextToken();
        EatContextual("readonly");
        Expect(TokenKind.OpenBracket);
        ParseIdentifier(liberal: true);
        Expect(TokenKind.In);
        SkipType();
        if (EatContextual("as"))
            SkipType();
        Expect(TokenKind.CloseBracket);
        if (Kind is TokenKind.Plus or TokenKind.Minus)
        {
            NextToken();
            Expect(TokenKind.Question);
        }
        else
        {
            Eat(TokenKind.Question);
        }
        if (Eat(TokenKind.Colon))
            SkipType();
        if (!Eat(TokenKind.Semicolon))
            Eat(TokenKind.Comma);
        Expect(TokenKind.CloseBrace);
    }

    private void SkipObjectType()
    {
        Expect(TokenKind.OpenBrace);
        while (!Eat(TokenKind.CloseBrace))
        {
            SkipTypeMember();
            if (!Eat(TokenKind.Semicolon) && !Eat(TokenKind.Comma) && Kind != TokenKind.CloseBrace && !_lexer.NewlineBefore)
                throw Unexpected();
        }
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

    private void SkipTypeMember()
    {
        if (Kind is TokenKind.OpenParen or TokenKind.LessThan)
        {
            SkipSignature();
            return;
        }
        if (Kind == TokenKind.New && PeekKind() is TokenKind.OpenParen or TokenKind.LessThan)
        {
            NextToken();
            SkipSignature();
            return;
        }
        while (Kind == TokenKind.Identifier && _lexer.Value is "readonly" or "public" or "private" or "protected" or "static" or "declare" or "abstract" or "override"
            && IsModifierBeforeName())
            NextToken();
        if ((IsContextual("get") || IsContextual("set")) && IsModifierBeforeName())
            NextToken();
        if (Kind == TokenKind.OpenBracket && IsIndexSignature())
        {
            SkipIndexSignature();
            return;
        }
        SkipPropertyName();
        Eat(TokenKind.Question);
        if (Kind is TokenKind.OpenParen or TokenKind.LessThan)
        {
            SkipSignature();
            return;
        }
        if (Kind == TokenKind.Colon)
        {
            NextToken();
            SkipType();
        }
    }

    private void SkipPropertyName()
    {
        if (Kind == TokenKind.OpenBracket)
        {
            SkipBalanced();
            return;
        }
        if (!IsPropertyNameStart())
            throw Unexpected();
        NextToken();
    }

    private void SkipSignature()
    {
        if (Kind == TokenKind.LessThan)
            SkipTypeParameters();
        SkipParameterList();
        if (Kind == TokenKind.Colon)
        {
            NextToken();
            SkipReturnType();
        }
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

    private void SkipIndexSignature()
    {
        SkipParameterListOf(TokenKind.CloseBracket);
        if (Kind == TokenKind.Colon)
        {
            NextToken();
            SkipType();
        }
    }

    private void SkipParameterListOf(TokenKind close)
    {
        NextToken();
        var first = true;
        while (NextListItem(ref first, close))
        {
            ParseIdentifier(liberal: true);
            Eat(TokenKind.Question);
            if (Eat(TokenKind.Colon))
                SkipType();
        }
    }

    /// <summary>Skips <c>&lt;T extends U = V, …&gt;</c>.</summary>
    private void SkipTypeParameters()
    {
        Expect(TokenKind.LessThan);
        do
        {
            if (Kind == TokenKind.GreaterThan)
                break;
            // Modifiers: const (TS 5.0), in / out (variance).
            while ((Kind == TokenKind.Const || Kind == TokenKind.In || IsContextual("out")) && PeekKind() == TokenKind.Identifier)
                NextToken();
            ParseIdentifier(liberal: false);
            if (Eat(TokenKind.Extends))
                SkipType();
            if (Eat(TokenKind.Equals))
                SkipType();
        }
        while (Eat(TokenKind.Comma));
        ExpectTypeClose();
    }

    /// <summary>Skips <c>&lt;A, B&gt;</c>.</summary>
    private void SkipTypeArguments(bool inExpression = false)
    {
        Expect(TokenKind.LessThan);
        if (Kind == TokenKind.GreaterThan)
            throw Raise(TokenStart, "Type argument list cannot be empty");
        do
        {
            SkipType();
        }
        while (Eat(TokenKind.Comma) && Kind != TokenKind.GreaterThan);
        if (inExpression && Kind != TokenKind.GreaterThan)
            throw UnexpectedExpecting(TokenKind.GreaterThan);
        ExpectTypeClose();
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

    // ---- expressions ----

    /// <summary>
    /// At <c>&lt;</c> after an expression: type arguments of a call, a tagged template or an
    /// instantiation expression, when TypeScript would read them so; erased. False (nothing
    /// consumed) for a comparison.
    /// </summary>
    private bool TryTypeArgumentsInExpression()
    {
        var state = Speculate();
        var start = TokenStart;
        try
        {
            // In an expression the list must close with a plain `>` (TypeScript does not split `>=` or `>>` there).
            SkipTypeArguments(inExpression: true);
        }
        catch (SyntaxErrorException)
        {
            Rollback(state);
            return false;
        }
        if (!CanFollowTypeArgumentsInExpression())
        {
            Rollback(state);
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
            SkipTypeParameters();
            if (Kind != TokenKind.OpenParen)
            {
                Rollback(state);
                return null;
            }
            SkipBalanced();
            if (Kind == TokenKind.Colon)
            {
                NextToken();
                SkipReturnType();
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
        SkipTypeParameters();
        EraseTs(typeStart, LastEnd);
        var arrow = ParseParenAndDistinguishExpression(canBeArrow: true, forAwait, isAsync);
        arrow.Start = start;
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
        if (Kind == TokenKind.Const)
            NextToken();
        else
            SkipType();
        ExpectTypeClose();
        var typeEnd = LastEnd;
        var operand = ParseMaybeUnary(null, sawUnary: true, incDec: false, noIn);
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

    /// <summary>After an expression: <c>as T</c>, <c>as const</c> or <c>satisfies T</c>, erased; false when none follows.</summary>
    private bool SkipAsOrSatisfies()
    {
        if (Kind != TokenKind.Identifier || _lexer.NewlineBefore || _lexer.HasEscape || _lexer.Value is not ("as" or "satisfies"))
            return false;
        var start = LastEnd;
        NextToken();
        if (Kind == TokenKind.Const)
            NextToken();
        else
            SkipType();
        EraseTs(start, LastEnd);
        return true;
    }

    /// <summary>
    /// An item of a parenthesized list that may be arrow parameters: <c>a?: T</c>, <c>a: T = 1</c>,
    /// <c>{ a }: T</c>. Sets <paramref name="typed"/> when it had an annotation (so it must be a parameter).
    /// </summary>
    private Node ParseParenItemTs(CoverErrors? errors, ref bool typed)
    {
        Node item;
        if (Kind == TokenKind.Identifier && PeekKind() == TokenKind.Question && IsOptionalParameterMark())
        {
            item = ParseIdentifier(liberal: false);
            EraseTs(TokenStart, _lexer.TokenEnd);
            NextToken();
            typed = true;
        }
        else
        {
            item = ParseMaybeAssign(noIn: false, errors);
        }
        if (Kind == TokenKind.Colon)
        {
            SkipTypeAnnotation();
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

    /// <summary>After the <c>)</c> of a possible arrow's parameters: a return type, kept (and erased) only when <c>=&gt;</c> follows.</summary>
    private bool TrySkipArrowReturnType()
    {
        if (Kind != TokenKind.Colon)
            return false;
        var state = Speculate();
        try
        {
            var start = TokenStart;
            NextToken();
            SkipReturnType();
            if (Kind == TokenKind.Arrow && !_lexer.NewlineBefore)
            {
                EraseTs(start, LastEnd);
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

    /// <summary>A function parameter with TypeScript's parts: modifiers, <c>?</c>, the annotation.</summary>
    private Node ParseParameterTs()
    {
        var start = TokenStart;
        var isProperty = false;
        while (IsParameterModifier())
        {
            // The modifier and the space after it go: `(private x)` becomes `(x)`.
            var modifierStart = TokenStart;
            NextToken();
            EraseTs(modifierStart, TokenStart);
            isProperty = true;
        }
        var left = ParseBindingAtom();
        if (Kind == TokenKind.Question)
        {
            EraseTs(TokenStart, _lexer.TokenEnd);
            NextToken();
        }
        if (Kind == TokenKind.Colon)
        {
            var annotationStart = _lexer.TokenEnd;
            SkipTypeAnnotation();
            _facts!.Annotations[left] = (annotationStart, LastEnd);
        }
        var parameter = ParseMaybeDefault(start, left);
        if (isProperty)
        {
            var name = left as Identifier ?? throw Raise(left.Start, "A parameter property may not be declared using a binding pattern.");
            _pendingParameterProperties.Add(name);
        }
        return parameter;
    }

    private readonly List<Identifier> _pendingParameterProperties = [];

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
            var next = PeekKind(out _, out var value);
            if (next == TokenKind.Enum)
            {
                NextToken();
                return ParseEnum(start, isConst: true);
            }
            _ = value;
            return null;
        }
        if (Kind != TokenKind.Identifier || _lexer.HasEscape)
            return null;
        switch (_lexer.Value)
        {
            case "interface":
                if (!NextIsIdentifierOnSameLine())
                    return null;
                NextToken();
                SkipInterfaceRest();
                return Erased(start);
            case "type":
                if (!NextIsIdentifierOnSameLine())
                    return null;
                NextToken();
                SkipTypeAliasRest();
                return Erased(start);
            case "namespace":
                if (!NextIsIdentifierOnSameLine())
                    return null;
                return ParseNamespace(start);
            case "module":
                {
                    var next = PeekKind(out var newline, out _);
                    if (newline)
                        return null;
                    if (next == TokenKind.String)
                    {
                        NextToken();
                        NextToken();
                        if (Kind == TokenKind.OpenBrace) SkipBalanced();
                        else Semicolon();
                        return Erased(start);
                    }
                    if (next != TokenKind.Identifier)
                        return null;
                    return ParseNamespace(start);
                }
            case "declare":
                {
                    var next = PeekKind(out var newline, out var value);
                    if (newline || !(next is TokenKind.Var or TokenKind.Const or TokenKind.Function or TokenKind.Class or TokenKind.Enum
                        || (next == TokenKind.Identifier && value is "let" or "interface" or "type" or "namespace" or "module" or "global" or "abstract" or "async" or "using")))
                        return null;
                    NextToken();
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
                    return ParseClass(start, isStatement: true, requireName: true);
                }
            case "global":
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

    private void SkipInterfaceRest()
    {
        _facts!.TypeNames.Add(ParseIdentifier(liberal: false).Name);
        if (Kind == TokenKind.LessThan)
            SkipTypeParameters();
        if (Eat(TokenKind.Extends))
        {
            do SkipTypeReferenceOrExpression();
            while (Eat(TokenKind.Comma));
        }
        SkipObjectType();
    }

    private void SkipTypeReferenceOrExpression()
    {
        SkipEntityName();
        if (Kind == TokenKind.LessThan)
            SkipTypeArguments();
    }

    private void SkipTypeAliasRest()
    {
        var name = ParseIdentifier(liberal: false);
        _facts!.TypeNames.Add(name.Name);
        if (Kind == TokenKind.LessThan)
            SkipTypeParameters();
        Expect(TokenKind.Equals);
        if (IsContextual("intrinsic") && PeekKind() is TokenKind.Semicolon or TokenKind.CloseBrace or TokenKind.EndOfFile)
            NextToken();
        else
            SkipType();
        Semicolon();
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
                SkipSignature();
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
                SkipInterfaceRest();
                return;
            case "type":
                NextToken();
                SkipTypeAliasRest();
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
            {
                NextToken();
                SkipType();
            }
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
            SkipTypeParameters();
        while (Kind != TokenKind.OpenBrace)
        {
            if (Kind == TokenKind.EndOfFile)
                throw UnexpectedExpecting(TokenKind.OpenBrace);
            if (Kind == TokenKind.LessThan)
                SkipTypeArguments();
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
        return new TSEnumDeclaration(start, LastEnd, id, _lists.ToArrayAndReturn<TSEnumMember>(members), isConst);
    }

    /// <summary>At <c>namespace</c> or <c>module</c> (or, for <c>A.B</c>, at B): the namespace and its body.</summary>
    private TSModuleDeclaration ParseNamespace(int start, bool atName = false)
    {
        if (!atName)
            NextToken();
        var id = ParseBindingIdentifier();
        if (Kind == TokenKind.Dot)
        {
            NextToken();
            var innerStart = TokenStart;
            var inner = ParseNamespace(innerStart, atName: true);
            var outer = new TSModuleDeclaration(start, LastEnd, id, [inner], [true]) { IsInstantiated = inner.IsInstantiated };
            if (!outer.IsInstantiated)
                _facts!.TypeNames.Add(id.Name);
            return outer;
        }
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
            if (Kind == TokenKind.Export)
            {
                NextToken();
                EraseTs(statementStart, TokenStart);
                if (Kind == TokenKind.Import)
                {
                    body.Add(ParseImportEquals(statementStart, isExport: false));
                }
                else
                {
                    if (Kind is TokenKind.Default or TokenKind.OpenBrace or TokenKind.Asterisk or TokenKind.Equals)
                        throw Raise(TokenStart, "Only declarations can be exported from a namespace");
                    body.Add(ParseStatementListItem());
                }
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
        var statements = _lists.ToArrayAndReturn(body);
        var declaration = new TSModuleDeclaration(start, LastEnd, id, statements, [.. exported]);
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
        if (typeOnly)
            return Erased(start);
        return new TSImportEqualsDeclaration(start, LastEnd, id, reference, isExport);
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
                    expression = new MemberExpression(expressionStart, LastEnd, expression, ParseIdentifier(liberal: true), computed: false, optional: false);
                if (Kind == TokenKind.LessThan)
                    TryTypeArgumentsInExpression();
                if (Eat(TokenKind.OpenParen))
                {
                    var arguments = ParseExpressionList(TokenKind.CloseParen, allowTrailingComma: true, allowEmpty: false, null);
                    expression = new CallExpression(expressionStart, LastEnd, expression, _lists.ToArrayAndReturn(arguments), optional: false);
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
            var exported = ParseExport(start);
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
