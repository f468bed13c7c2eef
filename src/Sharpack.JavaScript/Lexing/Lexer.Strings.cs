// String literals, template literal parts and regular expression literals.

using System.Text;

namespace Sharpack.JavaScript.Lexing;

internal sealed partial class Lexer
{
    /// <summary>Raw text of the current template part (CR and CRLF normalized to LF).</summary>
    public string TemplateRaw = "";
    /// <summary>Flags of the current regular expression literal.</summary>
    public string RegexFlags = "";

    private void ScanString(char quote)
    {
        var source = _source;
        var start = _pos;
        var bodyStart = start + 1;
        var rest = source.AsSpan(bodyStart);
        var stop = rest.IndexOfAny(quote == '"' ? s_doubleQuoteStops : s_singleQuoteStops);
        if (stop >= 0 && rest[stop] == quote)
        {
            Kind = TokenKind.String;
            Value = source.Substring(bodyStart, stop);
            _pos = bodyStart + stop + 1;
            return;
        }
        var builder = new StringBuilder();
        var pos = bodyStart;
        while (true)
        {
            if (pos >= source.Length)
                throw Error(start, "Unterminated string constant");
            var c = source[pos];
            if (c == quote)
                break;
            if (c == '\\')
            {
                _pos = pos;
                if (!ReadEscape(builder, inTemplate: false))
                    throw Error(InvalidEscapePosition, InvalidEscapeMessage!);
                pos = _pos;
                continue;
            }
            if (c is '\n' or '\r')
                throw Error(start, "Unterminated string constant");
            builder.Append(c);
            pos++;
        }
        Kind = TokenKind.String;
        Value = builder.ToString();
        _pos = pos + 1;
    }

    /// <summary>
    /// Reads the escape at _pos (a backslash) into <paramref name="builder"/>. Returns false for an
    /// invalid escape, recording where and why (templates may carry such escapes when tagged).
    /// </summary>
    private bool ReadEscape(StringBuilder builder, bool inTemplate)
    {
        var source = _source;
        var escapeStart = _pos;
        var pos = _pos + 1;
        if (pos >= source.Length)
        {
            _pos = pos;
            return InvalidEscape(escapeStart, "Unterminated string constant");
        }
        var c = source[pos];
        _pos = pos + 1;
        switch (c)
        {
            case 'n': builder.Append('\n'); return true;
            case 't': builder.Append('\t'); return true;
            case 'r': builder.Append('\r'); return true;
            case 'b': builder.Append('\b'); return true;
            case 'f': builder.Append('\f'); return true;
            case 'v': builder.Append('\v'); return true;
            case '\r':
                if (_pos < source.Length && source[_pos] == '\n') _pos++;
                return true;
            case '\n':
            case '\u2028':
            case '\u2029':
                return true;
            case 'x':
                {
                    var high = _pos < source.Length ? CharClass.HexValue(source[_pos]) : -1;
                    var low = _pos + 1 < source.Length ? CharClass.HexValue(source[_pos + 1]) : -1;
                    if (high < 0 || low < 0)
                        return InvalidEscape(escapeStart, "Bad character escape sequence");
                    builder.Append((char)(high * 16 + low));
                    _pos += 2;
                    return true;
                }
            case 'u':
                {
                    int cp;
                    try
                    {
                        cp = ReadUnicodeEscapeBody();
                    }
                    catch (SyntaxErrorException e)
                    {
                        return InvalidEscape(escapeStart, e.Message);
                    }
                    if (cp > 0xFFFF) builder.Append(char.ConvertFromUtf32(cp));
                    else builder.Append((char)cp);
                    return true;
                }
            case >= '0' and <= '7':
                {
                    var next = _pos < source.Length ? source[_pos] : '\0';
                    if (c == '0' && !CharClass.IsDecimalDigit(next))
                    {
                        builder.Append('\0');
                        return true;
                    }
                    if (inTemplate)
                        return InvalidEscape(escapeStart, "Octal literal in template string");
                    // Legacy octal escape: up to three digits, value at most 255.
                    var value = c - '0';
                    if (next is >= '0' and <= '7')
                    {
                        value = value * 8 + (next - '0');
                        _pos++;
                        var third = _pos < source.Length ? source[_pos] : '\0';
                        if (c <= '3' && third is >= '0' and <= '7')
                        {
                            value = value * 8 + (third - '0');
                            _pos++;
                        }
                    }
                    if (LegacyOctalPosition < 0) LegacyOctalPosition = escapeStart;
                    builder.Append((char)value);
                    return true;
                }
            case '8':
            case '9':
                if (inTemplate)
                    return InvalidEscape(escapeStart, "Invalid escape sequence in template string");
                if (LegacyOctalPosition < 0) LegacyOctalPosition = escapeStart;
                builder.Append(c);
                return true;
            default:
                if (char.IsHighSurrogate(c) && _pos < source.Length && char.IsLowSurrogate(source[_pos]))
                {
                    builder.Append(c).Append(source[_pos]);
                    _pos++;
                    return true;
                }
                builder.Append(c);
                return true;
        }
    }

