// A reference to a symbol from a scope nested inside the one that declares it, or a var declared
// in a block nested inside its scope. A minifier reads these to know which outer names a scope
// must not hide (terser's "enclosed"), so that a scope's own new names may reuse all the others.

namespace Sharpack.JavaScript.Scopes;

/// <summary>A reference (or a nested var declaration) in <paramref name="Scope"/> of <paramref name="Symbol"/>, declared in an enclosing scope.</summary>
/// <param name="Scope">The scope the reference occurs in.</param>
/// <param name="Symbol">The symbol it resolves to, declared in an ancestor of <paramref name="Scope"/>.</param>
public readonly record struct OuterReference(int Scope, int Symbol);
