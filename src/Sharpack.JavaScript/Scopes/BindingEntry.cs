// One name of an open scope while the analyzer runs: the symbol it binds there (if any) and
// how, plus whether a var of that name was declared in or below it and hoisted through it.

namespace Sharpack.JavaScript.Scopes;

/// <summary>A name of an open scope.</summary>
internal struct BindingEntry
{
    /// <summary>The name.</summary>
    public string Name;
    /// <summary>The symbol bound in this scope, or -1 when only a var passes through.</summary>
    public int Symbol;
    /// <summary>How the name is bound here.</summary>
    public BindingKind Kind;
    /// <summary>A <c>var</c> of this name is declared in this block or below and hoists through it.</summary>
    public bool VarThrough;
}
