// HtmlTokenizer's DOCTYPE and CDATA states (§13.2.5.53–71) and character references (§13.2.5.72–80).

namespace Sharpack.Html;

public sealed partial class HtmlTokenizer
{
    private bool DoctypeOrCdataStep(int c)
    {
        switch (_state)
        {
            case Machine.Doctype: // §13.2.5.53
                switch (c)
                {
                    case '\t' or '\n' or '\f' or ' ': _state = Machine.BeforeDoctypeName; return false;
                    case '>': Reconsume(); _state = Machine.BeforeDoctypeName; return false;
                    case Eof: Error(_consumedAt, "eof-in-doctype"); return DoctypeAtEof();
                    default: Error(_consumedAt, "missing-whitespace-before-doctype-name"); Reconsume(); _state = Machine.BeforeDoctypeName; return false;
                }
            case Machine.BeforeDoctypeName: // §13.2.5.54
                switch (c)
                {
                    case '\t' or '\n' or '\f' or ' ': return false;
                    case 0: Error(_consumedAt, "unexpected-null-character"); _hasName = true; _name.Append('\uFFFD'); _state = Machine.DoctypeName; return false;
                    case '>': Error(_consumedAt, "missing-doctype-name"); _forceQuirks = true; _state = Machine.Data; return true;
                    case Eof: Error(_consumedAt, "eof-in-doctype"); return DoctypeAtEof();
                    default: _hasName = true; AppendCodePoint(_name, ToLower(c)); _state = Machine.DoctypeName; return false;
                }
            case Machine.DoctypeName: // §13.2.5.55
                switch (c)
                {
                    case '\t' or '\n' or '\f' or ' ': _state = Machine.AfterDoctypeName; return false;
                    case '>': _state = Machine.Data; return true;
                    case 0: Error(_consumedAt, "unexpected-null-character"); _name.Append('\uFFFD'); return false;
                    case Eof: Error(_consumedAt, "eof-in-doctype"); return DoctypeAtEof();
                    default: AppendCodePoint(_name, ToLower(c)); return false;
                }
            case Machine.AfterDoctypeName: // §13.2.5.56
                switch (c)
                {
                    case '\t' or '\n' or '\f' or ' ': return false;
                    case '>': _state = Machine.Data; return true;
                    case Eof: Error(_consumedAt, "eof-in-doctype"); return DoctypeAtEof();
                }
                var rest = _source.AsSpan(_consumedAt);
                if (rest.StartsWith("public", StringComparison.OrdinalIgnoreCase))
                {
                    _position = _consumedAt + 6;
                    _state = Machine.AfterDoctypePublicKeyword;
                }
                else if (rest.StartsWith("system", StringComparison.OrdinalIgnoreCase))
                {
                    _position = _consumedAt + 6;
                    _state = Machine.AfterDoctypeSystemKeyword;
                }
                else
                {
                    Error(_consumedAt, "invalid-character-sequence-after-doctype-name");
                    _forceQuirks = true;
                    Reconsume();
                    _state = Machine.BogusDoctype;
                }
                return false;
            case Machine.AfterDoctypePublicKeyword: // §13.2.5.57
                return BeforeDoctypeIdentifier(c, system: false, afterKeyword: true);
            case Machine.BeforeDoctypePublicIdentifier: // §13.2.5.58
                return BeforeDoctypeIdentifier(c, system: false, afterKeyword: false);
            case Machine.DoctypePublicIdentifierDoubleQuoted: // §13.2.5.59
            case Machine.DoctypePublicIdentifierSingleQuoted: // §13.2.5.60
                return DoctypeIdentifier(c, system: false, c == (_state == Machine.DoctypePublicIdentifierDoubleQuoted ? '"' : '\''));
            case Machine.AfterDoctypePublicIdentifier: // §13.2.5.61
            case Machine.BetweenDoctypePublicAndSystemIdentifiers: // §13.2.5.62
                {
                    var after = _state == Machine.AfterDoctypePublicIdentifier;
                    switch (c)
                    {
                        case '\t' or '\n' or '\f' or ' ':
                            _state = Machine.BetweenDoctypePublicAndSystemIdentifiers;
                            return false;
                        case '>': _state = Machine.Data; return true;
                        case '"' or '\'':
                            if (after)
                                Error(_consumedAt, "missing-whitespace-between-doctype-public-and-system-identifiers");
                            _hasSystemId = true;
                            _state = c == '"' ? Machine.DoctypeSystemIdentifierDoubleQuoted : Machine.DoctypeSystemIdentifierSingleQuoted;
                            return false;
                        case Eof: Error(_consumedAt, "eof-in-doctype"); return DoctypeAtEof();
                        default:
                            Error(_consumedAt, "missing-quote-before-doctype-system-identifier");
                            _forceQuirks = true;
                            Reconsume();
                            _state = Machine.BogusDoctype;
                            return false;
                    }
                }
            case Machine.AfterDoctypeSystemKeyword: // §13.2.5.63
                return BeforeDoctypeIdentifier(c, system: true, afterKeyword: true);
            case Machine.BeforeDoctypeSystemIdentifier: // §13.2.5.64
                return BeforeDoctypeIdentifier(c, system: true, afterKeyword: false);
            case Machine.DoctypeSystemIdentifierDoubleQuoted: // §13.2.5.65
            case Machine.DoctypeSystemIdentifierSingleQuoted: // §13.2.5.66
                return DoctypeIdentifier(c, system: true, c == (_state == Machine.DoctypeSystemIdentifierDoubleQuoted ? '"' : '\''));
            case Machine.AfterDoctypeSystemIdentifier: // §13.2.5.67
                switch (c)
                {
                    case '\t' or '\n' or '\f' or ' ': return false;
                    case '>': _state = Machine.Data; return true;
                    case Eof: Error(_consumedAt, "eof-in-doctype"); return DoctypeAtEof();
                    default: Error(_consumedAt, "unexpected-character-after-doctype-system-identifier"); Reconsume(); _state = Machine.BogusDoctype; return false;
                }
            case Machine.BogusDoctype: // §13.2.5.68
                switch (c)
                {
                    case '>': _state = Machine.Data; return true;
                    case 0: Error(_consumedAt, "unexpected-null-character"); return false;
                    case Eof: _done = true; return true;
                    default: return false;
                }
            case Machine.CdataSection: // §13.2.5.69
                switch (c)
                {
                    case ']': _state = Machine.CdataSectionBracket; return false;
                    case Eof: Error(_consumedAt, "eof-in-cdata"); return EmitEof();
                    default: EmitCharacter(c); return false;
                }
            case Machine.CdataSectionBracket: // §13.2.5.70
                if (c == ']')
                {
                    _state = Machine.CdataSectionEnd;
                }
                else
                {
                    EmitSource(_consumedAt - 1, _consumedAt);
                    Reconsume();
                    _state = Machine.CdataSection;
                }
                return false;
            case Machine.CdataSectionEnd: // §13.2.5.71
                switch (c)
                {
                    case ']': EmitSource(_consumedAt - 2, _consumedAt - 1); return false;
                    case '>': _state = Machine.Data; return false;
                    default: EmitSource(_consumedAt - 2, _consumedAt); Reconsume(); _state = Machine.CdataSection; return false;
                }
        }
        throw new InvalidOperationException($"tokenizer state {_state}");
    }