    private bool InvalidEscape(int position, string message)
    {
        if (InvalidEscapePosition < 0)
        {
            InvalidEscapePosition = position;
            InvalidEscapeMessage = message;
        }
        return false;
    }

    /// <summary>Scans a template part starting at _pos (just after <c>`</c> or <c>}</c>).</summary>
    private void ScanTemplate(bool isHead)
    {
        var source = _source;
        var bodyStart = _pos;
        var pos = bodyStart;
        InvalidEscapePosition = -1;
        InvalidEscapeMessage = null;
        StringBuilder? cooked = null;
        var hasCarriageReturn = false;
        var valid = true;
        while (true)
        {
            if (pos >= source.Length)
                throw Error(TokenStart, "Unterminated template");
            var c = source[pos];
            if (c == '`')
            {
                Kind = isHead ? TokenKind.NoSubstitutionTemplate : TokenKind.TemplateTail;
                _pos = pos + 1;
                break;
            }
            if (c == '$' && pos + 1 < source.Length && source[pos + 1] == '{')
            {
                Kind = isHead ? TokenKind.TemplateHead : TokenKind.TemplateMiddle;
                _pos = pos + 2;
                break;
            }
            if (c == '\\')
            {
                cooked ??= new StringBuilder().Append(source, bodyStart, pos - bodyStart);
                _pos = pos;
                if (!ReadEscape(cooked, inTemplate: true))
                {
                    valid = false;
                    // Skip the rest of a bad escape so scanning resumes at a sensible place.
                    if (_pos == pos) _pos = pos + 2;
                }
                pos = _pos;
                continue;
            }
            if (c == '\r')
            {
                hasCarriageReturn = true;
                cooked ??= new StringBuilder().Append(source, bodyStart, pos - bodyStart);
                cooked.Append('\n');
                pos++;
                if (pos < source.Length && source[pos] == '\n') pos++;
                continue;
            }
            cooked?.Append(c);
            pos++;
        }
        var bodyEnd = pos;
        var raw = source.AsSpan(bodyStart, bodyEnd - bodyStart);
        TemplateRaw = hasCarriageReturn || raw.Contains('\r') ? raw.ToString().Replace("\r\n", "\n").Replace('\r', '\n') : raw.ToString();
        Value = !valid ? null : cooked is null ? TemplateRaw : cooked.ToString();
    }

    /// <summary>Rescans the current <c>}</c> token as the continuation of a template.</summary>
    public void ReScanTemplateContinuation()
    {
        _pos = TokenStart + 1;
        ScanTemplate(isHead: false);
        TokenEnd = _pos;
    }

    /// <summary>Rescans the current <c>/</c> or <c>/=</c> token as a regular expression literal.</summary>
    public void ReScanRegExp()
    {
        var source = _source;
        var start = TokenStart;
        var pos = start + 1;
        var inClass = false;
        while (true)
        {
            if (pos >= source.Length || CharClass.IsLineTerminator(source[pos]))
                throw Error(start, "Unterminated regular expression");
            var c = source[pos];
            if (c == '\\')
            {
                pos++;
                if (pos >= source.Length || CharClass.IsLineTerminator(source[pos]))
                    throw Error(start, "Unterminated regular expression");
                pos++;
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '/' && !inClass) break;
            pos++;
        }
        var patternEnd = pos;
        pos++;
        var flagsStart = pos;
        while (pos < source.Length)
        {
            var c = source[pos];
            if (c == '\\')
                throw Error(pos, "Invalid regular expression flags");
            if (CharClass.IsAsciiIdPart(c) || (c > 127 && CharClass.IsIdPart(CodePointAt(pos))))
            {
                pos++;
                continue;
            }
            break;
        }
        var pattern = source.Substring(start + 1, patternEnd - start - 1);
        var flags = pos == flagsStart ? "" : source.Substring(flagsStart, pos - flagsStart);
        if (RegExpValidator.Validate(pattern, flags) is { } message)
            throw Error(start + 1, message);
        Kind = TokenKind.RegExp;
        Value = pattern;
        RegexFlags = flags;
        _pos = pos;
        TokenEnd = pos;
    }
}
