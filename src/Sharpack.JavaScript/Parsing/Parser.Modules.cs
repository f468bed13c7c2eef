// Import and export declarations, import attributes, and module export names.

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Lexing;

namespace Sharpack.JavaScript.Parsing;

internal sealed partial class Parser
{
    private Node ParseImport(int start)
    {
        NextToken();
        if (_ts && IsTypeOnlyImport())
        {
            // `import type …`: nothing at run time.
            NextToken();
            var typeSpecifiers = ParseImportSpecifiers(typeOnly: true);
            ExpectContextual("from");
            var typeSource = ParseModuleSpecifier();
            var typeAttributes = ParseWithClause();
            Semicolon();
            if (_buildTypes)
                return new ImportDeclaration(start, LastEnd, typeSpecifiers, typeSource, typeAttributes) { TypeOnly = true };
            return Erased(start);
        }
        Node[] specifiers;
        var phase = _importPhases ? ParseImportPhase() : ImportPhase.Evaluation;
        if (Kind == TokenKind.String && phase == ImportPhase.Evaluation)
        {
            specifiers = [];
        }
        else
        {
            specifiers = ParseImportSpecifiers();
            if (phase == ImportPhase.Source && (specifiers.Length != 1 || specifiers[0] is not ImportDefaultSpecifier))
                throw Raise(start, "A source phase import must import one binding: import source x from \"…\"");
            ExpectContextual("from");
        }
        var source = ParseModuleSpecifier();
        var attributes = ParseWithClause();
        Semicolon();
        var declaration = new ImportDeclaration(start, LastEnd, specifiers, source, attributes, phase);
        if (_droppedTypeSpecifier)
        {
            _droppedTypeSpecifier = false;
            _facts!.RewrittenClauses.Add(declaration);
        }
        return declaration;
    }

    // `import defer * as ns` and `import source x`: the phase word is a keyword only before what
    // a phase import continues with (`*` after defer, a binding after source), so
    // `import defer from "x"` and `import source from "x"` stay default imports.
    private ImportPhase ParseImportPhase()
    {
        if (IsContextual("defer"))
        {
            if (_lexer.PeekCharAfterTrivia(out _) != '*')
                return ImportPhase.Evaluation;
            NextToken();
            return ImportPhase.Defer;
        }
        if (!IsContextual("source"))
            return ImportPhase.Evaluation;
        var saved = _lexer.Save();
        NextToken();
        var isPhase = Kind == TokenKind.Identifier && (!IsContextual("from") || IsFromAfterFrom());
        if (!isPhase)
            _lexer.Restore(saved);
        return isPhase ? ImportPhase.Source : ImportPhase.Evaluation;
    }

    // After `import source from`: `from` is the binding when another `from` follows.
    private bool IsFromAfterFrom()
    {
        var saved = _lexer.Save();
        NextToken();
        var result = IsContextual("from");
        _lexer.Restore(saved);
        return result;
    }

    /// <summary>The string literal naming the module in <c>import … from "x"</c> and <c>export … from "x"</c>.</summary>
    private Literal ParseModuleSpecifier()
    {
        if (Kind != TokenKind.String)
            throw Unexpected();
        return ParseLiteral();
    }

    // Set when an import or export list lost a `type` specifier; the declaration's text is rebuilt.
    private bool _droppedTypeSpecifier;

