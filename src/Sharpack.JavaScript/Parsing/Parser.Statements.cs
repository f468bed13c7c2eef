// Statements and declarations.

using System.Runtime.CompilerServices;
using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Lexing;

namespace Sharpack.JavaScript.Parsing;

internal sealed partial class Parser
{
    private Node ParseStatementListItem(bool topLevel = false) => ParseStatement(StatementContext.ListItem, topLevel);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Node ParseStatement(StatementContext context, bool topLevel = false)
    {
        EnterNesting(TokenStart);
        var node = ParseStatementCore(context, topLevel);
        ExitNesting();
        return node;
    }

    private Node ParseStatementCore(StatementContext context, bool topLevel)
    {
        var start = TokenStart;
        if (_ts && Kind is TokenKind.Identifier or TokenKind.Const or TokenKind.Enum && TryParseTypeScriptStatement(start) is { } typeScript)
            return typeScript;
        switch (Kind)
        {
            case TokenKind.At when _ts:
                return ParseDecoratedStatement(start, topLevel);
            case TokenKind.Break:
            case TokenKind.Continue:
                return ParseBreakContinue(start);
            case TokenKind.Debugger:
                NextToken();
                Semicolon();
                return Finish(new DebuggerStatement(start, 0));
            case TokenKind.Do:
                return ParseDoWhile(start);
            case TokenKind.For:
                return ParseFor(start);
            case TokenKind.Function:
                if (context != StatementContext.ListItem && (_strict || (context != StatementContext.If && context != StatementContext.Label)))
                    throw Raise(start, "In strict mode code or a single-statement context, functions can only be declared at top level or inside a block");
                NextToken();
                return ParseFunctionDeclarationRest(start, isAsync: false, hanging: context != StatementContext.ListItem, requireName: true);
            case TokenKind.Class:
                if (context != StatementContext.ListItem)
                    throw Unexpected();
                return ParseClass(start, isStatement: true, requireName: true);
            case TokenKind.If:
                return ParseIf(start);
            case TokenKind.Return:
                return ParseReturn(start);
            case TokenKind.Switch:
                return ParseSwitch(start);
            case TokenKind.Throw:
                return ParseThrow(start);
            case TokenKind.Try:
                return ParseTry(start);
            case TokenKind.Const:
            case TokenKind.Var:
                {
                    if (context != StatementContext.ListItem && Kind != TokenKind.Var)
                        throw Raise(start, "Lexical declaration cannot appear in a single-statement context");
                    var kind = Kind == TokenKind.Var ? VariableKind.Var : VariableKind.Const;
                    NextToken();
                    var declaration = ParseVariableDeclarations(start, kind, isFor: false);
                    Semicolon();
                    declaration.End = LastEnd;
                    return declaration;
                }
            case TokenKind.While:
                return ParseWhile(start);
            case TokenKind.With:
                return ParseWith(start);
            case TokenKind.OpenBrace:
                return ParseBlock();
            case TokenKind.Semicolon:
                NextToken();
                return Finish(new EmptyStatement(start, 0));
            case TokenKind.Import:
                {
                    var next = _lexer.PeekCharAfterTrivia(out _);
                    if (next is '(' or '.')
                        break;
                    if (_ts && IsImportEquals())
                        return ParseImportEquals(start, isExport: false);
                    CheckModuleItemPosition(start, topLevel);
                    return ParseImport(start);
                }
            case TokenKind.Export:
                CheckModuleItemPosition(start, topLevel);
                return ParseExport(start);
            case TokenKind.Identifier:
                if (IsLetDeclaration(context))
                {
                    if (context != StatementContext.ListItem)
                        throw Raise(start, "Lexical declaration cannot appear in a single-statement context");
                    NextToken();
                    var declaration = ParseVariableDeclarations(start, VariableKind.Let, isFor: false);
                    Semicolon();
                    declaration.End = LastEnd;
                    return declaration;
                }
                if (IsAsyncFunction())
                {
                    if (context != StatementContext.ListItem)
                        throw Raise(start, "Async functions can only be declared at the top level or inside a block");
                    NextToken();
                    NextToken();
                    return ParseFunctionDeclarationRest(start, isAsync: true, hanging: false, requireName: true);
                }
                var usingKind = UsingDeclarationKind();
                if (usingKind != 0)
                {
                    if (context != StatementContext.ListItem || (!_isModule && _blockDepth == 0 && (_flags & FunctionFlags.TopLevel) != 0))
                        throw Raise(start, "Using declaration cannot appear in the top level when source type is `script` or in the bare case statement");
                    return ParseUsingDeclaration(start, usingKind, isFor: false);
                }
                break;
        }

        // An expression statement, or a labeled statement.
        var startKind = Kind;
        var expression = ParseExpression();
        if (startKind == TokenKind.Identifier && expression is Identifier label && !expression.IsParenthesized && Eat(TokenKind.Colon))
            return ParseLabeledStatement(start, label, context);
        Semicolon();
        return new ExpressionStatement(start, LastEnd, expression, null);
    }

