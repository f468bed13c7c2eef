// One scope in a ScopeTree. Scopes live in a flat array and refer to each other by index;
// they are numbered in the order the analyzer opens them (pre-order, source order), so a pass
// that walks the tree the same way can follow along by counting.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Scopes;

/// <summary>A scope: what created it, its parent, and where its symbols are in <see cref="ScopeTree.GetSymbols"/>.</summary>
public struct Scope
{
    /// <summary>What created the scope.</summary>
    public ScopeKind Kind { get; internal set; }

    /// <summary>Strictness, direct eval, with.</summary>
    public ScopeFlags Flags { get; internal set; }

    /// <summary>The enclosing scope, or -1 for the root.</summary>
    public int Parent { get; internal set; }

    /// <summary>The node that created the scope: the Program, a function, a class, a BlockStatement, a CatchClause, a for statement, a SwitchStatement, a StaticBlock or a WithStatement (the implicit block of <c>if (x) function f() {}</c> has the FunctionDeclaration).</summary>
    public Node Node { get; internal set; }

    internal int FirstSymbol;
    internal int SymbolCount;
}
