// The named character references of WHATWG HTML §13.5 (html-entities.txt, written by
// tools/gen-html-entities.mjs) and the longest-match lookup the tokenizer's named character
// reference state makes (§13.2.5.73), plus the numeric reference replacements of §13.2.5.80.

using System.Globalization;
using System.Text;

namespace Sharpack.Html;

/// <summary>Named and numeric character references.</summary>
public static class HtmlCharacterReferences
{
    private static readonly Lazy<(Dictionary<string, string> Names, int Longest)> s_table = new(Load);

    /// <summary>The longest name any reference has (without <c>&amp;</c>, with its <c>;</c>).</summary>
    public static int LongestName => s_table.Value.Longest;

    /// <summary>
    /// The longest reference name that <paramref name="text"/> starts with (as written after
    /// <c>&amp;</c>, with its <c>;</c> where it has one) and the characters it stands for; 0 when none does.
    /// </summary>
    public static int Match(ReadOnlySpan<char> text, out string value)
    {
        var (names, longest) = s_table.Value;
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = Math.Min(longest, text.Length); length > 1; length--)
        {
            if (lookup.TryGetValue(text[..length], out value!))
                return length;
        }
        value = "";
        return 0;
    }

    /// <summary>
    /// <paramref name="raw"/> (a slice of the source) with its character references decoded, as webpack's
    /// decodeEntities reads a token's text after the tokenizer ran: <c>&amp;#…;</c> and <c>&amp;#x…;</c>
    /// always, a named reference by its longest name, except that in an attribute value
    /// (<paramref name="attribute"/>) one without <c>;</c> stays literal before <c>=</c> or more
    /// alphanumerics. References that name nothing stay as written.
    /// </summary>
    public static string Decode(string raw, bool attribute) => Decode(raw, attribute, null);

    /// <summary>
    /// <see cref="Decode(string, bool)"/>, and where each boundary of the decoded text is in
    /// <paramref name="raw"/>: <paramref name="map"/>[i] for i in 0..text.Length (a boundary inside a
    /// reference's characters maps to its <c>&amp;</c>); null when nothing was decoded.
    /// </summary>
    public static string Decode(string raw, bool attribute, out int[]? map)
    {
        var boundaries = new List<int>();
        var text = Decode(raw, attribute, boundaries);
        map = boundaries.Count == 0 ? null : boundaries.ToArray();
        return text;
    }

    private static string Decode(string raw, bool attribute, List<int>? map)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var amp = raw.IndexOf('&', StringComparison.Ordinal);
        if (amp < 0)
            return raw;
        StringBuilder? builder = null;
        var last = 0;
        while (amp >= 0)
        {
            // The three forms webpack scans, each with an optional `;`: &#x<hex>+, &#<digits>+, &<alpha><alnum>*.
            var end = 0;
            var code = -1;
            if (amp + 1 < raw.Length && raw[amp + 1] == '#')
            {
                var hex = amp + 2 < raw.Length && (raw[amp + 2] | 0x20) == 'x';
                var p = amp + (hex ? 3 : 2);
                var first = p;
                code = 0;
                for (; p < raw.Length && (hex ? char.IsAsciiHexDigit(raw[p]) : char.IsAsciiDigit(raw[p])); p++)
                    code = Math.Min(code * (hex ? 16 : 10) + HexValue(raw[p]), 0x110000);
                if (p > first)
                    end = p;
            }
            else if (amp + 1 < raw.Length && char.IsAsciiLetter(raw[amp + 1]))
            {
                var p = amp + 2;
                while (p < raw.Length && char.IsAsciiLetterOrDigit(raw[p]))
                    p++;
                end = p;
            }
            if (end == 0)
            {
                amp = raw.IndexOf('&', amp + 1);
                continue;
            }
            if (end < raw.Length && raw[end] == ';')
                end++;
            var decoded = code >= 0 ? Numeric(code) : Named(raw, amp, end, attribute);
            if (decoded is not null)
            {
                builder ??= new StringBuilder(raw.Length);
                if (map is not null)
                {
                    for (var r = last; r < amp; r++)
                        map.Add(r);
                    for (var i = 0; i < decoded.Length; i++)
                        map.Add(amp);
                }
                builder.Append(raw, last, amp - last).Append(decoded);
                last = end;
            }
            amp = end < raw.Length ? raw.IndexOf('&', end) : -1;
        }
        if (builder is null)
            return raw;
        if (map is not null)
        {
            for (var r = last; r <= raw.Length; r++)
                map.Add(r);
        }
        return builder.Append(raw, last, raw.Length - last).ToString();
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    // webpack's decodeNamedReference over raw[start..end) (the `&`, the name, its `;` if any).
    private static string? Named(string raw, int start, int end, bool attribute)
    {
        var name = raw.AsSpan(start + 1, end - start - 1);
        var endsWithSemicolon = name[^1] == ';';
        if (attribute && !endsWithSemicolon && end < raw.Length && raw[end] == '=')
            return null;
        var length = Match(name, out var value);
        if (length == 0)
            return null;
        if (length == name.Length)
            return value;
        // A shorter name that matched has no `;`: in an attribute the rest keeps it literal.
        return attribute ? null : value + name[length..].ToString();
    }

    /// <summary>The number a numeric reference names, as the characters it stands for (§13.2.5.80's replacements).</summary>
    public static string Numeric(int codePoint)
    {
        if (codePoint == 0 || codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF)
            return "\uFFFD";
        if (codePoint is >= 0x80 and <= 0x9F && s_windows1252[codePoint - 0x80] != 0)
            return ((char)s_windows1252[codePoint - 0x80]).ToString();
        return char.ConvertFromUtf32(codePoint);
    }

    // §13.2.5.80's table: C1 controls that Windows-1252 maps to printable characters (0: kept).
    private static readonly ushort[] s_windows1252 =
    [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ];

    private static (Dictionary<string, string>, int) Load()
    {
        using var stream = typeof(HtmlCharacterReferences).Assembly.GetManifestResourceStream("Sharpack.Html.html-entities.txt")
            ?? throw new InvalidOperationException("html-entities.txt is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var names = new Dictionary<string, string>(2300, StringComparer.Ordinal);
        var longest = 0;
        var value = new StringBuilder(2);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
                continue;
            value.Clear();
            foreach (var point in line.AsSpan(tab + 1).Split(' '))
                value.Append(char.ConvertFromUtf32(int.Parse(line.AsSpan(tab + 1)[point], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            names[line[..tab]] = value.ToString();
            longest = Math.Max(longest, tab);
        }
        return (names, longest);
    }
}