    private int _blockDepth;

    private void CheckModuleItemPosition(int start, bool topLevel)
    {
        if (!_isModule)
            throw Raise(start, Diagnostics.SyntaxError.ModuleSyntaxMessage);
        if (!topLevel)
            throw Raise(start, "'import' and 'export' may only appear at the top level");
    }

    /// <summary>Parses a directive prologue into <paramref name="body"/>; returns true if it holds "use strict".</summary>
    private bool ParseDirectives(List<Node?> body, bool allowStrict)
    {
        var strict = false;
        var firstOctal = -1;
        while (Kind == TokenKind.String)
        {
            var start = TokenStart;
            var octal = _lexer.LegacyOctalPosition;
            var rawStart = TokenStart + 1;
            var rawEnd = _lexer.TokenEnd - 1;
            var statement = ParseStatement(StatementContext.ListItem);
            body.Add(statement);
            if (statement is not ExpressionStatement { Expression: Literal { Kind: LiteralKind.String } literal } expressionStatement
                || literal.IsParenthesized || literal.Start != start || literal.End != rawEnd + 1)
                break;
            var raw = _source.Substring(rawStart, rawEnd - rawStart);
            expressionStatement.Directive = raw;
            if (octal >= 0 && firstOctal < 0)
                firstOctal = octal;
            if (raw == "use strict")
            {
                if (!allowStrict)
                    throw Raise(start, "Illegal 'use strict' directive in function with non-simple parameter list");
                strict = true;
                if (firstOctal >= 0)
                    throw Raise(firstOctal, "Octal literal in strict mode");
                _strict = true;
            }
        }
        return strict;
    }

    private Node ParseBreakContinue(int start)
    {
        var isBreak = Kind == TokenKind.Break;
        NextToken();
        Identifier? label = null;
        if (!Eat(TokenKind.Semicolon) && !CanInsertSemicolon())
        {
            if (Kind != TokenKind.Identifier)
                throw Unexpected();
            label = ParseIdentifier(liberal: false);
            Semicolon();
        }
        var found = false;
        for (var i = _labels.Count - 1; i >= _labelBase; i--)
        {
            var entry = _labels[i];
            if (label is null)
            {
                if (entry.Kind == LabelKind.Loop || (isBreak && entry.Kind == LabelKind.Switch))
                {
                    found = true;
                    break;
                }
            }
            else if (entry.Name == label.Name)
            {
                if (!isBreak && entry.Kind != LabelKind.Loop)
                    throw Raise(start, $"Illegal continue statement: '{label.Name}' does not denote an iteration statement");
                found = true;
                break;
            }
        }
        if (!found)
        {
            if (label is not null)
                throw Raise(label.Start, $"Undefined label '{label.Name}'");
            throw Raise(start, isBreak ? "Illegal break statement" : "Illegal continue statement: no surrounding iteration statement");
        }
        return isBreak ? new BreakStatement(start, LastEnd, label) : new ContinueStatement(start, LastEnd, label);
    }

