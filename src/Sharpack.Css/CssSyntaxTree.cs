// The tree CSS Syntax Level 3's parser (§5) gives: rules, at-rules and declarations. Their
// preludes and values are not copied into nodes: they are ranges of the stylesheet's token array,
// whose blocks and functions are already paired (Match), so a consumer walks component values
// without an allocation per token. Grammar-specific meaning (selectors, property values, what an
// at-rule's block may hold) is for later stages, as the specification intends.

namespace Sharpack.Css;

/// <summary>A range of tokens: <c>[Start, End)</c> indices into <see cref="CssStylesheet.Tokens"/>.</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="End">Index just past the last token.</param>
public readonly record struct CssTokenRange(int Start, int End)
{
    /// <summary>No tokens.</summary>
    public bool IsEmpty => End <= Start;
}

/// <summary>A rule or a declaration.</summary>
public abstract class CssNode
{
    /// <summary>Offset of the node's first character in the source.</summary>
    public int Start { get; internal set; }

    /// <summary>Offset just past the node's last character (a rule's <c>}</c>, an at-rule's <c>;</c>, a declaration's value).</summary>
    public int End { get; internal set; }
}

/// <summary>A style rule or another rule with a prelude and a <c>{}</c> block: <c>a &gt; b { color: red }</c>.</summary>
public sealed class CssQualifiedRule : CssNode
{
    /// <summary>The tokens before the block (the selector), whitespace included.</summary>
    public CssTokenRange Prelude { get; internal set; }

    /// <summary>The block's contents: declarations and nested rules, in source order.</summary>
    public List<CssNode> Block { get; } = [];

    /// <summary>The tokens between the block's braces.</summary>
    public CssTokenRange BlockTokens { get; internal set; }
}

/// <summary><c>@media screen { … }</c>, <c>@import "x.css";</c>: a name, a prelude and maybe a block.</summary>
public sealed class CssAtRule : CssNode
{
    /// <summary>The name without <c>@</c>, escapes decoded (<c>media</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The index of the at-keyword token.</summary>
    public int NameIndex { get; internal set; }

    /// <summary>The tokens between the name and the block or <c>;</c>.</summary>
    public CssTokenRange Prelude { get; internal set; }

    /// <summary>The block's contents (declarations and rules), or null for an at-rule ended by <c>;</c>.</summary>
    public List<CssNode>? Block { get; internal set; }

    /// <summary>The tokens between the block's braces (empty without a block).</summary>
    public CssTokenRange BlockTokens { get; internal set; }
}

/// <summary><c>color: red !important</c>.</summary>
public sealed class CssDeclaration : CssNode
{
    /// <summary>The property name, escapes decoded (custom properties keep their case).</summary>
    public required string Name { get; init; }

    /// <summary>The index of the name's token.</summary>
    public int NameIndex { get; internal set; }

    /// <summary>The value's tokens, without surrounding whitespace and without <c>!important</c>.</summary>
    public CssTokenRange Value { get; internal set; }

    /// <summary>Ends with <c>!important</c>.</summary>
    public bool Important { get; internal set; }

    /// <summary>A custom property (<c>--x</c>), whose value is kept as written.</summary>
    public bool IsCustomProperty => Name.StartsWith("--", StringComparison.Ordinal);
}

/// <summary>A parsed stylesheet: its rules, its tokens, and the errors recovered from.</summary>
public sealed class CssStylesheet
{
    internal CssStylesheet(string source, CssToken[] tokens, int[] match, CssToken[] comments, List<CssNode> rules, List<CssParseError> errors)
    {
        Source = source;
        Tokens = tokens;
        Match = match;
        Comments = comments;
        Rules = rules;
        Errors = errors;
    }

    /// <summary>The source text.</summary>
    public string Source { get; }

    /// <summary>Every token but comments, in source order.</summary>
    public CssToken[] Tokens { get; }

    /// <summary>
    /// For a token that opens a block or a function (<c>(</c>, <c>[</c>, <c>{</c>, <c>name(</c>): the
    /// index of its closing token, or <see cref="Tokens"/>' length when the source ends first; -1 for
    /// every other token.
    /// </summary>
    public int[] Match { get; }

    /// <summary>The comments, in source order.</summary>
    public CssToken[] Comments { get; }

    /// <summary>The top-level rules and at-rules.</summary>
    public List<CssNode> Rules { get; }

    /// <summary>Parse errors (the parser recovered from each, as browsers do).</summary>
    public List<CssParseError> Errors { get; }

    /// <summary>The decoded value of token <paramref name="index"/> (see <see cref="CssTokenizer.DecodeValue"/>).</summary>
    public string Value(int index) => CssTokenizer.DecodeValue(Source, Tokens[index]);

    /// <summary>The source text of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Text(int index) => Source.AsSpan(Tokens[index].Start, Tokens[index].End - Tokens[index].Start);

    /// <summary>The index after the component value at <paramref name="index"/> (past a whole block or function).</summary>
    public int NextComponentValue(int index)
    {
        var match = Match[index];
        return match < 0 ? index + 1 : Math.Min(match + 1, Tokens.Length);
    }
}
