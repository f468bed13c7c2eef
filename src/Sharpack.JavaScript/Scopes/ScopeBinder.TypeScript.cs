// The TypeScript declarations with a value: an enum or a namespace declares its name (merging with
// a class, function, enum or namespace of that name, as TypeScript's declaration merging does) and
// a namespace's body is a function scope (it becomes one); `import x = …` declares x.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Scopes;

internal sealed partial class ScopeBinder
{
    /// <summary>TypeScript: a local export may name a type (the transform erases it), so it need not be bound.</summary>
    private bool _typeScript;

    private void VisitEnum(TSEnumDeclaration declaration)
    {
        DeclareMergeable(declaration.Id);
        foreach (var member in declaration.Members)
        {
            if (member.Initializer is { } initializer)
                Visit(initializer);
        }
    }

    private void VisitNamespace(TSModuleDeclaration declaration)
    {
        // A namespace of types only is no value: it binds nothing (a const may share its name).
        if (!declaration.IsInstantiated)
            return;
        DeclareMergeable(declaration.Id);
        PushScope(ScopeKind.Function, declaration, IsStrict);
        VisitStatements(declaration.Body);
        PopScope();
    }

    private void VisitImportEquals(TSImportEqualsDeclaration declaration)
    {
        DeclareLexical(declaration.Id, SymbolKind.Const, forbidLet: true);
        if (declaration.ModuleReference is not Literal)
            Visit(declaration.ModuleReference);
    }

    /// <summary>Declares an enum's or namespace's name, or joins the symbol already declared in this scope.</summary>
    private void DeclareMergeable(Identifier id)
    {
        int symbol = _current.FindSymbol(id.Name);
        if (symbol >= 0)
        {
            id.Symbol = symbol;
            return;
        }
        symbol = NewSymbol(id.Name, SymbolKind.Let, _current.Scope, id);
        _current.Add(id.Name, symbol, BindingKind.Lexical);
        id.Symbol = symbol;
    }
}
