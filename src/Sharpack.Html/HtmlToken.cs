// What HtmlTokenizer gives: one token at a time, in a single HtmlToken the tokenizer reuses (copy
// what you keep before the next call). Offsets are UTF-16 offsets into the source as given (no
// newline normalization: "\r\n" spans two); names and text are as the tree builder sees them
// (tag and attribute names lowercased, character references decoded, CR LF and lone CR as LF,
// NUL replaced where the standard says).

namespace Sharpack.Html;

/// <summary>The kinds of token of WHATWG HTML §13.2.5.</summary>
public enum HtmlTokenKind : byte
{
    /// <summary>A run of characters (adjacent character tokens, joined).</summary>
    Character,
    /// <summary><c>&lt;a …&gt;</c>.</summary>
    StartTag,
    /// <summary><c>&lt;/a&gt;</c>.</summary>
    EndTag,
    /// <summary><c>&lt;!-- … --&gt;</c>, or a bogus comment.</summary>
    Comment,
    /// <summary><c>&lt;!DOCTYPE …&gt;</c>.</summary>
    Doctype,
    /// <summary>The end of the input.</summary>
    EndOfFile,
}

/// <summary>An attribute of a tag token.</summary>
/// <param name="Name">The name, ASCII-lowercased.</param>
/// <param name="Value">The value, character references decoded (empty when there is none).</param>
/// <param name="NameStart">Where the name starts in the source (-1 on an element the tree builder cloned: written nowhere).</param>
/// <param name="NameEnd">Where it ends.</param>
/// <param name="ValueStart">Where the value starts (inside its quotes), or -1 when the attribute has no value.</param>
/// <param name="ValueEnd">Where the value ends (before its closing quote), or -1.</param>
public readonly record struct HtmlAttribute(string Name, string Value, int NameStart, int NameEnd, int ValueStart, int ValueEnd);

/// <summary>A token of <see cref="HtmlTokenizer"/> (reused from one token to the next).</summary>
public sealed class HtmlToken
{
    /// <summary>The token's kind.</summary>
    public HtmlTokenKind Kind { get; internal set; }

    /// <summary>Where the token starts in the source.</summary>
    public int Start { get; internal set; }

    /// <summary>Where it ends (exclusive).</summary>
    public int End { get; internal set; }

    /// <summary>A tag's name (lowercased) or a DOCTYPE's name (null when it has none).</summary>
    public string? Name { get; internal set; }

    /// <summary>A character run's text or a comment's text.</summary>
    public string Data { get; internal set; } = "";

    /// <summary>A start or end tag's attributes, in source order, duplicates left out.</summary>
    public List<HtmlAttribute> Attributes { get; } = [];

    /// <summary>A tag written <c>&lt;a/&gt;</c>.</summary>
    public bool SelfClosing { get; internal set; }

    /// <summary>A DOCTYPE's public identifier, or null when missing.</summary>
    public string? PublicId { get; internal set; }

    /// <summary>A DOCTYPE's system identifier, or null when missing.</summary>
    public string? SystemId { get; internal set; }

    /// <summary>A DOCTYPE's force-quirks flag.</summary>
    public bool ForceQuirks { get; internal set; }

    /// <summary>The value of the attribute named <paramref name="name"/>, or null.</summary>
    public string? Attribute(string name)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Name == name)
                return attribute.Value;
        }
        return null;
    }
}

/// <summary>A parse error of WHATWG HTML §13.2.2: where, and its code (<c>eof-in-tag</c>, …).</summary>
public readonly record struct HtmlParseError(int Offset, string Code);