    private Node ParseDoWhile(int start)
    {
        NextToken();
        _labels.Add(new Label(null, LabelKind.Loop, start));
        var body = ParseStatement(StatementContext.Body);
        _labels.RemoveAt(_labels.Count - 1);
        Expect(TokenKind.While);
        var test = ParseParenthesizedExpression();
        Eat(TokenKind.Semicolon);
        return new DoWhileStatement(start, LastEnd, body, test);
    }

    private Node ParseWhile(int start)
    {
        NextToken();
        var test = ParseParenthesizedExpression();
        _labels.Add(new Label(null, LabelKind.Loop, start));
        var body = ParseStatement(StatementContext.Body);
        _labels.RemoveAt(_labels.Count - 1);
        return new WhileStatement(start, LastEnd, test, body);
    }

    private Node ParseWith(int start)
    {
        if (_strict)
            throw Raise(start, "'with' in strict mode");
        NextToken();
        var obj = ParseParenthesizedExpression();
        var body = ParseStatement(StatementContext.Body);
        return new WithStatement(start, LastEnd, obj, body);
    }

    private Node ParseIf(int start)
    {
        NextToken();
        var test = ParseParenthesizedExpression();
        var consequent = ParseStatement(StatementContext.If);
        var alternate = Eat(TokenKind.Else) ? ParseStatement(StatementContext.If) : null;
        return new IfStatement(start, LastEnd, test, consequent, alternate);
    }

    private Node ParseReturn(int start)
    {
        if ((_flags & FunctionFlags.Function) == 0 && !(_options.AllowReturnOutsideFunction && (_flags & FunctionFlags.TopLevel) != 0))
            throw Raise(start, "'return' outside of function");
        NextToken();
        Node? argument = null;
        if (!Eat(TokenKind.Semicolon) && !CanInsertSemicolon())
        {
            argument = ParseExpression();
            Semicolon();
        }
        return new ReturnStatement(start, LastEnd, argument);
    }

    private Node ParseThrow(int start)
    {
        NextToken();
        if (_lexer.NewlineBefore)
            throw Raise(LastEnd, "Illegal newline after throw");
        var argument = ParseExpression();
        Semicolon();
        return new ThrowStatement(start, LastEnd, argument);
    }

    private Node ParseSwitch(int start)
    {
        NextToken();
        var discriminant = ParseParenthesizedExpression();
        Expect(TokenKind.OpenBrace);
        _labels.Add(new Label(null, LabelKind.Switch, start));
        _blockDepth++;
        var cases = _lists.Rent();
        var sawDefault = false;
        while (Kind != TokenKind.CloseBrace)
        {
            var caseStart = TokenStart;
            Node? test = null;
            if (Eat(TokenKind.Case))
            {
                test = ParseExpression();
            }
            else if (Kind == TokenKind.Default)
            {
                if (sawDefault)
                    throw Raise(caseStart, "Multiple default clauses");
                sawDefault = true;
                NextToken();
            }
            else
            {
                throw Unexpected();
            }
            Expect(TokenKind.Colon);
            var consequent = _lists.Rent();
            while (Kind is not (TokenKind.Case or TokenKind.Default or TokenKind.CloseBrace))
                consequent.Add(ParseStatementListItem());
            cases.Add(new SwitchCase(caseStart, LastEnd, test, _lists.ToArrayAndReturn(consequent)));
        }
        NextToken();
        _blockDepth--;
        _labels.RemoveAt(_labels.Count - 1);
        return new SwitchStatement(start, LastEnd, discriminant, _lists.ToArrayAndReturn<SwitchCase>(cases));
    }

