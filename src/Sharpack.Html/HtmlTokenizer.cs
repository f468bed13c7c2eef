// The tokenizer of WHATWG HTML §13.2.5: every state of the standard's state machine, with its
// parse errors, over the source as given. The input stream's preprocessing (§13.2.3.5: CR LF and
// lone CR read as LF) applies to what tokens hold, not to offsets. A pull tokenizer: Next() runs
// the machine to the next token; the tree builder switches the state between tokens (RCDATA for
// <title>, script data for <script>, …) and says whether CDATA sections are allowed (the adjusted
// current node is foreign), as §13.2.6 asks. Adjacent character tokens come joined as one.
// Character references are consumed by one routine (§13.2.5.72–80) for data, RCDATA and
// attribute values, as the standard's return state does.

using System.Text;

namespace Sharpack.Html;

/// <summary>The tokenizer states the tree builder (or a test) may start or switch to.</summary>
public enum HtmlTokenizerState : byte
{
    /// <summary>§13.2.5.1.</summary>
    Data,
    /// <summary>§13.2.5.2 (<c>title</c>, <c>textarea</c>).</summary>
    Rcdata,
    /// <summary>§13.2.5.3 (<c>style</c>, <c>xmp</c>, <c>iframe</c>, <c>noembed</c>, <c>noframes</c>).</summary>
    Rawtext,
    /// <summary>§13.2.5.4 (<c>script</c>).</summary>
    ScriptData,
    /// <summary>§13.2.5.5 (<c>plaintext</c>).</summary>
    Plaintext,
    /// <summary>§13.2.5.69.</summary>
    CdataSection,
}

/// <summary>Splits HTML into tokens as WHATWG HTML §13.2.5 does.</summary>
public sealed partial class HtmlTokenizer
{
    private enum Machine : byte
    {
        Data, Rcdata, Rawtext, ScriptData, Plaintext, TagOpen, EndTagOpen, TagName,
        RcdataLessThan, RcdataEndTagOpen, RcdataEndTagName, RawtextLessThan, RawtextEndTagOpen, RawtextEndTagName,
        ScriptDataLessThan, ScriptDataEndTagOpen, ScriptDataEndTagName, ScriptDataEscapeStart, ScriptDataEscapeStartDash,
        ScriptDataEscaped, ScriptDataEscapedDash, ScriptDataEscapedDashDash, ScriptDataEscapedLessThan,
        ScriptDataEscapedEndTagOpen, ScriptDataEscapedEndTagName, ScriptDataDoubleEscapeStart, ScriptDataDoubleEscaped,
        ScriptDataDoubleEscapedDash, ScriptDataDoubleEscapedDashDash, ScriptDataDoubleEscapedLessThan, ScriptDataDoubleEscapeEnd,
        BeforeAttributeName, AttributeName, AfterAttributeName, BeforeAttributeValue, AttributeValueDoubleQuoted,
        AttributeValueSingleQuoted, AttributeValueUnquoted, AfterAttributeValueQuoted, SelfClosingStartTag, BogusComment,
        MarkupDeclarationOpen, CommentStart, CommentStartDash, Comment, CommentLessThan, CommentLessThanBang,
        CommentLessThanBangDash, CommentLessThanBangDashDash, CommentEndDash, CommentEnd, CommentEndBang, Doctype,
        BeforeDoctypeName, DoctypeName, AfterDoctypeName, AfterDoctypePublicKeyword, BeforeDoctypePublicIdentifier,
        DoctypePublicIdentifierDoubleQuoted, DoctypePublicIdentifierSingleQuoted, AfterDoctypePublicIdentifier,
        BetweenDoctypePublicAndSystemIdentifiers, AfterDoctypeSystemKeyword, BeforeDoctypeSystemIdentifier,
        DoctypeSystemIdentifierDoubleQuoted, DoctypeSystemIdentifierSingleQuoted, AfterDoctypeSystemIdentifier,
        BogusDoctype, CdataSection, CdataSectionBracket, CdataSectionEnd,
    }

    private const int Eof = -1;

    private readonly string _source;
    private int _position;
    // Where the character just consumed started (for reconsume), and its width (2 for CR LF).
    private int _consumedAt;

    private Machine _state;
    private readonly HtmlToken _token = new();
    private bool _done;

    // The pending character run: its text as the tree builder sees it, and where it started.
    private readonly StringBuilder _characters = new();
    private int _charactersStart = -1;
    private int _charactersEnd;

    // The tag, comment or DOCTYPE being built.
    private HtmlTokenKind _kind;
    private int _tokenStart;
    private readonly StringBuilder _name = new();
    private readonly StringBuilder _data = new();
    private readonly StringBuilder _publicId = new();
    private readonly StringBuilder _systemId = new();
    private bool _hasName;
    private bool _hasPublicId;
    private bool _hasSystemId;
    private bool _forceQuirks;
    private bool _selfClosing;
    private readonly List<HtmlAttribute> _attributes = [];
    private readonly StringBuilder _attributeName = new();
    private readonly StringBuilder _attributeValue = new();
    private int _attributeNameStart;
    private int _attributeNameEnd;
    private int _attributeValueStart = -1;
    private int _attributeValueEnd = -1;
    private bool _inAttribute;

