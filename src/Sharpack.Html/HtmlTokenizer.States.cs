// HtmlTokenizer's state machine: one input character per step, each state as §13.2.5 writes it
// (the section numbers name them), and the character reference states as one routine.

namespace Sharpack.Html;

public sealed partial class HtmlTokenizer
{
    // Runs one step; true when a tag, comment, DOCTYPE or the end of the input is ready.
    private bool Step()
    {
        var c = Consume();
        switch (_state)
        {
            case Machine.Data: // §13.2.5.1
                switch (c)
                {
                    case '&': CharacterReference(Machine.Data); return false;
                    case '<': _state = Machine.TagOpen; return false;
                    case 0: Error(_consumedAt, "unexpected-null-character"); EmitCharacter(0); return false;
                    case Eof: return EmitEof();
                    default: EmitCharacter(c); return false;
                }
            case Machine.Rcdata: // §13.2.5.2
                return TextStep(c, Machine.RcdataLessThan, references: true);
            case Machine.Rawtext: // §13.2.5.3
                return TextStep(c, Machine.RawtextLessThan, references: false);
            case Machine.ScriptData: // §13.2.5.4
                return TextStep(c, Machine.ScriptDataLessThan, references: false);
            case Machine.Plaintext: // §13.2.5.5
                return TextStep(c, lessThan: null, references: false);
            case Machine.TagOpen: // §13.2.5.6
                if (c == '!')
                {
                    _state = Machine.MarkupDeclarationOpen;
                }
                else if (c == '/')
                {
                    _state = Machine.EndTagOpen;
                }
                else if (IsAsciiAlpha(c))
                {
                    StartTag(HtmlTokenKind.StartTag, _consumedAt - 1);
                    Reconsume();
                    _state = Machine.TagName;
                }
                else if (c == '?')
                {
                    Error(_consumedAt, "unexpected-question-mark-instead-of-tag-name");
                    StartComment(_consumedAt - 1);
                    Reconsume();
                    _state = Machine.BogusComment;
                }
                else if (c == Eof)
                {
                    Error(_consumedAt, "eof-before-tag-name");
                    EmitSource(_consumedAt - 1, _consumedAt);
                    return EmitEof();
                }
                else
                {
                    Error(_consumedAt, "invalid-first-character-of-tag-name");
                    EmitSource(_consumedAt - 1, _consumedAt);
                    Reconsume();
                    _state = Machine.Data;
                }
                return false;
            case Machine.EndTagOpen: // §13.2.5.7
                if (IsAsciiAlpha(c))
                {
                    StartTag(HtmlTokenKind.EndTag, _consumedAt - 2);
                    Reconsume();
                    _state = Machine.TagName;
                }
                else if (c == '>')
                {
                    Error(_consumedAt, "missing-end-tag-name");
                    _state = Machine.Data;
                }
                else if (c == Eof)
                {
                    Error(_consumedAt, "eof-before-tag-name");
                    EmitSource(_consumedAt - 2, _consumedAt);
                    return EmitEof();
                }
                else
                {
                    Error(_consumedAt, "invalid-first-character-of-tag-name");
                    StartComment(_consumedAt - 2);
                    Reconsume();
                    _state = Machine.BogusComment;
                }
                return false;
            case Machine.TagName: // §13.2.5.8
                switch (c)
                {
                    case '\t' or '\n' or '\f' or ' ': _state = Machine.BeforeAttributeName; return false;
                    case '/': _state = Machine.SelfClosingStartTag; return false;
                    case '>': _state = Machine.Data; return EmitTag();
                    case 0: Error(_consumedAt, "unexpected-null-character"); _name.Append('\uFFFD'); return false;
                    case Eof: Error(_consumedAt, "eof-in-tag"); return EmitEof();
                    default: AppendCodePoint(_name, ToLower(c)); return false;
                }
            case Machine.RcdataLessThan: // §13.2.5.9
                return LessThanInText(c, Machine.RcdataEndTagOpen, Machine.Rcdata);
            case Machine.RcdataEndTagOpen: // §13.2.5.10
                return EndTagOpenInText(c, Machine.RcdataEndTagName, Machine.Rcdata);
            case Machine.RcdataEndTagName: // §13.2.5.11
                return EndTagNameInText(c, Machine.Rcdata);
            case Machine.RawtextLessThan: // §13.2.5.12
                return LessThanInText(c, Machine.RawtextEndTagOpen, Machine.Rawtext);
            case Machine.RawtextEndTagOpen: // §13.2.5.13
                return EndTagOpenInText(c, Machine.RawtextEndTagName, Machine.Rawtext);
            case Machine.RawtextEndTagName: // §13.2.5.14
                return EndTagNameInText(c, Machine.Rawtext);
            case Machine.ScriptDataLessThan: // §13.2.5.15
                if (c == '!')
                {
                    _state = Machine.ScriptDataEscapeStart;
                    EmitSource(_consumedAt - 1, _position);
                    return false;
                }
                return LessThanInText(c, Machine.ScriptDataEndTagOpen, Machine.ScriptData);
            case Machine.ScriptDataEndTagOpen: // §13.2.5.16
                return EndTagOpenInText(c, Machine.ScriptDataEndTagName, Machine.ScriptData);
            case Machine.ScriptDataEndTagName: // §13.2.5.17
                return EndTagNameInText(c, Machine.ScriptData);
            case Machine.ScriptDataEscapeStart: // §13.2.5.18
                if (c == '-')
                {
                    _state = Machine.ScriptDataEscapeStartDash;
                    EmitCharacter('-');
                }
                else
                {
                    Reconsume();
                    _state = Machine.ScriptData;
                }
                return false;
            case Machine.ScriptDataEscapeStartDash: // §13.2.5.19
                if (c == '-')
                {
                    _state = Machine.ScriptDataEscapedDashDash;
                    EmitCharacter('-');
                }
                else
                {
                    Reconsume();
                    _state = Machine.ScriptData;
                }
                return false;
            case Machine.ScriptDataEscaped: // §13.2.5.20
                switch (c)
                {
                    case '-': _state = Machine.ScriptDataEscapedDash; EmitCharacter('-'); return false;
                    case '<': _state = Machine.ScriptDataEscapedLessThan; return false;
                    case 0: Error(_consumedAt, "unexpected-null-character"); EmitCharacter(0xFFFD); return false;
                    case Eof: Error(_consumedAt, "eof-in-script-html-comment-like-text"); return EmitEof();
                    default: EmitCharacter(c); return false;
                }
            case Machine.ScriptDataEscapedDash: // §13.2.5.21
                switch (c)
                {
                    case '-': _state = Machine.ScriptDataEscapedDashDash; EmitCharacter('-'); return false;
                    case '<': _state = Machine.ScriptDataEscapedLessThan; return false;
                    case 0: Error(_consumedAt, "unexpected-null-character"); _state = Machine.ScriptDataEscaped; EmitCharacter(0xFFFD); return false;
                    case Eof: Error(_consumedAt, "eof-in-script-html-comment-like-text"); return EmitEof();
                    default: _state = Machine.ScriptDataEscaped; EmitCharacter(c); return false;
                }
            case Machine.ScriptDataEscapedDashDash: // §13.2.5.22
                switch (c)
                {
                    case '-': EmitCharacter('-'); return false;
                    case '<': _state = Machine.ScriptDataEscapedLessThan; return false;
                    case '>': _state = Machine.ScriptData; EmitCharacter('>'); return false;
                    case 0: Error(_consumedAt, "unexpected-null-character"); _state = Machine.ScriptDataEscaped; EmitCharacter(0xFFFD); return false;
                    case Eof: Error(_consumedAt, "eof-in-script-html-comment-like-text"); return EmitEof();
                    default: _state = Machine.ScriptDataEscaped; EmitCharacter(c); return false;
                }
            case Machine.ScriptDataEscapedLessThan: // §13.2.5.23
                if (c == '/')
                {
                    _endTagCandidateStart = _consumedAt - 1;
                    _state = Machine.ScriptDataEscapedEndTagOpen;
                }
                else if (IsAsciiAlpha(c))
                {
                    _buffer.Clear();
                    EmitSource(_consumedAt - 1, _consumedAt);
                    Reconsume();
                    _state = Machine.ScriptDataDoubleEscapeStart;
                }
                else
                {
                    EmitSource(_consumedAt - 1, _consumedAt);
                    Reconsume();
                    _state = Machine.ScriptDataEscaped;
                }
                return false;
            case Machine.ScriptDataEscapedEndTagOpen: // §13.2.5.24
                return EndTagOpenInText(c, Machine.ScriptDataEscapedEndTagName, Machine.ScriptDataEscaped);
            case Machine.ScriptDataEscapedEndTagName: // §13.2.5.25
                return EndTagNameInText(c, Machine.ScriptDataEscaped);
            case Machine.ScriptDataDoubleEscapeStart: // §13.2.5.26
                return DoubleEscapeBoundary(c, Machine.ScriptDataDoubleEscaped, Machine.ScriptDataEscaped);
            case Machine.ScriptDataDoubleEscaped: // §13.2.5.27
                switch (c)
                {
                    case '-': _state = Machine.ScriptDataDoubleEscapedDash; EmitCharacter('-'); return false;
                    case '<': _state = Machine.ScriptDataDoubleEscapedLessThan; EmitCharacter('<'); return false;
                    case 0: Error(_consumedAt, "unexpected-null-character"); EmitCharacter(0xFFFD); return false;
                    case Eof: Error(_consumedAt, "eof-in-script-html-comment-like-text"); return EmitEof();
                    default: EmitCharacter(c); return false;
                }
            case Machine.ScriptDataDoubleEscapedDash: // §13.2.5.28
                switch (c)
                {
                    case '-': _state = Machine.ScriptDataDoubleEscapedDashDash; EmitCharacter('-'); return false;
                    case '<': _state = Machine.ScriptDataDoubleEscapedLessThan; EmitCharacter('<'); return false;
                    case 0: Error(_consumedAt, "unexpected-null-character"); _state = Machine.ScriptDataDoubleEscaped; EmitCharacter(0xFFFD); return false;
                    case Eof: Error(_consumedAt, "eof-in-script-html-comment-like-text"); return EmitEof();
                    default: _state = Machine.ScriptDataDoubleEscaped; EmitCharacter(c); return false;
                }
            case Machine.ScriptDataDoubleEscapedDashDash: // §13.2.5.29
                switch (c)
                {
                    case '-': EmitCharacter('-'); return false;
                    case '<': _state = Machine.ScriptDataDoubleEscapedLessThan; EmitCharacter('<'); return false;
                    case '>': _state = Machine.ScriptData; EmitCharacter('>'); return false;
                    case 0: Error(_consumedAt, "unexpected-null-character"); _state = Machine.ScriptDataDoubleEscaped; EmitCharacter(0xFFFD); return false;
                    case Eof: Error(_consumedAt, "eof-in-script-html-comment-like-text"); return EmitEof();
                    default: _state = Machine.ScriptDataDoubleEscaped; EmitCharacter(c); return false;
                }
            case Machine.ScriptDataDoubleEscapedLessThan: // §13.2.5.30
                if (c == '/')
                {
                    _buffer.Clear();
                    _state = Machine.ScriptDataDoubleEscapeEnd;
                    EmitCharacter('/');
                }
                else
                {
                    Reconsume();
                    _state = Machine.ScriptDataDoubleEscaped;
                }
                return false;
            case Machine.ScriptDataDoubleEscapeEnd: // §13.2.5.31
                return DoubleEscapeBoundary(c, Machine.ScriptDataEscaped, Machine.ScriptDataDoubleEscaped);
            case Machine.BeforeAttributeName: // §13.2.5.32
                switch (c)
                {
                    case '\t' or '\n' or '\f' or ' ': return false;
                    case '/' or '>' or Eof: Reconsume(); _state = Machine.AfterAttributeName; return false;
                    case '=':
                        Error(_consumedAt, "unexpected-equals-sign-before-attribute-name");
                        FinishAttribute();
                        StartAttribute(_consumedAt);
                        _attributeName.Append('=');
                        _attributeNameEnd = _position;
                        _state = Machine.AttributeName;
                        return false;
                    default:
                        FinishAttribute();
                        StartAttribute(_consumedAt);
                        Reconsume();
                        _state = Machine.AttributeName;
                        return false;
                }
            case Machine.AttributeName: // §13.2.5.33
                switch (c)
                {
                    case '\t' or '\n' or '\f' or ' ' or '/' or '>' or Eof: Reconsume(); _state = Machine.AfterAttributeName; return false;
                    case '=': _state = Machine.BeforeAttributeValue; return false;
                    case 0: Error(_consumedAt, "unexpected-null-character"); _attributeName.Append('\uFFFD'); _attributeNameEnd = _position; return false;
                    case '"' or '\'' or '<':
                        Error(_consumedAt, "unexpected-character-in-attribute-name");
                        _attributeName.Append((char)c);
                        _attributeNameEnd = _position;
                        return false;
                    default: AppendCodePoint(_attributeName, ToLower(c)); _attributeNameEnd = _position; return false;
                }
            case Machine.AfterAttributeName: // §13.2.5.34
                switch (c)
                {
                    case '\t' or '\n' or '\f' or ' ': return false;
                    case '/': _state = Machine.SelfClosingStartTag; return false;
                    case '=': _state = Machine.BeforeAttributeValue; return false;
                    case '>': _state = Machine.Data; return EmitTag();
                    case Eof: Error(_consumedAt, "eof-in-tag"); return EmitEof();
                    default:
                        FinishAttribute();
                        StartAttribute(_consumedAt);
                        Reconsume();
                        _state = Machine.AttributeName;
                        return false;
                }
            case Machine.BeforeAttributeValue: // §13.2.5.35
                switch (c)
                {
                    case '\t' or '\n' or '\f' or ' ': return false;
                    case '"': _attributeValueStart = _attributeValueEnd = _position; _state = Machine.AttributeValueDoubleQuoted; return false;
                    case '\'': _attributeValueStart = _attributeValueEnd = _position; _state = Machine.AttributeValueSingleQuoted; return false;
                    case '>': Error(_consumedAt, "missing-attribute-value"); _state = Machine.Data; return EmitTag();
                    default: _attributeValueStart = _attributeValueEnd = _consumedAt; Reconsume(); _state = Machine.AttributeValueUnquoted; return false;
                }
            case Machine.AttributeValueDoubleQuoted: // §13.2.5.36
            case Machine.AttributeValueSingleQuoted: // §13.2.5.37
                if (c == (_state == Machine.AttributeValueDoubleQuoted ? '"' : '\''))
                {
                    _attributeValueEnd = _consumedAt;
                    _state = Machine.AfterAttributeValueQuoted;
                    return false;
                }
                switch (c)
                {
                    case '&': CharacterReference(_state); _attributeValueEnd = _position; return false;
                    case 0: Error(_consumedAt, "unexpected-null-character"); _attributeValue.Append('\uFFFD'); _attributeValueEnd = _position; return false;
                    case Eof: Error(_consumedAt, "eof-in-tag"); return EmitEof();
                    default: AppendCodePoint(_attributeValue, c); _attributeValueEnd = _position; return false;
                }
            case Machine.AttributeValueUnquoted: // §13.2.5.38
                switch (c)
                {
                    case '\t' or '\n' or '\f' or ' ': _state = Machine.BeforeAttributeName; return false;
                    case '&': CharacterReference(Machine.AttributeValueUnquoted); _attributeValueEnd = _position; return false;
                    case '>': _state = Machine.Data; return EmitTag();
                    case 0: Error(_consumedAt, "unexpected-null-character"); _attributeValue.Append('\uFFFD'); _attributeValueEnd = _position; return false;
                    case '"' or '\'' or '<' or '=' or '`':
                        Error(_consumedAt, "unexpected-character-in-unquoted-attribute-value");
                        _attributeValue.Append((char)c);
                        _attributeValueEnd = _position;
                        return false;
                    case Eof: Error(_consumedAt, "eof-in-tag"); return EmitEof();
                    default: AppendCodePoint(_attributeValue, c); _attributeValueEnd = _position; return false;
                }
            case Machine.AfterAttributeValueQuoted: // §13.2.5.39
                switch (c)
                {
                    case '\t' or '\n' or '\f' or ' ': _state = Machine.BeforeAttributeName; return false;
                    case '/': _state = Machine.SelfClosingStartTag; return false;
                    case '>': _state = Machine.Data; return EmitTag();
                    case Eof: Error(_consumedAt, "eof-in-tag"); return EmitEof();
                    default: Error(_consumedAt, "missing-whitespace-between-attributes"); Reconsume(); _state = Machine.BeforeAttributeName; return false;
                }
            case Machine.SelfClosingStartTag: // §13.2.5.40
                switch (c)
                {
                    case '>': _selfClosing = true; _state = Machine.Data; return EmitTag();
                    case Eof: Error(_consumedAt, "eof-in-tag"); return EmitEof();
                    default: Error(_consumedAt, "unexpected-solidus-in-tag"); Reconsume(); _state = Machine.BeforeAttributeName; return false;
                }
            case Machine.BogusComment: // §13.2.5.41
                switch (c)
                {
                    case '>': _state = Machine.Data; return true;
                    case Eof: _done = true; return true;
                    case 0: Error(_consumedAt, "unexpected-null-character"); _data.Append('\uFFFD'); return false;
                    default: AppendCodePoint(_data, c); return false;
                }
            case Machine.MarkupDeclarationOpen: // §13.2.5.42
                Reconsume();
                MarkupDeclarationOpen();
                return false;
            case Machine.CommentStart: // §13.2.5.43
                switch (c)
                {
                    case '-': _state = Machine.CommentStartDash; return false;
                    case '>': Error(_consumedAt, "abrupt-closing-of-empty-comment"); _state = Machine.Data; return true;
                    default: Reconsume(); _state = Machine.Comment; return false;
                }
            case Machine.CommentStartDash: // §13.2.5.44
                switch (c)
                {
                    case '-': _state = Machine.CommentEnd; return false;
                    case '>': Error(_consumedAt, "abrupt-closing-of-empty-comment"); _state = Machine.Data; return true;
                    case Eof: Error(_consumedAt, "eof-in-comment"); _done = true; return true;
                    default: _data.Append('-'); Reconsume(); _state = Machine.Comment; return false;
                }
            case Machine.Comment: // §13.2.5.45
                switch (c)
                {
                    case '<': _data.Append('<'); _state = Machine.CommentLessThan; return false;
                    case '-': _state = Machine.CommentEndDash; return false;
                    case 0: Error(_consumedAt, "unexpected-null-character"); _data.Append('\uFFFD'); return false;
                    case Eof: Error(_consumedAt, "eof-in-comment"); _done = true; return true;
                    default: AppendCodePoint(_data, c); return false;
                }
            case Machine.CommentLessThan: // §13.2.5.46
                switch (c)
                {
                    case '!': _data.Append('!'); _state = Machine.CommentLessThanBang; return false;
                    case '<': _data.Append('<'); return false;
                    default: Reconsume(); _state = Machine.Comment; return false;
                }
            case Machine.CommentLessThanBang: // §13.2.5.47
                if (c == '-')
                {
                    _state = Machine.CommentLessThanBangDash;
                }
                else
                {
                    Reconsume();
                    _state = Machine.Comment;
                }
                return false;
            case Machine.CommentLessThanBangDash: // §13.2.5.48
                if (c == '-')
                {
                    _state = Machine.CommentLessThanBangDashDash;
                }
                else
                {
                    Reconsume();
                    _state = Machine.CommentEndDash;
                }
                return false;
            case Machine.CommentLessThanBangDashDash: // §13.2.5.49
                if (c is not ('>' or Eof))
                    Error(_consumedAt, "nested-comment");
                Reconsume();
                _state = Machine.CommentEnd;
                return false;
            case Machine.CommentEndDash: // §13.2.5.50
                switch (c)
                {
                    case '-': _state = Machine.CommentEnd; return false;
                    case Eof: Error(_consumedAt, "eof-in-comment"); _done = true; return true;
                    default: _data.Append('-'); Reconsume(); _state = Machine.Comment; return false;
                }
            case Machine.CommentEnd: // §13.2.5.51
                switch (c)
                {
                    case '>': _state = Machine.Data; return true;
                    case '!': _state = Machine.CommentEndBang; return false;
                    case '-': _data.Append('-'); return false;
                    case Eof: Error(_consumedAt, "eof-in-comment"); _done = true; return true;
                    default: _data.Append("--"); Reconsume(); _state = Machine.Comment; return false;
                }
            case Machine.CommentEndBang: // §13.2.5.52
                switch (c)
                {
                    case '-': _data.Append("--!"); _state = Machine.CommentEndDash; return false;
                    case '>': Error(_consumedAt, "incorrectly-closed-comment"); _state = Machine.Data; return true;
                    case Eof: Error(_consumedAt, "eof-in-comment"); _done = true; return true;
                    default: _data.Append("--!"); Reconsume(); _state = Machine.Comment; return false;
                }
            default:
                return DoctypeOrCdataStep(c);
        }
    }

