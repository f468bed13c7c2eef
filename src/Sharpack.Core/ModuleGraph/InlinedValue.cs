// Follows webpack lib/optimize/InlineExports.js: an export bound to a small primitive constant
// (`export const A = 1`, `export default "on"`) is read by its importers as the literal itself,
// so the exporting module needs no getter for it, and a module whose exports are all inlined may
// leave the bundle.

namespace Sharpack.Core.ModuleGraph;

/// <summary>The kind of a primitive constant an export may be inlined as.</summary>
public enum InlinedValueKind : byte
{
    /// <summary><c>null</c>.</summary>
    Null,
    /// <summary><c>undefined</c>.</summary>
    Undefined,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
    /// <summary>A number.</summary>
    Number,
    /// <summary>A string.</summary>
    String,
}

/// <summary>A primitive constant an export is replaced by at its uses (webpack's InlinedValue).</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Literal">Its JavaScript literal (<c>null</c>, <c>true</c>, <c>42</c>, <c>"abc"</c>).</param>
/// <param name="Truthy">Whether the value is truthy (for folding conditions on it).</param>
public sealed record InlinedValue(InlinedValueKind Kind, string Literal, bool Truthy)
{
    /// <summary>webpack's MAX_INLINE_BYTES: longer numbers (as JavaScript prints them) and strings are not inlined.</summary>
    public const int MaxInlineLength = 6;

    /// <summary>The value read at a use: the literal in parentheses after <paramref name="comment"/>, then the property path <paramref name="suffix"/>.</summary>
    public string Render(string comment, IReadOnlyList<string>? suffix = null) =>
        "(" + comment + Literal + ")" + (suffix is { Count: > 0 } ? CodeGeneration.PropertyNames.Access(suffix, 0, suffix.Count) : "");
}
