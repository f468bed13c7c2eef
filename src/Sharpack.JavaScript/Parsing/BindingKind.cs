// What a binding pattern declares, for the checks that depend on it.

namespace Sharpack.JavaScript.Parsing;

internal enum BindingKind : byte
{
    /// <summary>Not a declaration: an assignment target.</summary>
    None,
    /// <summary>`var`, or a function name.</summary>
    Var,
    /// <summary>`let`, `const`, `using`, `class`.</summary>
    Lexical,
    /// <summary>A function or arrow parameter.</summary>
    Parameter,
    /// <summary>A catch clause parameter.</summary>
    CatchParameter,
}