    // The temporary buffer of §13.2.5 where it decides something: the `script` of a double escape
    // (an end tag name that proves not to be one is emitted from the source range instead).
    private readonly StringBuilder _buffer = new();
    // Where a possible end tag (`</`) started in RCDATA/RAWTEXT/script data: its characters are text until it proves to be a tag.
    private int _endTagCandidateStart;

    // A token is ready to be given out after the pending characters.
    private bool _tokenReady;

    /// <summary>A tokenizer over <paramref name="source"/> (a leading BOM is the caller's to drop).</summary>
    public HtmlTokenizer(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
    }

    /// <summary>The parse errors so far, in source order.</summary>
    public List<HtmlParseError> Errors { get; } = [];

    /// <summary>
    /// The name of the last start tag given out, which decides whether <c>&lt;/x&gt;</c> ends RCDATA,
    /// RAWTEXT and script data (set it when starting in one of those states).
    /// </summary>
    public string? LastStartTagName { get; set; }

    /// <summary>Whether <c>&lt;![CDATA[</c> starts a CDATA section (the tree builder's adjusted current node is not an HTML element).</summary>
    public bool AllowCdata { get; set; }

    /// <summary>The state the next token is read in; the tree builder sets it after a start tag.</summary>
    public HtmlTokenizerState State
    {
        get => _state switch
        {
            Machine.Rcdata => HtmlTokenizerState.Rcdata,
            Machine.Rawtext => HtmlTokenizerState.Rawtext,
            Machine.ScriptData => HtmlTokenizerState.ScriptData,
            Machine.Plaintext => HtmlTokenizerState.Plaintext,
            Machine.CdataSection => HtmlTokenizerState.CdataSection,
            _ => HtmlTokenizerState.Data,
        };
        set => _state = value switch
        {
            HtmlTokenizerState.Rcdata => Machine.Rcdata,
            HtmlTokenizerState.Rawtext => Machine.Rawtext,
            HtmlTokenizerState.ScriptData => Machine.ScriptData,
            HtmlTokenizerState.Plaintext => Machine.Plaintext,
            HtmlTokenizerState.CdataSection => Machine.CdataSection,
            _ => Machine.Data,
        };
    }

    /// <summary>
    /// Reads the next token into the returned <see cref="HtmlToken"/> (the same object each time);
    /// after <see cref="HtmlTokenKind.EndOfFile"/> it keeps returning that.
    /// </summary>
    public HtmlToken Next()
    {
        if (_tokenReady)
        {
            _tokenReady = false;
            FillToken();
            return _token;
        }
        if (_done)
        {
            SetToken(HtmlTokenKind.EndOfFile, _source.Length, _source.Length);
            return _token;
        }
        while (true)
        {
            if (Step())
            {
                // A tag, comment, DOCTYPE or the end is ready: the characters before it go first.
                if (_charactersStart >= 0)
                {
                    _tokenReady = true;
                    GiveCharacters();
                    return _token;
                }
                FillToken();
                return _token;
            }
        }
    }

    private void GiveCharacters()
    {
        SetToken(HtmlTokenKind.Character, _charactersStart, _charactersEnd);
        _token.Data = _characters.ToString();
        _characters.Clear();
        _charactersStart = -1;
    }

    private void SetToken(HtmlTokenKind kind, int start, int end)
    {
        _token.Kind = kind;
        _token.Start = start;
        _token.End = end;
        _token.Name = null;
        _token.Data = "";
        _token.Attributes.Clear();
        _token.SelfClosing = false;
        _token.PublicId = null;
        _token.SystemId = null;
        _token.ForceQuirks = false;
    }

    // The token built by the state machine (a tag, comment, DOCTYPE or the end), into _token.
    private void FillToken()
    {
        if (_done && _kind == HtmlTokenKind.EndOfFile)
        {
            SetToken(HtmlTokenKind.EndOfFile, _source.Length, _source.Length);
            return;
        }
        SetToken(_kind, _tokenStart, _position);
        switch (_kind)
        {
            case HtmlTokenKind.StartTag:
            case HtmlTokenKind.EndTag:
                _token.Name = Intern(_name);
                _token.SelfClosing = _selfClosing;
                _token.Attributes.AddRange(_attributes);
                if (_kind == HtmlTokenKind.StartTag)
                {
                    LastStartTagName = _token.Name;
                }
                else
                {
                    if (_attributes.Count > 0)
                        Error(_tokenStart, "end-tag-with-attributes");
                    if (_selfClosing)
                        Error(_tokenStart, "end-tag-with-trailing-solidus");
                }
                break;
            case HtmlTokenKind.Comment:
                _token.Data = _data.ToString();
                break;
            case HtmlTokenKind.Doctype:
                _token.Name = _hasName ? _name.ToString() : null;
                _token.PublicId = _hasPublicId ? _publicId.ToString() : null;
                _token.SystemId = _hasSystemId ? _systemId.ToString() : null;
                _token.ForceQuirks = _forceQuirks;
                break;
        }
    }