    // §13.2.5.2–5: text where only `<` (not in PLAINTEXT) and `&` (in RCDATA) mean something; NUL reads as U+FFFD.
    private bool TextStep(int c, Machine? lessThan, bool references)
    {
        switch (c)
        {
            case '&' when references:
                CharacterReference(_state);
                return false;
            case '<' when lessThan is { } next:
                _state = next;
                return false;
            case 0:
                Error(_consumedAt, "unexpected-null-character");
                EmitCharacter(0xFFFD);
                return false;
            case Eof:
                return EmitEof();
            default:
                EmitCharacter(c);
                return false;
        }
    }

    // §13.2.5.42: `<!--`, `<!DOCTYPE` (any case), `<![CDATA[`, or a bogus comment.
    private void MarkupDeclarationOpen()
    {
        var start = _position - 2;
        var rest = _source.AsSpan(_position);
        if (rest.StartsWith("--"))
        {
            _position += 2;
            StartComment(start);
            _state = Machine.CommentStart;
        }
        else if (rest.StartsWith("doctype", StringComparison.OrdinalIgnoreCase))
        {
            _position += 7;
            StartDoctype(start);
            _state = Machine.Doctype;
        }
        else if (rest.StartsWith("[CDATA["))
        {
            _position += 7;
            if (AllowCdata)
            {
                _state = Machine.CdataSection;
            }
            else
            {
                Error(start, "cdata-in-html-content");
                StartComment(start);
                _data.Append("[CDATA[");
                _state = Machine.BogusComment;
            }
        }
        else
        {
            Error(start, "incorrectly-opened-comment");
            StartComment(start);
            _state = Machine.BogusComment;
        }
    }

