// One declared name in a ScopeTree. Symbols live in a flat array; Identifier.Symbol and every
// other reference to a symbol is its index there (like esbuild's symbol refs).

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Scopes;

/// <summary>A declared name: a binding in one scope, and what is known about its uses.</summary>
public struct Symbol
{
    /// <summary>The name as declared (escapes decoded).</summary>
    public string Name { get; internal set; }

    /// <summary>What declared it (the first declaration when merged).</summary>
    public SymbolKind Kind { get; internal set; }

    /// <summary>Assigned, captured, exported, used in <c>with</c>.</summary>
    public SymbolFlags Flags { get; internal set; }

    /// <summary>The scope the symbol is declared in.</summary>
    public int Scope { get; internal set; }

    /// <summary>The first declaring Identifier; for <see cref="SymbolKind.Arguments"/> the function.</summary>
    public Node Declaration { get; internal set; }

    /// <summary>How many references (reads and writes, not declarations) resolve to the symbol.</summary>
    public int ReferenceCount { get; internal set; }

    /// <summary>
    /// Another symbol that must keep the same name as this one, or -1: a block-level function's
    /// Annex B variable, a catch parameter's same-named <c>var</c>, a class declaration's outer
    /// name, a body <c>var</c>'s same-named parameter. Links point outward and never form a cycle.
    /// </summary>
    public int Link { get; internal set; }
}