    private Node[] ParseImportSpecifiers(bool typeOnly = false)
    {
        var nodes = _lists.Rent();
        if (Kind == TokenKind.Identifier)
        {
            var start = TokenStart;
            var local = ParseBindingIdentifier();
            CheckBindingPattern(local, BindingKind.Lexical);
            nodes.Add(new ImportDefaultSpecifier(start, LastEnd, local));
            if (!Eat(TokenKind.Comma))
                return _lists.ToArrayAndReturn(nodes);
        }
        if (Kind == TokenKind.Asterisk)
        {
            var start = TokenStart;
            NextToken();
            ExpectContextual("as");
            var local = ParseBindingIdentifier();
            CheckBindingPattern(local, BindingKind.Lexical);
            nodes.Add(new ImportNamespaceSpecifier(start, LastEnd, local));
            return _lists.ToArrayAndReturn(nodes);
        }
        Expect(TokenKind.OpenBrace);
        var first = true;
        while (NextListItem(ref first, TokenKind.CloseBrace))
        {
            var start = TokenStart;
            var isType = typeOnly;
            if (_ts && IsTypeOnlySpecifier())
            {
                NextToken();
                isType = true;
            }
            var importedIsKeyword = Lexer.IsKeyword(Kind);
            var importedHasEscape = _lexer.HasEscape;
            var imported = ParseModuleExportName();
            Identifier local;
            if (EatContextual("as"))
            {
                local = ParseBindingIdentifier();
            }
            else
            {
                if (imported is not Identifier importedName)
                    throw Raise(imported.Start, "A string literal cannot be used as an imported binding without `as`");
                if (importedIsKeyword)
                    throw Raise(imported.Start, $"Unexpected keyword '{importedName.Name}'");
                CheckUnreserved(importedName, importedHasEscape);
                local = new Identifier(importedName.Start, importedName.End, importedName.Name);
            }
            if (_buildTypes)
            {
                nodes.Add(new ImportSpecifier(start, LastEnd, imported, local) { TypeOnly = isType && !typeOnly });
                continue;
            }
            if (isType)
            {
                _droppedTypeSpecifier |= !typeOnly;
                continue;
            }
            CheckBindingPattern(local, BindingKind.Lexical);
            nodes.Add(new ImportSpecifier(start, LastEnd, imported, local));
        }
        return _lists.ToArrayAndReturn(nodes);
    }

