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
