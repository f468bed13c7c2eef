// How a name is bound in an open scope, in the terms the redeclaration rules need (acorn's
// scope.lexical / scope.functions / scope.var lists, folded into one entry per name).

namespace Sharpack.JavaScript.Scopes;

/// <summary>How a name is bound in an open scope.</summary>
internal enum BindingKind : byte
{
    /// <summary>Not bound here; only a <c>var</c> of that name passes through (see <see cref="BindingEntry.VarThrough"/>).</summary>
    None,
    /// <summary>let, const, using, class, import, a catch pattern's name, a strict or async or generator function in a block, a module's top-level function.</summary>
    Lexical,
    /// <summary>A sloppy-mode plain function declaration in a block: lexical, but may repeat.</summary>
    BlockFunction,
    /// <summary>A var-scoped binding: var, a parameter, a top-level function of a function or script or static block, an Annex B variable, arguments.</summary>
    Var,
    /// <summary>A catch clause's single-identifier parameter, which a <c>var</c> may redeclare.</summary>
    SimpleCatch,
}