    private Node ParseModuleExportName()
    {
        if (Kind == TokenKind.String)
        {
            var literal = ParseLiteral();
            if (HasLoneSurrogate(literal.StringValue!))
                throw Raise(literal.Start, "An export name cannot include a lone surrogate.");
            return literal;
        }
        return ParseIdentifier(liberal: true);
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                    return true;
                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return true;
            }
        }
        return false;
    }

    private ImportAttribute[] ParseWithClause()
    {
        if (Kind != TokenKind.With)
            return [];
        NextToken();
        Expect(TokenKind.OpenBrace);
        var nodes = _lists.Rent();
        var first = true;
        HashSet<string>? keys = null;
        while (NextListItem(ref first, TokenKind.CloseBrace))
        {
            var start = TokenStart;
            Node key = Kind == TokenKind.String ? ParseLiteral() : ParseIdentifier(liberal: true);
            var keyName = key is Identifier identifier ? identifier.Name : ((Literal)key).StringValue!;
            keys ??= [];
            if (!keys.Add(keyName))
                throw Raise(key.Start, $"Duplicate attribute key '{keyName}'");
            Expect(TokenKind.Colon);
            if (Kind != TokenKind.String)
                throw Unexpected();
            var value = ParseLiteral();
            nodes.Add(new ImportAttribute(start, LastEnd, key, value));
        }
        return _lists.ToArrayAndReturn<ImportAttribute>(nodes);
    }

    private Node ParseExport(int start)
    {
        NextToken();
        if (_ts && ParseExportTs(start) is { } typeScript)
            return typeScript;
        if (Eat(TokenKind.Asterisk))
        {
            Node? exported = null;
            if (EatContextual("as"))
                exported = ParseModuleExportName();
            ExpectContextual("from");
            var source = ParseModuleSpecifier();
            var attributes = ParseWithClause();
            Semicolon();
            return new ExportAllDeclaration(start, LastEnd, exported, source, attributes);
        }
        if (Eat(TokenKind.Default))
        {
            var declaration = ParseExportDefaultDeclaration();
            if (declaration is EmptyStatement)
                return Erased(start);
            return new ExportDefaultDeclaration(start, LastEnd, declaration);
        }
        if (Kind is TokenKind.Var or TokenKind.Const or TokenKind.Class or TokenKind.Function
            || IsLetDeclaration(StatementContext.ListItem) || IsAsyncFunction() || (UsingDeclarationKind() != 0))
        {
            var declaration = ParseStatement(StatementContext.ListItem);
            if (declaration is EmptyStatement)
                return Erased(start);
            return new ExportNamedDeclaration(start, LastEnd, declaration, [], null, []);
        }
        var specifiers = ParseExportSpecifiers(out var keywordLocal);
        Literal? from = null;
        ImportAttribute[] withClause = [];
        if (EatContextual("from"))
        {
            from = ParseModuleSpecifier();
            withClause = ParseWithClause();
        }
        else
        {
            foreach (var specifier in specifiers)
            {
                if (specifier.Local is Literal)
                    throw Raise(specifier.Local.Start, "A string literal cannot be used as an exported binding without `from`.");
                var local = (Identifier)specifier.Local;
                if (keywordLocal >= 0 && local.Start == keywordLocal)
                    throw Raise(local.Start, $"Unexpected keyword '{local.Name}'");
                CheckUnreserved(local, hasEscape: true);
            }
        }
        Semicolon();
        var named = new ExportNamedDeclaration(start, LastEnd, null, specifiers, from, withClause);
        if (_droppedTypeSpecifier)
        {
            _droppedTypeSpecifier = false;
            _facts!.RewrittenClauses.Add(named);
        }
        return named;
    }

    /// <summary>
    /// After <c>export</c> in TypeScript: the forms JavaScript lacks (<c>export =</c>, <c>export as
    /// namespace</c>, <c>export import</c>, <c>export type</c>, exported TypeScript declarations), or null.
    /// </summary>
    private Node? ParseExportTs(int start)
    {
        if (Kind == TokenKind.At)
        {
            if (_pendingClassDecorators is not null)
                throw Raise(TokenStart, "Decorators may not appear after 'export' or 'export default' if they also appear before 'export'.");
            _pendingClassDecorators = ParseDecorators();
            if (Kind != TokenKind.Class && !IsContextual("abstract"))
                throw Raise(TokenStart, "Decorators are not valid here.");
        }
        if (Eat(TokenKind.Equals))
        {
            var expression = ParseMaybeAssign();
            Semicolon();
            return new TSExportAssignment(start, LastEnd, expression);
        }
        if (IsContextual("as"))
        {
            NextToken();
            ExpectContextual("namespace");
            var namespaceId = ParseIdentifier(liberal: false);
            Semicolon();
            return _buildTypes ? new TSNamespaceExportDeclaration(start, LastEnd, namespaceId) : Erased(start);
        }
        if (Kind == TokenKind.Import && IsImportEquals())
        {
            if (!_buildTypes)
                return ParseImportEquals(start, isExport: true);
            // typescript-estree: an ExportNamedDeclaration around the import-equals declaration.
            var importEquals = ParseImportEquals(TokenStart, isExport: true);
            return new ExportNamedDeclaration(start, LastEnd, importEquals, [], null, []);
        }
        if (IsContextual("type") && PeekKind() is TokenKind.OpenBrace or TokenKind.Asterisk)
        {
            NextToken();
            var all = false;
            Node? exported = null;
            ExportSpecifier[] specifiers = [];
            if (Eat(TokenKind.Asterisk))
            {
                all = true;
                if (EatContextual("as"))
                    exported = ParseModuleExportName();
            }
            else
            {
                specifiers = ParseExportSpecifiers(out _);
            }
            Literal? from = null;
            ImportAttribute[] attributes = [];
            if (EatContextual("from"))
            {
                from = ParseModuleSpecifier();
                attributes = ParseWithClause();
            }
            else if (all)
            {
                throw UnexpectedExpecting(TokenKind.Identifier);
            }
            Semicolon();
            if (!_buildTypes)
                return Erased(start);
            if (all)
                return new ExportAllDeclaration(start, LastEnd, exported, from!, attributes) { TypeOnly = true };
            return new ExportNamedDeclaration(start, LastEnd, null, specifiers, from, attributes) { TypeOnly = true };
        }
        if (Kind == TokenKind.Default && PeekKind() == TokenKind.At)
        {
            NextToken();
            if (_pendingClassDecorators is not null)
                throw Raise(TokenStart, "Decorators may not appear after 'export' or 'export default' if they also appear before 'export'.");
            _pendingClassDecorators = ParseDecorators();
            if (IsContextual("abstract"))
            {
                EraseTs(TokenStart, _lexer.TokenEnd);
                NextToken();
            }
            if (Kind != TokenKind.Class)
                throw Raise(TokenStart, "Decorators are not valid here.");
            var decorated = ParseClass(TokenStart, isStatement: true, requireName: false);
            return new ExportDefaultDeclaration(start, LastEnd, decorated);
        }
        if (Kind == TokenKind.Default)
        {
            var next = PeekKind(out var newline, out var value);
            if (next == TokenKind.Identifier && !newline && value == "interface")
            {
                NextToken();
                var interfaceStart = TokenStart;
                NextToken();
                var declaration = ParseInterfaceRest(interfaceStart);
                return declaration is null ? Erased(start) : new ExportDefaultDeclaration(start, LastEnd, declaration);
            }
            if (next == TokenKind.Identifier && !newline && value == "abstract")
            {
                NextToken();
                var abstractStart = TokenStart;
                EraseTs(TokenStart, _lexer.TokenEnd);
                NextToken();
                var classStart = TokenStart;
                var @class = ParseClass(_buildTypes ? abstractStart : classStart, isStatement: true, requireName: false);
                if (@class is ClassNode abstractClass)
                    abstractClass.Abstract = _buildTypes;
                return new ExportDefaultDeclaration(start, LastEnd, @class);
            }
            return null;
        }
        if (Kind is TokenKind.Identifier or TokenKind.Enum or TokenKind.Const)
        {
            var declarationStart = TokenStart;
            if (TryParseTypeScriptStatement(declarationStart) is not { } declaration)
                return null;
            if (declaration is EmptyStatement)
                return Erased(start);
            return new ExportNamedDeclaration(start, LastEnd, declaration, [], null, []);
        }
        return null;
    }

    private Node ParseExportDefaultDeclaration()
    {
        var start = TokenStart;
        if (Kind == TokenKind.Function)
        {
            NextToken();
            return ParseFunctionDeclarationRest(start, isAsync: false, hanging: false, requireName: false);
        }
        if (_ts && Kind == TokenKind.Identifier && TryParseTypeScriptStatement(start) is { } typeScript)
            return typeScript;
        if (IsAsyncFunction())
        {
            NextToken();
            NextToken();
            return ParseFunctionDeclarationRest(start, isAsync: true, hanging: false, requireName: false);
        }
        if (Kind == TokenKind.Class)
            return ParseClass(start, isStatement: true, requireName: false);
        var expression = ParseMaybeAssign();
        Semicolon();
        return expression;
    }

    /// <summary>Parses <c>{ a, b as c }</c>; reports the first local that was a reserved word (valid only with <c>from</c>).</summary>
    private ExportSpecifier[] ParseExportSpecifiers(out int keywordLocal)
    {
        keywordLocal = -1;
        var nodes = _lists.Rent();
        Expect(TokenKind.OpenBrace);
        var first = true;
        while (NextListItem(ref first, TokenKind.CloseBrace))
        {
            var start = TokenStart;
            var isType = false;
            if (_ts && IsTypeOnlySpecifier())
            {
                NextToken();
                isType = true;
            }
            if (keywordLocal < 0 && Lexer.IsKeyword(Kind))
                keywordLocal = TokenStart;
            var local = ParseModuleExportName();
            Node exported = EatContextual("as")
                ? ParseModuleExportName()
                : local is Identifier identifier ? new Identifier(identifier.Start, identifier.End, identifier.Name) : CopyLiteral((Literal)local);
            if (_buildTypes)
            {
                nodes.Add(new ExportSpecifier(start, LastEnd, local, exported) { TypeOnly = isType });
                continue;
            }
            if (isType)
            {
                _droppedTypeSpecifier = true;
                continue;
            }
            nodes.Add(new ExportSpecifier(start, LastEnd, local, exported));
        }
        return _lists.ToArrayAndReturn<ExportSpecifier>(nodes);
    }

    private static Literal CopyLiteral(Literal literal) =>
        new(literal.Start, literal.End, literal.Kind) { StringValue = literal.StringValue };
}
