// What a binding pattern declares, as the analyzer walks it.

namespace Sharpack.JavaScript.Scopes;

/// <summary>What a binding pattern declares.</summary>
internal enum DeclarationKind : byte
{
    /// <summary><c>var</c> without an initializer.</summary>
    Var,
    /// <summary><c>var</c> with an initializer.</summary>
    VarInitialized,
    /// <summary>The <c>var</c> of a for-in or for-of head (assigned on every iteration).</summary>
    VarForInOf,
    /// <summary><c>let</c>.</summary>
    Let,
    /// <summary><c>const</c>.</summary>
    Const,
    /// <summary><c>using</c> or <c>await using</c>.</summary>
    Using,
    /// <summary>A parameter where duplicates are an error.</summary>
    Parameter,
    /// <summary>A parameter of a sloppy function with a simple list, where duplicates are allowed.</summary>
    DuplicableParameter,
    /// <summary>A name in a catch clause's destructuring parameter.</summary>
    CatchParameter,
}