    private Node ParseTry(int start)
    {
        NextToken();
        var block = ParseBlock();
        CatchClause? handler = null;
        if (Kind == TokenKind.Catch)
        {
            var catchStart = TokenStart;
            NextToken();
            Node? param = null;
            if (Eat(TokenKind.OpenParen))
            {
                param = ParseBindingAtom();
                if (_ts && Kind == TokenKind.Colon)
                {
                    var annotation = ParseTypeAnnotation();
                    if (_buildTypes)
                        SetBindingTypes(param, annotation, optional: false);
                }
                CheckBindingPattern(param, BindingKind.CatchParameter);
                Expect(TokenKind.CloseParen);
            }
            var body = ParseBlock();
            handler = new CatchClause(catchStart, LastEnd, param, body);
        }
        BlockStatement? finalizer = Eat(TokenKind.Finally) ? ParseBlock() : null;
        if (handler is null && finalizer is null)
            throw Raise(LastEnd, "Missing catch or finally clause");
        return new TryStatement(start, LastEnd, block, handler, finalizer);
    }

    private BlockStatement ParseBlock()
    {
        var start = TokenStart;
        Expect(TokenKind.OpenBrace);
        _blockDepth++;
        var body = _lists.Rent();
        while (Kind != TokenKind.CloseBrace)
        {
            if (Kind == TokenKind.EndOfFile)
                throw UnexpectedExpecting(TokenKind.CloseBrace);
            body.Add(ParseStatementListItem());
        }
        NextToken();
        _blockDepth--;
        return new BlockStatement(start, LastEnd, _lists.ToArrayAndReturn(body));
    }

    private Node ParseLabeledStatement(int start, Identifier label, StatementContext context)
    {
        for (var i = _labelBase; i < _labels.Count; i++)
        {
            if (_labels[i].Name == label.Name)
                throw Raise(label.Start, $"Label '{label.Name}' is already declared");
        }
        var kind = Kind is TokenKind.For or TokenKind.While or TokenKind.Do ? LabelKind.Loop
            : Kind == TokenKind.Switch ? LabelKind.Switch : LabelKind.Statement;
        // Labels on the same statement (`a: b: while…`) all become loop labels.
        for (var i = _labels.Count - 1; i >= _labelBase; i--)
        {
            var entry = _labels[i];
            if (entry.StatementStart != start)
                break;
            entry.StatementStart = TokenStart;
            entry.Kind = kind;
            _labels[i] = entry;
        }
        _labels.Add(new Label(label.Name, kind, TokenStart));
        // Annex B allows a function declaration after a label only when the labeled statement is itself a list item.
        var body = ParseStatement(context == StatementContext.ListItem || context == StatementContext.Label ? StatementContext.Label : StatementContext.Body);
        _labels.RemoveAt(_labels.Count - 1);
        return new LabeledStatement(start, LastEnd, label, body);
    }

    /// <summary>At an identifier `let`: whether it starts a lexical declaration.</summary>
    private bool IsLetDeclaration(StatementContext context)
    {
        if (!IsContextual("let"))
            return false;
        var next = _lexer.PeekCharAfterTrivia(out _);
        if (next is '[' or '\\')
            return true;
        if (context != StatementContext.ListItem)
            return false;
        if (next == '{' || (next >= 0xD800 && next < 0xDC00))
            return true;
        if (next >= 0 && (CharClass.IsAsciiIdStart((char)next) || (next > 127 && CharClass.IsIdStart(next))))
        {
            var saved = _lexer.Save();
            NextToken();
            var isDeclaration = !(Kind is TokenKind.In or TokenKind.Instanceof) && (Kind == TokenKind.Identifier || Lexer.IsKeyword(Kind));
            _lexer.Restore(saved);
            return isDeclaration;
        }
        return false;
    }

    /// <summary>At an identifier `async`: whether `function` follows on the same line.</summary>
    private bool IsAsyncFunction()
    {
        if (!IsContextual("async"))
            return false;
        var saved = _lexer.Save();
        NextToken();
        var result = Kind == TokenKind.Function && !_lexer.NewlineBefore;
        _lexer.Restore(saved);
        return result;
    }

