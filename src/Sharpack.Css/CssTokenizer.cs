// The tokenizer of CSS Syntax Level 3 (§4), over the source as written: the specification's
// preprocessing (CR, FF and CRLF as LF, NUL and lone surrogates as U+FFFD) is applied where it
// matters (newlines in strings and escapes, what counts as an identifier character, decoded
// values) instead of copying the text, so token offsets are offsets into the file. Comments are
// tokens too. Parse errors never stop it: they are recorded, and the token the specification
// gives is returned.
//
// PERF: tokens are structs; names and string contents are ranges of the source, decoded into a
// string only when asked for (Value) and only copied when they contain escapes.

using System.Globalization;
using System.Text;

namespace Sharpack.Css;

/// <summary>A parse error the tokenizer or parser recovered from.</summary>
/// <param name="Offset">Where in the source (UTF-16 offset).</param>
/// <param name="Message">What was wrong.</param>
public readonly record struct CssParseError(int Offset, string Message);

/// <summary>Splits CSS source into tokens (CSS Syntax Level 3 §4).</summary>
public sealed class CssTokenizer
{
    private const char Replacement = '\uFFFD';

    private readonly string _source;
    private int _position;

    /// <summary>Creates a tokenizer over <paramref name="source"/>, starting at its beginning (a byte order mark is skipped).</summary>
    public CssTokenizer(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _position = source.Length > 0 && source[0] == '\uFEFF' ? 1 : 0;
    }

    /// <summary>The source being tokenized.</summary>
    public string Source => _source;

    /// <summary>Offset of the next character to read.</summary>
    public int Position => _position;

    /// <summary>The parse errors met so far, in source order.</summary>
    public List<CssParseError> Errors { get; } = [];

    /// <summary>Every token of <paramref name="source"/> (comments included, no end-of-file token).</summary>
    public static List<CssToken> Tokenize(string source)
    {
        var tokenizer = new CssTokenizer(source);
        var tokens = new List<CssToken>(source.Length / 4 + 4);
        while (true)
        {
            var token = tokenizer.Next();
            if (token.Kind == CssTokenKind.EndOfFile)
                return tokens;
            tokens.Add(token);
        }
    }

    /// <summary>Consumes and returns the next token (<see cref="CssTokenKind.EndOfFile"/> at the end, then again).</summary>
    public CssToken Next()
    {
        var start = _position;
        if (start >= _source.Length)
            return new CssToken(CssTokenKind.EndOfFile, CssTokenFlags.None, start, start, start, start, 0);
        var c = _source[start];
        switch (c)
        {
            case '/':
                if (At(start + 1) == '*')
                    return ConsumeComment(start);
                return Single(CssTokenKind.Delim, start);
            case ' ':
            case '\t':
            case '\n':
            case '\r':
            case '\f':
                _position = start + 1;
                while (IsWhitespace(At(_position)))
                    _position++;
                return Token(CssTokenKind.Whitespace, start);
            case '"':
            case '\'':
                return ConsumeString(start, c);
            case '#':
                if (IsIdentCodePoint(At(start + 1)) || IsValidEscape(start + 1))
                {
                    var flags = StartsIdentSequence(start + 1) ? CssTokenFlags.HashId : CssTokenFlags.None;
                    _position = start + 1;
                    flags |= ConsumeIdentSequence();
                    return new CssToken(CssTokenKind.Hash, flags, start, _position, start + 1, _position, 0);
                }
                return Single(CssTokenKind.Delim, start);
            case '(':
                return Single(CssTokenKind.LeftParenthesis, start);
            case ')':
                return Single(CssTokenKind.RightParenthesis, start);
            case '+':
            case '.':
                if (StartsNumber(start))
                    return ConsumeNumeric(start);
                return Single(CssTokenKind.Delim, start);
            case ',':
                return Single(CssTokenKind.Comma, start);
            case '-':
                if (StartsNumber(start))
                    return ConsumeNumeric(start);
                if (At(start + 1) == '-' && At(start + 2) == '>')
                {
                    _position = start + 3;
                    return Token(CssTokenKind.Cdc, start);
                }
                if (StartsIdentSequence(start))
                    return ConsumeIdentLike(start);
                return Single(CssTokenKind.Delim, start);
            case ':':
                return Single(CssTokenKind.Colon, start);
            case ';':
                return Single(CssTokenKind.Semicolon, start);
            case '<':
                if (At(start + 1) == '!' && At(start + 2) == '-' && At(start + 3) == '-')
                {
                    _position = start + 4;
                    return Token(CssTokenKind.Cdo, start);
                }
                return Single(CssTokenKind.Delim, start);
            case '@':
                if (StartsIdentSequence(start + 1))
                {
                    _position = start + 1;
                    var flags = ConsumeIdentSequence();
                    return new CssToken(CssTokenKind.AtKeyword, flags, start, _position, start + 1, _position, 0);
                }
                return Single(CssTokenKind.Delim, start);
            case '[':
                return Single(CssTokenKind.LeftBracket, start);
            case '\\':
                if (IsValidEscape(start))
                    return ConsumeIdentLike(start);
                Error(start, "Invalid escape");
                return Single(CssTokenKind.Delim, start);
            case ']':
                return Single(CssTokenKind.RightBracket, start);
            case '{':
                return Single(CssTokenKind.LeftBrace, start);
            case '}':
                return Single(CssTokenKind.RightBrace, start);
        }
        if (IsDigit(c))
            return ConsumeNumeric(start);
        if (IsIdentStartCodePoint(c))
            return ConsumeIdentLike(start);
        // A delim is one code point: a surrogate pair stays together.
        _position = start + (char.IsHighSurrogate(c) && char.IsLowSurrogate(At(start + 1)) ? 2 : 1);
        return new CssToken(CssTokenKind.Delim, CssTokenFlags.None, start, _position, start, _position, 0);
    }

