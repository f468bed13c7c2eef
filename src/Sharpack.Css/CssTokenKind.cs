// The token types of CSS Syntax Level 3 (§4), plus comments, which the specification's tokenizer
// consumes silently but a bundler keeps (`/*! license */`, source positions).

namespace Sharpack.Css;

/// <summary>The type of a <see cref="CssToken"/>.</summary>
public enum CssTokenKind : byte
{
    /// <summary>Past the last token.</summary>
    EndOfFile,
    /// <summary><c>color</c>, <c>--x</c></summary>
    Ident,
    /// <summary><c>rgb(</c>: a name and its opening parenthesis.</summary>
    Function,
    /// <summary><c>@media</c></summary>
    AtKeyword,
    /// <summary><c>#fff</c>, <c>#main</c></summary>
    Hash,
    /// <summary><c>"…"</c> or <c>'…'</c></summary>
    String,
    /// <summary>A string cut by an unescaped newline.</summary>
    BadString,
    /// <summary><c>url(x.png)</c> with an unquoted value.</summary>
    Url,
    /// <summary>An unquoted <c>url(</c> with a character it cannot hold.</summary>
    BadUrl,
    /// <summary>Any other single code point: <c>&gt;</c>, <c>!</c>, <c>*</c>…</summary>
    Delim,
    /// <summary><c>12</c>, <c>-0.5e3</c></summary>
    Number,
    /// <summary><c>50%</c></summary>
    Percentage,
    /// <summary><c>10px</c>, <c>1.5em</c></summary>
    Dimension,
    /// <summary>A run of spaces, tabs and newlines.</summary>
    Whitespace,
    /// <summary><c>&lt;!--</c></summary>
    Cdo,
    /// <summary><c>--&gt;</c></summary>
    Cdc,
    /// <summary><c>:</c></summary>
    Colon,
    /// <summary><c>;</c></summary>
    Semicolon,
    /// <summary><c>,</c></summary>
    Comma,
    /// <summary><c>[</c></summary>
    LeftBracket,
    /// <summary><c>]</c></summary>
    RightBracket,
    /// <summary><c>(</c></summary>
    LeftParenthesis,
    /// <summary><c>)</c></summary>
    RightParenthesis,
    /// <summary><c>{</c></summary>
    LeftBrace,
    /// <summary><c>}</c></summary>
    RightBrace,
    /// <summary><c>/* … */</c></summary>
    Comment,
}
