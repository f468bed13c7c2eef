// Follows webpack lib/javascript/BasicEvaluatedExpression.js, the part the parser evaluates
// today: an expression known to be a string (requests, context prefixes). webpack's other kinds
// (numbers, booleans, regular expressions, identifiers with members) come with tree shaking.

namespace Sharpack.Plugins.JavaScript;

/// <summary>What the parser knows of an expression's value at build time.</summary>
/// <param name="String">The value when it is a known string, else null.</param>
/// <param name="Start">Where the expression starts in the source.</param>
/// <param name="End">Where it ends.</param>
public sealed record BasicEvaluatedExpression(string? String, int Start, int End)
{
    /// <summary>Whether the value is a known string.</summary>
    public bool IsString => String is not null;
}