    /// <summary>
    /// The decoded value of <paramref name="token"/>: the name of an ident, function, at-keyword
    /// or hash, the contents of a string or url, the unit of a dimension, a delim's code point
    /// (escapes resolved, NUL and lone surrogates as U+FFFD).
    /// </summary>
    public string Value(in CssToken token) => DecodeValue(_source, token);

    /// <inheritdoc cref="Value(in CssToken)"/>
    public static string DecodeValue(string source, in CssToken token)
    {
        if (token.Kind == CssTokenKind.Delim && source[token.Start] == '\0')
            return Replacement.ToString();
        if (!token.IsEscaped)
            return source.Substring(token.ValueStart, token.ValueEnd - token.ValueStart);
        return Decode(source, token.ValueStart, token.ValueEnd, inString: token.Kind is CssTokenKind.String or CssTokenKind.BadString);
    }

    /// <summary>The unescaped text of <paramref name="source"/>[start..end) (a name or string contents as written).</summary>
    private static string Decode(string source, int start, int end, bool inString)
    {
        var builder = new StringBuilder(end - start);
        var i = start;
        while (i < end)
        {
            var c = source[i];
            if (c == '\\')
            {
                if (i + 1 >= end)
                {
                    // A backslash at the end of the input: U+FFFD in a name; in a string, nothing.
                    if (!inString)
                        builder.Append(Replacement);
                    i++;
                    continue;
                }
                var next = source[i + 1];
                if (next is '\n' or '\f')
                {
                    i += 2;
                    continue;
                }
                if (next == '\r')
                {
                    i += i + 2 < end && source[i + 2] == '\n' ? 3 : 2;
                    continue;
                }
                i = DecodeEscape(source, i + 1, end, builder);
                continue;
            }
            if (c == '\0')
            {
                builder.Append(Replacement);
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(source[i + 1]))
                {
                    builder.Append(c).Append(source[i + 1]);
                    i += 2;
                }
                else
                {
                    builder.Append(Replacement);
                    i++;
                }
                continue;
            }
            builder.Append(c);
            i++;
        }
        return builder.ToString();
    }

    // After a backslash at i - 1: appends the escaped code point, returns the offset after the escape.
    private static int DecodeEscape(string source, int i, int end, StringBuilder builder)
    {
        var c = source[i];
        if (!IsHexDigit(c))
        {
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(source[i + 1]))
            {
                builder.Append(c).Append(source[i + 1]);
                return i + 2;
            }
            builder.Append(c == '\0' || char.IsSurrogate(c) ? Replacement : c);
            return i + 1;
        }
        var value = 0;
        var digits = 0;
        while (digits < 6 && i < end && IsHexDigit(source[i]))
        {
            value = value * 16 + HexValue(source[i]);
            i++;
            digits++;
        }
        if (i < end && IsWhitespace(source[i]))
            i += source[i] == '\r' && i + 1 < end && source[i + 1] == '\n' ? 2 : 1;
        if (value == 0 || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
            builder.Append(Replacement);
        else
            builder.Append(char.ConvertFromUtf32(value));
        return i;
    }

    // ---- token kinds ----

    private CssToken Single(CssTokenKind kind, int start)
    {
        _position = start + 1;
        return new CssToken(kind, CssTokenFlags.None, start, start + 1, start, start + 1, 0);
    }

    private CssToken Token(CssTokenKind kind, int start) =>
        new(kind, CssTokenFlags.None, start, _position, start, _position, 0);

    private CssToken ConsumeComment(int start)
    {
        var close = _source.IndexOf("*/", start + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            Error(start, "Unterminated comment");
            _position = _source.Length;
            return new CssToken(CssTokenKind.Comment, CssTokenFlags.None, start, _position, start + 2, _position, 0);
        }
        _position = close + 2;
        return new CssToken(CssTokenKind.Comment, CssTokenFlags.None, start, _position, start + 2, close, 0);
    }

    // §4.3.5, at the opening quote.
    private CssToken ConsumeString(int start, char quote)
    {
        var flags = CssTokenFlags.None;
        var i = start + 1;
        while (true)
        {
            if (i >= _source.Length)
            {
                Error(start, "Unterminated string");
                _position = i;
                return new CssToken(CssTokenKind.String, flags, start, i, start + 1, i, 0);
            }
            var c = _source[i];
            if (c == quote)
            {
                _position = i + 1;
                return new CssToken(CssTokenKind.String, flags, start, i + 1, start + 1, i, 0);
            }
            switch (c)
            {
                case '\n':
                case '\r':
                case '\f':
                    // The newline is not part of the bad string; it is the next token's.
                    Error(i, "Newline in string");
                    _position = i;
                    return new CssToken(CssTokenKind.BadString, flags, start, i, start + 1, i, 0);
                case '\\':
                    flags |= CssTokenFlags.Escaped;
                    if (i + 1 >= _source.Length)
                    {
                        i++;
                        continue;
                    }
                    i = SkipEscapeOrContinuation(i + 1);
                    continue;
                case '\0':
                    flags |= CssTokenFlags.Escaped;
                    break;
                default:
                    if (char.IsSurrogate(c))
                        flags |= CssTokenFlags.Escaped;
                    break;
            }
            i++;
        }
    }

    // After a backslash in a string: a newline continues the line; otherwise an escape.
    private int SkipEscapeOrContinuation(int i)
    {
        var c = _source[i];
        if (c is '\n' or '\f')
            return i + 1;
        if (c == '\r')
            return At(i + 1) == '\n' ? i + 2 : i + 1;
        return SkipEscape(i);
    }

    // §4.3.7 after the backslash: the offset after the escaped code point.
    private int SkipEscape(int i)
    {
        if (i >= _source.Length)
        {
            Error(i, "Escape at the end of the input");
            return i;
        }
        var c = _source[i];
        if (!IsHexDigit(c))
            return i + (char.IsHighSurrogate(c) && char.IsLowSurrogate(At(i + 1)) ? 2 : 1);
        var digits = 0;
        while (digits < 6 && IsHexDigit(At(i)))
        {
            i++;
            digits++;
        }
        var next = At(i);
        if (IsWhitespace(next))
            i += next == '\r' && At(i + 1) == '\n' ? 2 : 1;
        return i;
    }

    // §4.3.11, at the first code point of the sequence (_position); moves past it.
    private CssTokenFlags ConsumeIdentSequence()
    {
        var flags = CssTokenFlags.None;
        var i = _position;
        while (true)
        {
            var c = At(i);
            if (IsIdentCodePoint(c))
            {
                if (c == '\0' || char.IsSurrogate(c))
                    flags |= CssTokenFlags.Escaped;
                i++;
                continue;
            }
            if (c == '\\' && IsValidEscape(i))
            {
                flags |= CssTokenFlags.Escaped;
                i = SkipEscape(i + 1);
                continue;
            }
            _position = i;
            return flags;
        }
    }

    // §4.3.4: an ident, a function, or a url.
    private CssToken ConsumeIdentLike(int start)
    {
        _position = start;
        var flags = ConsumeIdentSequence();
        var nameEnd = _position;
        if (At(nameEnd) != '(')
            return new CssToken(CssTokenKind.Ident, flags, start, nameEnd, start, nameEnd, 0);
        if (IsUrlName(start, nameEnd, flags))
        {
            // url( with a quoted argument is an ordinary function; unquoted, a url token.
            var i = nameEnd + 1;
            while (IsWhitespace(At(i)) && IsWhitespace(At(i + 1)))
                i++;
            var next = At(i);
            if (next is '"' or '\'' || (IsWhitespace(next) && At(i + 1) is '"' or '\''))
            {
                _position = i;
                return new CssToken(CssTokenKind.Function, flags, start, nameEnd + 1, start, nameEnd, 0);
            }
            return ConsumeUrl(start, nameEnd + 1);
        }
        _position = nameEnd + 1;
        return new CssToken(CssTokenKind.Function, flags, start, nameEnd + 1, start, nameEnd, 0);
    }

    private bool IsUrlName(int start, int end, CssTokenFlags flags)
    {
        if (flags == CssTokenFlags.None)
            return end - start == 3 && _source.AsSpan(start, 3).Equals("url", StringComparison.OrdinalIgnoreCase);
        return string.Equals(Decode(_source, start, end, inString: false), "url", StringComparison.OrdinalIgnoreCase);
    }

    // §4.3.6, after `url(`.
    private CssToken ConsumeUrl(int start, int i)
    {
        var flags = CssTokenFlags.None;
        while (IsWhitespace(At(i)))
            i++;
        var valueStart = i;
        var valueEnd = i;
        while (true)
        {
            if (i >= _source.Length)
            {
                Error(start, "Unterminated url(");
                _position = i;
                return new CssToken(CssTokenKind.Url, flags, start, i, valueStart, valueEnd, 0);
            }
            var c = _source[i];
            if (c == ')')
            {
                _position = i + 1;
                return new CssToken(CssTokenKind.Url, flags, start, i + 1, valueStart, valueEnd, 0);
            }
            if (IsWhitespace(c))
            {
                var after = i;
                while (IsWhitespace(At(after)))
                    after++;
                if (after >= _source.Length)
                {
                    Error(start, "Unterminated url(");
                    _position = after;
                    return new CssToken(CssTokenKind.Url, flags, start, after, valueStart, valueEnd, 0);
                }
                if (_source[after] == ')')
                {
                    _position = after + 1;
                    return new CssToken(CssTokenKind.Url, flags, start, after + 1, valueStart, valueEnd, 0);
                }
                return ConsumeBadUrl(start, after);
            }
            if (c is '"' or '\'' or '(' || IsNonPrintable(c))
            {
                Error(i, "Unexpected character in url(");
                return ConsumeBadUrl(start, i);
            }
            if (c == '\\')
            {
                if (!IsValidEscape(i))
                {
                    Error(i, "Invalid escape in url(");
                    return ConsumeBadUrl(start, i);
                }
                flags |= CssTokenFlags.Escaped;
                i = SkipEscape(i + 1);
                valueEnd = i;
                continue;
            }
            if (c == '\0' || char.IsSurrogate(c))
                flags |= CssTokenFlags.Escaped;
            i++;
            valueEnd = i;
        }
    }

    // §4.3.14: up to and including the `)` (or the end).
    private CssToken ConsumeBadUrl(int start, int i)
    {
        while (i < _source.Length)
        {
            var c = _source[i];
            if (c == ')')
            {
                i++;
                break;
            }
            if (c == '\\' && IsValidEscape(i))
            {
                i = SkipEscape(i + 1);
                continue;
            }
            i++;
        }
        _position = i;
        return new CssToken(CssTokenKind.BadUrl, CssTokenFlags.None, start, i, start, i, 0);
    }

    // §4.3.3: a number, percentage or dimension.
    private CssToken ConsumeNumeric(int start)
    {
        var flags = CssTokenFlags.Integer;
        var i = start;
        if (_source[i] is '+' or '-')
        {
            flags |= CssTokenFlags.Signed;
            i++;
        }
        while (IsDigit(At(i)))
            i++;
        if (At(i) == '.' && IsDigit(At(i + 1)))
        {
            flags &= ~CssTokenFlags.Integer;
            i += 2;
            while (IsDigit(At(i)))
                i++;
        }
        if (At(i) is 'e' or 'E')
        {
            var sign = At(i + 1) is '+' or '-' ? 1 : 0;
            if (IsDigit(At(i + 1 + sign)))
            {
                flags &= ~CssTokenFlags.Integer;
                i += 2 + sign;
                while (IsDigit(At(i)))
                    i++;
            }
        }
        var value = ParseNumber(_source.AsSpan(start, i - start));
        if (StartsIdentSequence(i))
        {
            _position = i;
            flags |= ConsumeIdentSequence();
            return new CssToken(CssTokenKind.Dimension, flags, start, _position, i, _position, value);
        }
        if (At(i) == '%')
        {
            _position = i + 1;
            return new CssToken(CssTokenKind.Percentage, flags, start, i + 1, start, i, value);
        }
        _position = i;
        return new CssToken(CssTokenKind.Number, flags, start, i, start, i, value);
    }

    private static double ParseNumber(ReadOnlySpan<char> text)
    {
        var value = double.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        // -0 is a number in CSS too, but it prints as 0; keep the sign as written.
        return value;
    }

    // ---- code point classes (§4.2) ----

    private char At(int i) => (uint)i < (uint)_source.Length ? _source[i] : '\uFFFF';

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsHexDigit(char c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 5;

    private static int HexValue(char c) => IsDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;

    internal static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    internal static bool IsNonPrintable(char c) => c <= '\u0008' || c == '\u000B' || (c >= '\u000E' && c <= '\u001F') || c == '\u007F';

    // NUL reads as U+FFFD and a surrogate as a code point past the BMP (or U+FFFD): both are identifier code points.
    private static bool IsIdentStartCodePoint(char c) =>
        (uint)((c | 0x20) - 'a') <= 25 || c == '_' || (c >= 0x80 && IsNonAsciiIdentCodePoint(c)) || c == '\0';

    private static bool IsIdentCodePoint(char c) => IsIdentStartCodePoint(c) || IsDigit(c) || c == '-';

    private static bool IsNonAsciiIdentCodePoint(char c) =>
        c == 0xB7 || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x37D)
        || (c >= 0x37F && c <= 0x1FFF) || c == 0x200C || c == 0x200D || c == 0x203F || c == 0x2040
        || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
        || (c >= 0xD800 && c <= 0xDFFF) || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD);

    // §4.3.8: a backslash not followed by a newline.
    private bool IsValidEscape(int i) => At(i) == '\\' && i + 1 <= _source.Length && !(At(i + 1) is '\n' or '\r' or '\f');

    // §4.3.9
    private bool StartsIdentSequence(int i)
    {
        var c = At(i);
        if (c == '-')
        {
            var next = At(i + 1);
            return (IsIdentStartCodePoint(next) && next != '\uFFFF') || next == '-' || IsValidEscape(i + 1);
        }
        if (c == '\\')
            return IsValidEscape(i);
        return c != '\uFFFF' && IsIdentStartCodePoint(c);
    }

    // §4.3.10
    private bool StartsNumber(int i)
    {
        var c = At(i);
        if (c is '+' or '-')
        {
            var next = At(i + 1);
            return IsDigit(next) || (next == '.' && IsDigit(At(i + 2)));
        }
        if (c == '.')
            return IsDigit(At(i + 1));
        return IsDigit(c);
    }

    private void Error(int offset, string message) => Errors.Add(new CssParseError(offset, message));
}
