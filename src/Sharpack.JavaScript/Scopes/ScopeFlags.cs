// Facts about a scope that limit what a bundler or minifier may do with the names in it.

namespace Sharpack.JavaScript.Scopes;

/// <summary>Facts about a scope.</summary>
[Flags]
public enum ScopeFlags : byte
{
    /// <summary>No flags.</summary>
    None = 0,
    /// <summary>The scope's code is strict mode code.</summary>
    Strict = 1,
    /// <summary>A direct <c>eval(...)</c> occurs in this scope or a descendant, so the names visible here may be read or written by name at run time (set on the scope of the call and all its ancestors).</summary>
    ContainsDirectEval = 2,
    /// <summary>The scope is the body of a <c>with</c> statement or inside one, so a name used here may resolve to a property of the object.</summary>
    InsideWith = 4,
}