    // Tag and attribute names repeat: each is allocated once per tokenizer.
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly char[] _nameChars = new char[32];

    private string Intern(System.Text.StringBuilder name)
    {
        if (name.Length > _nameChars.Length)
            return name.ToString();
        name.CopyTo(0, _nameChars, name.Length);
        var span = _nameChars.AsSpan(0, name.Length);
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(span, out var interned))
            return interned;
        var text = span.ToString();
        _names[text] = text;
        return text;
    }

    private void Error(int offset, string code) => Errors.Add(new HtmlParseError(offset, code));

    // Consumes the next input character (CR LF and CR as LF); Eof at the end.
    private int Consume()
    {
        _consumedAt = _position;
        if (_position >= _source.Length)
            return Eof;
        var c = _source[_position++];
        if (c == '\r')
        {
            if (_position < _source.Length && _source[_position] == '\n')
                _position++;
            return '\n';
        }
        return c;
    }

    // Reconsume: the character just consumed is read again in the next state.
    private void Reconsume() => _position = _consumedAt;

    // The next input character without consuming it (CR as LF); Eof at the end.
    private int Peek()
    {
        if (_position >= _source.Length)
            return Eof;
        var c = _source[_position];
        return c == '\r' ? '\n' : c;
    }

    private void EmitCharacter(int c)
    {
        if (_charactersStart < 0)
            _charactersStart = _consumedAt;
        if (c > 0xFFFF)
            _characters.Append(char.ConvertFromUtf32(c));
        else
            _characters.Append((char)c);
        _charactersEnd = Math.Min(_position, _source.Length);
    }

    private void EmitCharacters(string text, int start)
    {
        if (_charactersStart < 0)
            _charactersStart = start;
        _characters.Append(text);
        _charactersEnd = Math.Min(_position, _source.Length);
    }

    // Emits the source from `start` to `end` as characters (CR LF and CR as LF).
    private void EmitSource(int start, int end)
    {
        if (_charactersStart < 0)
            _charactersStart = start;
        for (var i = start; i < end; i++)
        {
            var c = _source[i];
            if (c == '\r')
            {
                _characters.Append('\n');
                if (i + 1 < end && _source[i + 1] == '\n')
                    i++;
            }
            else
            {
                _characters.Append(c);
            }
        }
        _charactersEnd = end;
    }

    private void StartTag(HtmlTokenKind kind, int start)
    {
        _kind = kind;
        _tokenStart = start;
        _name.Clear();
        _attributes.Clear();
        _selfClosing = false;
    }

    private void StartComment(int start)
    {
        _kind = HtmlTokenKind.Comment;
        _tokenStart = start;
        _data.Clear();
    }

    private void StartDoctype(int start)
    {
        _kind = HtmlTokenKind.Doctype;
        _tokenStart = start;
        _name.Clear();
        _publicId.Clear();
        _systemId.Clear();
        _hasName = _hasPublicId = _hasSystemId = false;
        _forceQuirks = false;
    }

    private void StartAttribute(int start)
    {
        _attributeName.Clear();
        _attributeValue.Clear();
        _attributeNameStart = start;
        _attributeNameEnd = start;
        _attributeValueStart = -1;
        _attributeValueEnd = -1;
        _inAttribute = true;
    }

    // The attribute being read is complete: kept unless the tag already has one of that name.
    private void FinishAttribute()
    {
        if (!_inAttribute)
            return;
        _inAttribute = false;
        var name = Intern(_attributeName);
        foreach (var attribute in _attributes)
        {
            if (attribute.Name == name)
            {
                Error(_attributeNameStart, "duplicate-attribute");
                return;
            }
        }
        _attributes.Add(new HtmlAttribute(name, _attributeValue.ToString(), _attributeNameStart, _attributeNameEnd, _attributeValueStart, _attributeValueEnd));
    }

    // The current tag is complete (at `>`).
    private bool EmitTag()
    {
        FinishAttribute();
        return true;
    }

    private bool EmitEof()
    {
        _done = true;
        _kind = HtmlTokenKind.EndOfFile;
        return true;
    }

    private static bool IsAsciiAlpha(int c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static int ToLower(int c) => c is >= 'A' and <= 'Z' ? c + 0x20 : c;

    private static bool IsWhitespace(int c) => c is '\t' or '\n' or '\f' or ' ';

    private static void AppendCodePoint(StringBuilder builder, int c)
    {
        if (c > 0xFFFF)
            builder.Append(char.ConvertFromUtf32(c));
        else
            builder.Append((char)c);
    }

    // Whether the end tag being read names the last start tag (§13.2.5: "an appropriate end tag token").
    private bool IsAppropriateEndTag() => LastStartTagName is { } last && _name.Equals(last);
}