    // The DOCTYPE read so far is given out with force-quirks, then the end of the input.
    private bool DoctypeAtEof()
    {
        _forceQuirks = true;
        _done = true;
        return true;
    }

    // §13.2.5.57, 58, 63, 64: after `PUBLIC` or `SYSTEM` (`afterKeyword`, where a quote right
    // after the keyword is an error) and before the identifier.
    private bool BeforeDoctypeIdentifier(int c, bool system, bool afterKeyword)
    {
        var keyword = system ? "system" : "public";
        switch (c)
        {
            case '\t' or '\n' or '\f' or ' ':
                if (afterKeyword)
                    _state = system ? Machine.BeforeDoctypeSystemIdentifier : Machine.BeforeDoctypePublicIdentifier;
                return false;
            case '"' or '\'':
                if (afterKeyword)
                    Error(_consumedAt, $"missing-whitespace-after-doctype-{keyword}-keyword");
                return OpenDoctypeIdentifier(c, system);
            case '>':
                Error(_consumedAt, $"missing-doctype-{keyword}-identifier");
                _forceQuirks = true;
                _state = Machine.Data;
                return true;
            case Eof:
                Error(_consumedAt, "eof-in-doctype");
                return DoctypeAtEof();
            default:
                Error(_consumedAt, $"missing-quote-before-doctype-{keyword}-identifier");
                _forceQuirks = true;
                Reconsume();
                _state = Machine.BogusDoctype;
                return false;
        }
    }

    private bool OpenDoctypeIdentifier(int quote, bool system)
    {
        if (system)
        {
            _hasSystemId = true;
            _systemId.Clear();
            _state = quote == '"' ? Machine.DoctypeSystemIdentifierDoubleQuoted : Machine.DoctypeSystemIdentifierSingleQuoted;
        }
        else
        {
            _hasPublicId = true;
            _publicId.Clear();
            _state = quote == '"' ? Machine.DoctypePublicIdentifierDoubleQuoted : Machine.DoctypePublicIdentifierSingleQuoted;
        }
        return false;
    }

