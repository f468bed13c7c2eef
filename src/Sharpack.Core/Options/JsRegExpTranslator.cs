// Turns a JavaScript RegExp (source + flags, as a config file's `test: /\.js$/` arrives) into a
// .NET regular expression with the same meaning on file paths and queries. The two dialects
// agree on most syntax; the differences that matter are rewritten: \d and \w are ASCII in
// JavaScript, `.` excludes all line terminators, `$` without the m flag is the very end, `[^]`
// and `[]` are "any" and "nothing", \u{…} needs the u flag. Flags i, m, s become inline options.

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sharpack.Core.Options;

/// <summary>JavaScript RegExp → .NET regular expression source.</summary>
public static class JsRegExpTranslator
{
    /// <summary>
    /// The .NET pattern for <c>/source/flags</c>, to be used with
    /// <see cref="RegexOptions.CultureInvariant"/>; null with <paramref name="error"/> set when
    /// the flags are unknown or .NET cannot compile the result.
    /// </summary>
    public static string? Translate(string source, string flags, out string? error)
    {
        error = null;
        var inline = new StringBuilder();
        var dotAll = false;
        var multiline = false;
        var unicode = false;
        foreach (var flag in flags)
        {
            switch (flag)
            {
                case 'i': inline.Append('i'); break;
                case 'm': inline.Append('m'); multiline = true; break;
                case 's': dotAll = true; break;
                case 'u' or 'v': unicode = true; break;
                case 'g' or 'y' or 'd': break; // matching a path once: global, sticky, indices do not apply
                default:
                    error = $"unknown RegExp flag '{flag}'";
                    return null;
            }
        }
        var builder = new StringBuilder(source.Length + 16);
        if (inline.Length > 0)
            builder.Append("(?").Append(inline).Append(')');
        var inClass = false;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\\')
            {
                if (i + 1 >= source.Length)
                {
                    error = "\\ at end of pattern";
                    return null;
                }
                var next = source[++i];
                switch (next)
                {
                    case 'd': builder.Append(inClass ? "0-9" : "[0-9]"); break;
                    case 'D': builder.Append(inClass ? "\\D" : "[^0-9]"); break;
                    case 'w': builder.Append(inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]"); break;
                    case 'W': builder.Append(inClass ? "\\W" : "[^a-zA-Z0-9_]"); break;
                    case '/': builder.Append('/'); break;
                    case 'u' when unicode && i + 1 < source.Length && source[i + 1] == '{':
                        var close = source.IndexOf('}', i + 2);
                        if (close < 0 || !int.TryParse(source.AsSpan(i + 2, close - i - 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint)
                            || codePoint > 0x10FFFF)
                        {
                            error = "invalid \\u{…} escape";
                            return null;
                        }
                        AppendCodePoint(builder, codePoint, inClass);
                        i = close;
                        break;
                    default: builder.Append('\\').Append(next); break;
                }
                continue;
            }
            if (inClass)
            {
                if (c == ']')
                    inClass = false;
                builder.Append(c);
                continue;
            }
            switch (c)
            {
                case '[':
                    if (string.CompareOrdinal(source, i, "[^]", 0, 3) == 0)
                    {
                        builder.Append("[\\s\\S]");
                        i += 2;
                    }
                    else if (string.CompareOrdinal(source, i, "[]", 0, 2) == 0)
                    {
                        builder.Append("(?!)");
                        i += 1;
                    }
                    else
                    {
                        inClass = true;
                        builder.Append('[');
                        if (i + 1 < source.Length && source[i + 1] == '^')
                            builder.Append(source[++i]);
                    }
                    break;
                case '.':
                    builder.Append(dotAll ? "[\\s\\S]" : "[^\\n\\r\\u2028\\u2029]");
                    break;
                case '$':
                    builder.Append(multiline ? "(?=[\\n\\r\\u2028\\u2029]|\\z)" : "\\z");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        var pattern = builder.ToString();
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return null;
        }
        return pattern;
    }

    private static void AppendCodePoint(StringBuilder builder, int codePoint, bool inClass)
    {
        if (codePoint <= 0xFFFF)
        {
            builder.Append("\\u").Append(codePoint.ToString("X4", CultureInfo.InvariantCulture));
            return;
        }
        var text = char.ConvertFromUtf32(codePoint);
        // .NET classes hold UTF-16 units, so an astral character outside a class is its pair.
        if (!inClass)
            builder.Append("(?:");
        builder.Append("\\u").Append(((int)text[0]).ToString("X4", CultureInfo.InvariantCulture));
        builder.Append("\\u").Append(((int)text[1]).ToString("X4", CultureInfo.InvariantCulture));
        if (!inClass)
            builder.Append(')');
    }
}
