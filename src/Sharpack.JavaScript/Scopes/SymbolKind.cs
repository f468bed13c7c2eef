// What declared a symbol. A name declared twice in one scope where that is allowed (var and
// function at a function's top level, sloppy duplicate parameters) is one symbol.

namespace Sharpack.JavaScript.Scopes;

/// <summary>What declared a symbol.</summary>
public enum SymbolKind : byte
{
    /// <summary><c>var</c>.</summary>
    Var,
    /// <summary><c>let</c>.</summary>
    Let,
    /// <summary><c>const</c>.</summary>
    Const,
    /// <summary><c>using</c> or <c>await using</c>.</summary>
    Using,
    /// <summary>A class declaration's name in the enclosing scope.</summary>
    Class,
    /// <summary>A function declaration's name (in a block, at a function's top level, or at the top level of a script or module).</summary>
    Function,
    /// <summary>A parameter.</summary>
    Parameter,
    /// <summary>A name bound by a catch clause's parameter.</summary>
    CatchParameter,
    /// <summary>An import binding.</summary>
    Import,
    /// <summary>A class's own name inside its class scope (immutable; for a declaration it is linked to the outer <see cref="Class"/> symbol).</summary>
    ClassName,
    /// <summary>A named function expression's own name, inside its <see cref="ScopeKind.FunctionName"/> scope.</summary>
    FunctionName,
    /// <summary>The implicit <c>arguments</c> of a non-arrow function, created when the function refers to it without declaring it.</summary>
    Arguments,
    /// <summary>The function-level variable that a sloppy-mode function declaration in a block also assigns (Annex B.3.2); linked to the block's <see cref="Function"/> symbol.</summary>
    HoistedFunction,
}
