// Follows webpack's JavascriptParser.parseCommentOptions: a block or line comment inside an
// expression whose text matches /\bwebpack[A-Z]/ holds `key: value` pairs, which webpack
// evaluates as an object literal. We read the values webpack's plugins accept (strings, numbers,
// booleans, regular expressions and arrays of strings) without evaluating JavaScript.

using System.Globalization;
using System.Text;
using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript;

/// <summary>A magic comment value: a string, number, boolean, regular expression or string array.</summary>
public sealed record MagicValue(string? String = null, double? Number = null, bool? Boolean = null, (string Source, string Flags)? RegExp = null, IReadOnlyList<string>? Strings = null)
{
    /// <summary>The value as JavaScript would print it, for warnings.</summary>
    public override string ToString() =>
        String is not null ? "\"" + String + "\""
        : Number is { } n ? n.ToString(CultureInfo.InvariantCulture)
        : Boolean is { } b ? (b ? "true" : "false")
        : RegExp is { } r ? "/" + r.Source + "/" + r.Flags
        : Strings is not null ? "[" + string.Join(", ", Strings) + "]"
        : "undefined";
}

/// <summary>Reads webpack magic comments.</summary>
public static class MagicComments
{
    /// <summary>
    /// The options in the comments between <paramref name="start"/> and <paramref name="end"/>,
    /// later keys overriding earlier ones; <paramref name="errors"/> gets a message per comment
    /// that could not be read.
    /// </summary>
    public static Dictionary<string, MagicValue> Parse(string source, IReadOnlyList<Comment> comments, int start, int end, List<string> errors)
    {
        var options = new Dictionary<string, MagicValue>(StringComparer.Ordinal);
        var index = FirstAtOrAfter(comments, start);
        for (; index < comments.Count && comments[index].End <= end; index++)
        {
            var comment = comments[index];
            var text = comment.IsBlock
                ? source.AsSpan(comment.Start + 2, comment.End - comment.Start - 4)
                : source.AsSpan(comment.Start + 2, comment.End - comment.Start - 2);
            if (!MentionsWebpack(text))
                continue;
            var reader = new Reader(text.ToString());
            if (!reader.ReadPairs(options))
                errors.Add($"Compilation error while processing magic comment(-s): /*{text}*/: {reader.Error}");
        }
        return options;
    }

