// One token: its type and range in the source, and what the tokenizer worked out about it. The
// text values (names, string contents) are not copied: most have no escapes, so they are the
// source between ValueStart and ValueEnd; CssTokenizer.Value decodes the few that do.

using System.Runtime.InteropServices;

namespace Sharpack.Css;

/// <summary>What a token carries besides its type and range.</summary>
[Flags]
public enum CssTokenFlags : byte
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>The value has escapes (or NUL, or a lone surrogate): decode it, don't slice it.</summary>
    Escaped = 1,
    /// <summary>A number, percentage or dimension written without a fraction or exponent.</summary>
    Integer = 2,
    /// <summary>A hash whose name would start an identifier (<c>#main</c>, not <c>#1a</c>): it can be an id selector.</summary>
    HashId = 4,
    /// <summary>A number written with a leading <c>+</c> or <c>-</c>.</summary>
    Signed = 8,
}

/// <summary>A CSS token (CSS Syntax Level 3 §4) as UTF-16 offsets into the source.</summary>
[StructLayout(LayoutKind.Auto)]
public readonly struct CssToken(CssTokenKind kind, CssTokenFlags flags, int start, int end, int valueStart, int valueEnd, double number)
{
    /// <summary>The token's type.</summary>
    public CssTokenKind Kind { get; } = kind;

    /// <summary>See <see cref="CssTokenFlags"/>.</summary>
    public CssTokenFlags Flags { get; } = flags;

    /// <summary>Offset of the token's first character.</summary>
    public int Start { get; } = start;

    /// <summary>Offset just past the token's last character.</summary>
    public int End { get; } = end;

    /// <summary>
    /// Where the token's value starts: the name of an ident, function, at-keyword or hash (after
    /// <c>@</c>/<c>#</c>), the contents of a string or url, the unit of a dimension.
    /// </summary>
    public int ValueStart { get; } = valueStart;

    /// <summary>Where the token's value ends (before a closing quote, parenthesis or <c>(</c>).</summary>
    public int ValueEnd { get; } = valueEnd;

    /// <summary>The numeric value of a number, percentage or dimension.</summary>
    public double Number { get; } = number;

    /// <summary>The token's value has escapes to decode.</summary>
    public bool IsEscaped => (Flags & CssTokenFlags.Escaped) != 0;

    /// <summary>A number, percentage or dimension of integer type.</summary>
    public bool IsInteger => (Flags & CssTokenFlags.Integer) != 0;

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} [{Start},{End})";
}