    // §13.2.5.59, 60, 65, 66: inside a quoted identifier.
    private bool DoctypeIdentifier(int c, bool system, bool closingQuote)
    {
        if (closingQuote)
        {
            _state = system ? Machine.AfterDoctypeSystemIdentifier : Machine.AfterDoctypePublicIdentifier;
            return false;
        }
        var target = system ? _systemId : _publicId;
        switch (c)
        {
            case 0:
                Error(_consumedAt, "unexpected-null-character");
                target.Append('\uFFFD');
                return false;
            case '>':
                Error(_consumedAt, system ? "abrupt-doctype-system-identifier" : "abrupt-doctype-public-identifier");
                _forceQuirks = true;
                _state = Machine.Data;
                return true;
            case Eof:
                Error(_consumedAt, "eof-in-doctype");
                return DoctypeAtEof();
            default:
                AppendCodePoint(target, c);
                return false;
        }
    }

    private static bool IsAttributeValue(Machine state) =>
        state is Machine.AttributeValueDoubleQuoted or Machine.AttributeValueSingleQuoted or Machine.AttributeValueUnquoted;

    // §13.2.5.72–80, after `&`: appends what the reference stands for (or its text, where it is
    // none) to the characters or to the attribute value, and leaves the input after what it used.
    private void CharacterReference(Machine returnState)
    {
        var ampersand = _consumedAt;
        var inAttribute = IsAttributeValue(returnState);
        var next = Peek();
        if (char.IsAsciiLetterOrDigit((char)Math.Max(next, 0)) && next != Eof)
        {
            NamedCharacterReference(ampersand, inAttribute);
            return;
        }
        if (next == '#')
        {
            NumericCharacterReference(ampersand, inAttribute);
            return;
        }
        Flush("&", ampersand, inAttribute);
    }

    private void Flush(string text, int start, bool inAttribute)
    {
        if (inAttribute)
            _attributeValue.Append(text);
        else
            EmitCharacters(text, start);
    }

    // §13.2.5.73 and 74.
    private void NamedCharacterReference(int ampersand, bool inAttribute)
    {
        var length = HtmlCharacterReferences.Match(_source.AsSpan(_position), out var value);
        if (length > 0)
        {
            var endsWithSemicolon = _source[_position + length - 1] == ';';
            var after = _position + length < _source.Length ? _source[_position + length] : '\0';
            if (inAttribute && !endsWithSemicolon && (after == '=' || char.IsAsciiLetterOrDigit(after)))
            {
                // Historical: `&amp=` and `&ampx` in attribute values stay as written.
                var text = _source.Substring(ampersand, _position + length - ampersand);
                _position += length;
                Flush(text, ampersand, inAttribute);
                return;
            }
            if (!endsWithSemicolon)
                Error(_position + length, "missing-semicolon-after-character-reference");
            _position += length;
            Flush(value, ampersand, inAttribute);
            return;
        }
        // §13.2.5.74, ambiguous ampersand: the name is text; `;` after it is an error.
        Flush("&", ampersand, inAttribute);
        var end = _position;
        while (end < _source.Length && char.IsAsciiLetterOrDigit(_source[end]))
            end++;
        var name = _source.Substring(_position, end - _position);
        _position = end;
        Flush(name, ampersand + 1, inAttribute);
        if (end < _source.Length && _source[end] == ';')
            Error(end, "unknown-named-character-reference");
    }

    // §13.2.5.75–80.
    private void NumericCharacterReference(int ampersand, bool inAttribute)
    {
        var start = _position; // at '#'
        var i = start + 1;
        var hex = i < _source.Length && _source[i] is 'x' or 'X';
        if (hex)
            i++;
        var digitsStart = i;
        long value = 0;
        while (i < _source.Length && (hex ? char.IsAsciiHexDigit(_source[i]) : char.IsAsciiDigit(_source[i])))
        {
            var digit = _source[i];
            var digitValue = digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10;
            value = Math.Min(value * (hex ? 16 : 10) + digitValue, 0x110000);
            i++;
        }
        if (i == digitsStart)
        {
            Error(i, "absence-of-digits-in-numeric-character-reference");
            _position = i;
            Flush(_source.Substring(ampersand, i - ampersand), ampersand, inAttribute);
            return;
        }
        if (i < _source.Length && _source[i] == ';')
            i++;
        else
            Error(i, "missing-semicolon-after-character-reference");
        _position = i;
        var code = (int)value;
        if (code == 0)
            Error(ampersand, "null-character-reference");
        else if (code > 0x10FFFF)
            Error(ampersand, "character-reference-outside-unicode-range");
        else if (code is >= 0xD800 and <= 0xDFFF)
            Error(ampersand, "surrogate-character-reference");
        else if (code is >= 0xFDD0 and <= 0xFDEF || (code & 0xFFFE) == 0xFFFE)
            Error(ampersand, "noncharacter-character-reference");
        else if (code == 0x0D || (code is < 0x20 or (>= 0x7F and <= 0x9F) && code is not ('\t' or '\n' or '\f' or ' ')))
            Error(ampersand, "control-character-reference");
        Flush(HtmlCharacterReferences.Numeric(code), ampersand, inAttribute);
    }
}