    private static int FirstAtOrAfter(IReadOnlyList<Comment> comments, int offset)
    {
        int low = 0, high = comments.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (comments[middle].Start < offset) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private static bool MentionsWebpack(ReadOnlySpan<char> text)
    {
        var at = 0;
        while (true)
        {
            var found = text[at..].IndexOf("webpack", StringComparison.Ordinal);
            if (found < 0) return false;
            var position = at + found;
            var wordStart = position == 0 || !(char.IsAsciiLetterOrDigit(text[position - 1]) || text[position - 1] == '_');
            var next = position + 7;
            if (wordStart && next < text.Length && char.IsAsciiLetterUpper(text[next])) return true;
            at = position + 1;
        }
    }

    private sealed class Reader(string text)
    {
        private int _position;

        public string Error { get; private set; } = "";

        public bool ReadPairs(Dictionary<string, MagicValue> into)
        {
            SkipSpace();
            while (_position < text.Length)
            {
                var key = ReadKey();
                if (key is null) return Fail("expected a key");
                SkipSpace();
                if (!Eat(':')) return Fail($"expected ':' after {key}");
                SkipSpace();
                var value = ReadValue();
                if (value is null) return false;
                into[key] = value;
                SkipSpace();
                if (!Eat(',')) break;
                SkipSpace();
            }
            SkipSpace();
            return _position >= text.Length || Fail("unexpected '" + text[_position] + "'");
        }

        private bool Fail(string message)
        {
            if (Error.Length == 0) Error = message;
            return false;
        }

        private void SkipSpace()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position])) _position++;
        }

        private bool Eat(char c)
        {
            if (_position < text.Length && text[_position] == c) { _position++; return true; }
            return false;
        }

        private string? ReadKey()
        {
            if (_position < text.Length && text[_position] is '"' or '\'')
                return ReadString();
            var start = _position;
            while (_position < text.Length && (char.IsAsciiLetterOrDigit(text[_position]) || text[_position] is '_' or '$')) _position++;
            return _position > start ? text[start.._position] : null;
        }

        private MagicValue? ReadValue()
        {
            if (_position >= text.Length) { Fail("expected a value"); return null; }
            var c = text[_position];
            if (c is '"' or '\'' or '`')
                return ReadString() is { } s ? new MagicValue(String: s) : null;
            if (c == '/')
                return ReadRegExp();
            if (c == '[')
            {
                _position++;
                var items = new List<string>();
                SkipSpace();
                while (!Eat(']'))
                {
                    var item = ReadString();
                    if (item is null) { Fail("expected a string in the array"); return null; }
                    items.Add(item);
                    SkipSpace();
                    Eat(',');
                    SkipSpace();
                    if (_position >= text.Length) { Fail("unterminated array"); return null; }
                }
                return new MagicValue(Strings: items);
            }
            var start = _position;
            while (_position < text.Length && (char.IsAsciiLetterOrDigit(text[_position]) || text[_position] is '.' or '-' or '+' or '_')) _position++;
            var word = text[start.._position];
            switch (word)
            {
                case "true": return new MagicValue(Boolean: true);
                case "false": return new MagicValue(Boolean: false);
                case "null" or "undefined": return new MagicValue();
            }
            if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                return new MagicValue(Number: number);
            Fail(word.Length == 0 ? "unexpected '" + c + "'" : word + " is not defined");
            return null;
        }

        private string? ReadString()
        {
            var quote = text[_position++];
            var builder = new StringBuilder();
            while (_position < text.Length && text[_position] != quote)
            {
                var c = text[_position++];
                if (c == '\\' && _position < text.Length)
                {
                    if (!ReadEscape(builder)) { Fail("invalid escape sequence"); return null; }
                }
                else
                {
                    builder.Append(c);
                }
            }
            if (!Eat(quote)) { Fail("unterminated string"); return null; }
            return builder.ToString();
        }

        // A string literal's escape after the backslash, as JavaScript cooks it: single
        // characters, \0, \xHH, \uHHHH, \u{H…}, and a line continuation.
        private bool ReadEscape(StringBuilder builder)
        {
            var escaped = text[_position++];
            switch (escaped)
            {
                case 'n': builder.Append('\n'); return true;
                case 't': builder.Append('\t'); return true;
                case 'r': builder.Append('\r'); return true;
                case 'b': builder.Append('\b'); return true;
                case 'f': builder.Append('\f'); return true;
                case 'v': builder.Append('\v'); return true;
                case '0' when _position >= text.Length || !char.IsAsciiDigit(text[_position]): builder.Append('\0'); return true;
                case '\r':
                    if (_position < text.Length && text[_position] == '\n') _position++;
                    return true;
                case '\n' or '\u2028' or '\u2029': return true;
                case 'x': return ReadHex(2, builder);
                case 'u' when _position < text.Length && text[_position] == '{':
                    var close = text.IndexOf('}', _position);
                    if (close < 0 || !int.TryParse(text.AsSpan(_position + 1, close - _position - 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) || code > 0x10FFFF)
                        return false;
                    if (code is >= 0xD800 and <= 0xDFFF)
                        builder.Append((char)code); // a lone surrogate, as JavaScript keeps it
                    else
                        builder.Append(char.ConvertFromUtf32(code));
                    _position = close + 1;
                    return true;
                case 'u': return ReadHex(4, builder);
                default: builder.Append(escaped); return true;
            }
        }

        private bool ReadHex(int digits, StringBuilder builder)
        {
            if (_position + digits > text.Length || !int.TryParse(text.AsSpan(_position, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                return false;
            builder.Append((char)code);
            _position += digits;
            return true;
        }

        private MagicValue? ReadRegExp()
        {
            _position++;
            var start = _position;
            var inClass = false;
            while (_position < text.Length)
            {
                var c = text[_position];
                if (c == '\\') { _position += 2; continue; }
                if (c == '[') inClass = true;
                else if (c == ']') inClass = false;
                else if (c == '/' && !inClass) break;
                _position++;
            }
            if (_position >= text.Length) { Fail("unterminated regular expression"); return null; }
            var body = text[start.._position];
            _position++;
            var flagsStart = _position;
            while (_position < text.Length && char.IsAsciiLetter(text[_position])) _position++;
            return new MagicValue(RegExp: (body, text[flagsStart.._position]));
        }
    }
}