    /// <summary>At `using x` or `await using x`: the declaration kind, else 0 (not a declaration).</summary>
    private VariableKind UsingDeclarationKind()
    {
        if (IsContextual("using"))
        {
            var saved = _lexer.Save();
            NextToken();
            var result = Kind == TokenKind.Identifier && !_lexer.NewlineBefore && !(IsContextual("in") || (IsContextual("of") && !IsUsingOfDeclaration()));
            _lexer.Restore(saved);
            return result ? VariableKind.Using : 0;
        }
        if (IsContextual("await") && (_flags & FunctionFlags.Async) != 0)
        {
            var saved = _lexer.Save();
            NextToken();
            var result = IsContextual("using") && !_lexer.NewlineBefore;
            if (result)
            {
                NextToken();
                result = Kind == TokenKind.Identifier && !_lexer.NewlineBefore;
            }
            _lexer.Restore(saved);
            return result ? VariableKind.AwaitUsing : 0;
        }
        return 0;
    }

    private bool IsUsingOfDeclaration()
    {
        // `using of = x` declares `of`; `using of x` (in a for head) is a for-of over `using`.
        var next = _lexer.PeekCharAfterTrivia(out _);
        return next is '=' or ';' or ',';
    }

    private VariableDeclaration ParseUsingDeclaration(int start, VariableKind kind, bool isFor)
    {
        NextToken();
        if (kind == VariableKind.AwaitUsing)
            NextToken();
        var declaration = ParseVariableDeclarations(start, kind, isFor);
        if (!isFor)
        {
            Semicolon();
            declaration.End = LastEnd;
        }
        return declaration;
    }

    private VariableDeclaration ParseVariableDeclarations(int start, VariableKind kind, bool isFor)
    {
        var declarators = _lists.Rent();
        var bindingKind = kind == VariableKind.Var ? BindingKind.Var : BindingKind.Lexical;
        while (true)
        {
            var declaratorStart = TokenStart;
            Node id;
            if (kind is VariableKind.Using or VariableKind.AwaitUsing)
            {
                if (Kind != TokenKind.Identifier)
                    throw Raise(TokenStart, "Using declarations may only declare identifiers");
                id = ParseBindingIdentifier();
            }
            else
            {
                id = ParseBindingAtom();
            }
            var definite = false;
            if (_ts)
            {
                if (Kind == TokenKind.Exclamation && id is Identifier)
                {
                    EraseTs(TokenStart, _lexer.TokenEnd);
                    NextToken();
                    definite = true;
                }
                if (Kind == TokenKind.Colon)
                {
                    var annotation = ParseTypeAnnotation();
                    if (_buildTypes)
                        SetBindingTypes(id, annotation, optional: false);
                }
            }
            CheckBindingPattern(id, bindingKind);
            Node? init = null;
            if (Eat(TokenKind.Equals))
            {
                init = ParseMaybeAssign(noIn: isFor);
            }
            else if (!isFor || !(Kind == TokenKind.In || IsContextual("of")))
            {
                if (kind is VariableKind.Const or VariableKind.Using or VariableKind.AwaitUsing && !_declarationFile && !_ambient)
                    throw Raise(LastEnd, $"Missing initializer in {(kind == VariableKind.Const ? "const" : "using")} declaration");
                if (id is not Identifier)
                    throw Raise(LastEnd, "Complex binding patterns require an initialization value");
            }
            declarators.Add(new VariableDeclarator(declaratorStart, LastEnd, id, init) { Definite = definite });
            if (!Eat(TokenKind.Comma))
                break;
        }
        return new VariableDeclaration(start, LastEnd, _lists.ToArrayAndReturn<VariableDeclarator>(declarators), kind);
    }