    // `<` in RCDATA, RAWTEXT or script data (§13.2.5.9, 12, 15).
    private bool LessThanInText(int c, Machine endTagOpen, Machine text)
    {
        if (c == '/')
        {
            _endTagCandidateStart = _consumedAt - 1;
            _state = endTagOpen;
        }
        else
        {
            EmitSource(_consumedAt - 1, _consumedAt);
            Reconsume();
            _state = text;
        }
        return false;
    }

    // `</` in RCDATA, RAWTEXT or script data (§13.2.5.10, 13, 16, 24).
    private bool EndTagOpenInText(int c, Machine endTagName, Machine text)
    {
        if (IsAsciiAlpha(c))
        {
            StartTag(HtmlTokenKind.EndTag, _endTagCandidateStart);
            Reconsume();
            _state = endTagName;
        }
        else
        {
            EmitSource(_endTagCandidateStart, _consumedAt);
            Reconsume();
            _state = text;
        }
        return false;
    }

    // An end tag's name in RCDATA, RAWTEXT or script data (§13.2.5.11, 14, 17, 25): a tag only when
    // it names the element being read, else its characters are text.
    private bool EndTagNameInText(int c, Machine text)
    {
        switch (c)
        {
            case '\t' or '\n' or '\f' or ' ' when IsAppropriateEndTag():
                _state = Machine.BeforeAttributeName;
                return false;
            case '/' when IsAppropriateEndTag():
                _state = Machine.SelfClosingStartTag;
                return false;
            case '>' when IsAppropriateEndTag():
                _state = Machine.Data;
                return EmitTag();
        }
        if (IsAsciiAlpha(c))
        {
            _name.Append((char)ToLower(c));
            return false;
        }
        EmitSource(_endTagCandidateStart, _consumedAt);
        Reconsume();
        _state = text;
        return false;
    }

    // §13.2.5.26 and 31: whether `script` was just written decides between the two states.
    private bool DoubleEscapeBoundary(int c, Machine onScript, Machine otherwise)
    {
        if (c is '\t' or '\n' or '\f' or ' ' or '/' or '>')
        {
            _state = _buffer.Equals("script") ? onScript : otherwise;
            EmitCharacter(c);
        }
        else if (IsAsciiAlpha(c))
        {
            _buffer.Append((char)ToLower(c));
            EmitCharacter(c);
        }
        else
        {
            Reconsume();
            _state = otherwise;
        }
        return false;
    }
}
