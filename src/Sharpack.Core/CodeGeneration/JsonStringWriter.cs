// JSON string escaping (valid JavaScript, with U+2028/U+2029 and lone surrogates escaped too) for
// large texts: the eval devtool turns every module's code into one string literal.
// PERF: runs of ordinary characters are found with one vectorized search and copied whole; the
// escaped length is counted first, so the literal is written into one string with no builder.

using System.Buffers;

namespace Sharpack.Core.CodeGeneration;

/// <summary>Measures and writes JSON-escaped text.</summary>
public static class JsonStringWriter
{
    // What must be escaped among ASCII; U+2028, U+2029 and surrogates are checked for separately.
    private static readonly SearchValues<char> s_asciiSpecial = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\"\\");

    /// <summary>How many characters <see cref="Write"/> writes for <paramref name="text"/> (without quotes).</summary>
    public static int EscapedLength(ReadOnlySpan<char> text)
    {
        // Non-ASCII text with separators or surrogates takes the character-by-character path.
        if (text.ContainsAnyInRange('\u2028', '\udfff'))
            return Escape(text, default, measureOnly: true);
        var length = text.Length;
        var rest = text;
        while (true)
        {
            var index = rest.IndexOfAny(s_asciiSpecial);
            if (index < 0)
                return length;
            length += EscapeLength(rest[index]) - 1;
            rest = rest[(index + 1)..];
        }
    }

    /// <summary>Writes <paramref name="text"/> escaped into <paramref name="destination"/> (sized by <see cref="EscapedLength"/>); returns the characters written.</summary>
    public static int Write(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (text.ContainsAnyInRange('\u2028', '\udfff'))
            return Escape(text, destination, measureOnly: false);
        var written = 0;
        var rest = text;
        while (true)
        {
            var index = rest.IndexOfAny(s_asciiSpecial);
            if (index < 0)
            {
                rest.CopyTo(destination[written..]);
                return written + rest.Length;
            }
            rest[..index].CopyTo(destination[written..]);
            written += index;
            written += WriteEscape(rest[index], destination[written..]);
            rest = rest[(index + 1)..];
        }
    }

    /// <summary>
    /// A JSON string literal of the concatenated parts, in one allocation, with
    /// <paramref name="before"/> and <paramref name="after"/> written around it as they are.
    /// </summary>
    public static string Literal(ReadOnlySpan<char> prefix, ReadOnlySpan<char> text, ReadOnlySpan<char> suffix, string before = "", string after = "")
    {
        var length = before.Length + 2 + EscapedLength(prefix) + EscapedLength(text) + EscapedLength(suffix) + after.Length;
        return string.Create(length, new Parts(before, prefix, text, suffix, after), static (span, parts) =>
        {
            parts.Before.CopyTo(span);
            var written = parts.Before.Length;
            span[written++] = '"';
            written += Write(parts.Prefix, span[written..]);
            written += Write(parts.Text, span[written..]);
            written += Write(parts.Suffix, span[written..]);
            span[written++] = '"';
            parts.After.CopyTo(span[written..]);
        });
    }

    /// <summary>
    /// <see cref="Literal"/> as UTF-8 bytes, written straight from the text: a chunk's bytes are
    /// what is emitted, so the escaped text never exists as a string.
    /// </summary>
    public static byte[] Utf8Literal(ReadOnlySpan<char> prefix, ReadOnlySpan<char> text, ReadOnlySpan<char> suffix, string before = "", string after = "")
    {
        var length = before.Length + 2 + Utf8Length(prefix) + Utf8Length(text) + Utf8Length(suffix) + after.Length;
        var bytes = GC.AllocateUninitializedArray<byte>(length);
        var span = bytes.AsSpan();
        var written = System.Text.Encoding.UTF8.GetBytes(before, span);
        span[written++] = (byte)'"';
        written += WriteUtf8(prefix, span[written..]);
        written += WriteUtf8(text, span[written..]);
        written += WriteUtf8(suffix, span[written..]);
        span[written++] = (byte)'"';
        System.Text.Encoding.UTF8.GetBytes(after, span[written..]);
        return bytes;
    }

    // The index of the next character to escape: ASCII specials by one vectorized search, and in
    // text holding U+2028 or more (`general`), separators and lone surrogates too.
    private static int NextSpecial(ReadOnlySpan<char> text, bool general)
    {
        if (!general)
            return text.IndexOfAny(s_asciiSpecial);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 || c is '"' or '\\' or '\u2028' or '\u2029' || (char.IsSurrogate(c) && !IsPairedSurrogate(text, i)))
                return i;
        }
        return -1;
    }

    private static int Utf8Length(ReadOnlySpan<char> text)
    {
        var general = text.ContainsAnyInRange('\u2028', '\udfff');
        var length = 0;
        while (true)
        {
            var index = NextSpecial(text, general);
            if (index < 0)
                return length + System.Text.Encoding.UTF8.GetByteCount(text);
            length += System.Text.Encoding.UTF8.GetByteCount(text[..index]) + EscapeLength(text[index]);
            text = text[(index + 1)..];
        }
    }

    private static int WriteUtf8(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var general = text.ContainsAnyInRange('\u2028', '\udfff');
        var written = 0;
        Span<char> escape = stackalloc char[6];
        while (true)
        {
            var index = NextSpecial(text, general);
            if (index < 0)
                return written + System.Text.Encoding.UTF8.GetBytes(text, destination[written..]);
            written += System.Text.Encoding.UTF8.GetBytes(text[..index], destination[written..]);
            var count = WriteEscape(text[index], escape);
            for (var i = 0; i < count; i++)
                destination[written++] = (byte)escape[i];
            text = text[(index + 1)..];
        }
    }

    private readonly ref struct Parts(string before, ReadOnlySpan<char> prefix, ReadOnlySpan<char> text, ReadOnlySpan<char> suffix, string after)
    {
        public readonly string Before = before;
        public readonly string After = after;
        public readonly ReadOnlySpan<char> Prefix = prefix;
        public readonly ReadOnlySpan<char> Text = text;
        public readonly ReadOnlySpan<char> Suffix = suffix;
    }

    private static int EscapeLength(char c) => c switch
    {
        '"' or '\\' or '\n' or '\r' => 2,
        _ => 6,
    };

    private static int WriteEscape(char c, Span<char> destination)
    {
        switch (c)
        {
            case '"': destination[0] = '\\'; destination[1] = '"'; return 2;
            case '\\': destination[0] = '\\'; destination[1] = '\\'; return 2;
            case '\n': destination[0] = '\\'; destination[1] = 'n'; return 2;
            case '\r': destination[0] = '\\'; destination[1] = 'r'; return 2;
            default:
                destination[0] = '\\';
                destination[1] = 'u';
                ((int)c).TryFormat(destination[2..6], out _, "x4", System.Globalization.CultureInfo.InvariantCulture);
                return 6;
        }
    }

    // The general path: every character looked at, lone surrogates (no UTF-8 form) escaped.
    private static int Escape(ReadOnlySpan<char> text, Span<char> destination, bool measureOnly)
    {
        var written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escape = c < 0x20 || c is '"' or '\\' or '\u2028' or '\u2029' || (char.IsSurrogate(c) && !IsPairedSurrogate(text, i));
            if (!escape)
            {
                if (!measureOnly)
                    destination[written] = c;
                written++;
            }
            else if (measureOnly)
            {
                written += EscapeLength(c);
            }
            else
            {
                written += WriteEscape(c, destination[written..]);
            }
        }
        return written;
    }

    private static bool IsPairedSurrogate(ReadOnlySpan<char> value, int index) =>
        char.IsHighSurrogate(value[index])
            ? index + 1 < value.Length && char.IsLowSurrogate(value[index + 1])
            : index > 0 && char.IsHighSurrogate(value[index - 1]);
}
