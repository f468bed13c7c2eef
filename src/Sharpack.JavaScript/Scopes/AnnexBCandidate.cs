// A sloppy-mode function declaration in a block, which Annex B.3.2 also makes a function-level
// var unless a var of that name there would be an early error. That can only be decided once
// every enclosing block up to the function has closed, so candidates wait on a stack.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Scopes;

/// <summary>A block-level function that may also become a function-level var (Annex B.3.2).</summary>
internal struct AnnexBCandidate(int symbol, Identifier id, int scope)
{
    /// <summary>The block-level function's symbol.</summary>
    public int Symbol = symbol;
    /// <summary>The function's name.</summary>
    public Identifier Id = id;
    /// <summary>The block it is declared in.</summary>
    public int Scope = scope;
    /// <summary>An enclosing block declares the name lexically, so there is no hoisting.</summary>
    public bool Blocked;
}