    private Node ParseFor(int start)
    {
        NextToken();
        var awaitAt = -1;
        if (IsContextual("await") && (_flags & FunctionFlags.Async) != 0)
        {
            awaitAt = TokenStart;
            NextToken();
        }
        _labels.Add(new Label(null, LabelKind.Loop, start));
        _blockDepth++;
        Expect(TokenKind.OpenParen);
        Node result;
        if (Kind == TokenKind.Semicolon)
        {
            if (awaitAt >= 0) throw Unexpected(awaitAt);
            result = ParseForRest(start, null);
        }
        else
        {
            var isLet = IsLetDeclaration(StatementContext.ListItem);
            var usingKind = isLet ? 0 : UsingDeclarationKind();
            if (Kind is TokenKind.Var or TokenKind.Const || isLet || usingKind != 0)
            {
                var declarationStart = TokenStart;
                VariableDeclaration declaration;
                if (usingKind != 0)
                {
                    declaration = ParseUsingDeclaration(declarationStart, usingKind, isFor: true);
                }
                else
                {
                    var kind = isLet ? VariableKind.Let : Kind == TokenKind.Var ? VariableKind.Var : VariableKind.Const;
                    NextToken();
                    declaration = ParseVariableDeclarations(declarationStart, kind, isFor: true);
                }
                if ((Kind == TokenKind.In || IsContextual("of")) && declaration.Declarations.Length == 1)
                {
                    if (awaitAt >= 0 && Kind == TokenKind.In) throw Unexpected(awaitAt);
                    if (usingKind != 0 && Kind == TokenKind.In)
                        throw Raise(declaration.Start, "Using declarations cannot be used in a for-in loop");
                    result = ParseForInOf(start, declaration, awaitAt >= 0);
                }
                else
                {
                    if (awaitAt >= 0) throw Unexpected(awaitAt);
                    result = ParseForRest(start, declaration);
                }
            }
            else
            {
                var startsWithLet = IsContextual("let");
                var containsEscape = _lexer.HasEscape;
                var initStart = TokenStart;
                var errors = new CoverErrors();
                var init = awaitAt >= 0 ? ParseExprSubscripts(errors, forAwait: true) : ParseExpression(noIn: true, errors);
                var isForOf = IsContextual("of");
                if (Kind == TokenKind.In || isForOf)
                {
                    if (awaitAt >= 0 && Kind == TokenKind.In) throw Unexpected(awaitAt);
                    if (awaitAt < 0 && isForOf && init.Start == initStart && !containsEscape && init is Identifier { Name: "async" } && !init.IsParenthesized)
                        throw Raise(init.Start, "The left-hand side of a for-of loop may not be 'async'");
                    if (startsWithLet && isForOf)
                        throw Raise(init.Start, "The left-hand side of a for-of loop may not start with 'let'");
                    init = ToAssignable(init, isBinding: false, errors);
                    CheckAssignmentPattern(init);
                    result = ParseForInOf(start, init, awaitAt >= 0);
                }
                else
                {
                    CheckExpressionErrors(errors, andThrow: true);
                    if (awaitAt >= 0) throw Unexpected(awaitAt);
                    result = ParseForRest(start, init);
                }
            }
        }
        _blockDepth--;
        _labels.RemoveAt(_labels.Count - 1);
        return result;
    }

    private Node ParseForRest(int start, Node? init)
    {
        Expect(TokenKind.Semicolon);
        var test = Kind == TokenKind.Semicolon ? null : ParseExpression();
        Expect(TokenKind.Semicolon);
        var update = Kind == TokenKind.CloseParen ? null : ParseExpression();
        Expect(TokenKind.CloseParen);
        var body = ParseStatement(StatementContext.Body);
        return new ForStatement(start, LastEnd, init, test, update, body);
    }

    private Node ParseForInOf(int start, Node left, bool isAwait)
    {
        var isIn = Kind == TokenKind.In;
        NextToken();
        if (left is VariableDeclaration declaration && declaration.Declarations[0].Init is not null
            && (!isIn || _strict || declaration.Kind != VariableKind.Var || declaration.Declarations[0].Id is not Identifier))
            throw Raise(left.Start, $"{(isIn ? "for-in" : "for-of")} loop variable declaration may not have an initializer");
        var right = isIn ? ParseExpression() : ParseMaybeAssign();
        Expect(TokenKind.CloseParen);
        var body = ParseStatement(StatementContext.Body);
        return isIn ? new ForInStatement(start, LastEnd, left, right, body) : new ForOfStatement(start, LastEnd, left, right, body, isAwait);
    }

    private Node ParseParenthesizedExpression()
    {
        Expect(TokenKind.OpenParen);
        var expression = ParseExpression();
        Expect(TokenKind.CloseParen);
        return expression;
    }
}
