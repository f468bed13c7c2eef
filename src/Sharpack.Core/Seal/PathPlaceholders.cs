// The placeholder walk of webpack's TemplatedPathPlugin: `[key]` or `[key:argument]` in a path
// template, each replaced by what the caller answers for it, or left as written. Filename
// templates, BannerPlugin's banners and a publicPath's [fullhash] share it; each knows its keys.

using System.Text;

namespace Sharpack.Core.Seal;

/// <summary>The value of the placeholder <paramref name="key"/> (with what followed its first colon, or empty), or null to leave it as written.</summary>
public delegate string? PlaceholderValue(string key, ReadOnlySpan<char> argument, bool hasArgument);

/// <summary>Replaces <c>[key]</c> and <c>[key:argument]</c> placeholders in path templates.</summary>
public static class PathPlaceholders
{
    /// <summary><paramref name="template"/> with each placeholder replaced by <paramref name="value"/>'s answer.</summary>
    public static string Replace(string template, PlaceholderValue value)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(value);
        if (!template.Contains('[', StringComparison.Ordinal))
            return template;
        var builder = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('[', i);
            var close = open < 0 ? -1 : template.IndexOf(']', open);
            if (close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }
            // A `[` inside (`a[b[name]`) starts the placeholder, as webpack's pattern matches.
            var inner = template.LastIndexOf('[', close);
            if (inner > open)
            {
                builder.Append(template, i, inner - i);
                i = inner;
                continue;
            }
            builder.Append(template, i, open - i);
            var placeholder = template.AsSpan(open + 1, close - open - 1);
            // `[\\name\\]` is the text `[name]` (webpack's escape for a literal placeholder).
            if (placeholder.Length > 2 && placeholder[0] == '\\' && placeholder[^1] == '\\')
            {
                builder.Append('[').Append(placeholder[1..^1]).Append(']');
                i = close + 1;
                continue;
            }
            var colon = placeholder.IndexOf(':');
            var key = (colon < 0 ? placeholder : placeholder[..colon]).ToString();
            var replacement = value(key, colon < 0 ? default : placeholder[(colon + 1)..], colon >= 0);
            if (replacement is null)
                builder.Append(template, open, close - open + 1);
            else
                builder.Append(replacement);
            i = close + 1;
        }
        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="template"/> with each placeholder replaced by <paramref name="value"/>'s answer for
    /// its key, a hash (<c>[…hash]</c>) cut to its <c>:length</c>; a length that is not a number leaves
    /// the placeholder as written (webpack's TemplatedPathPlugin replacer).
    /// </summary>
    public static string ReplaceWithLengths(string template, Func<string, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Replace(template, (key, argument, hasArgument) =>
        {
            var length = hasArgument ? Length(argument) : -1;
            if (hasArgument && length < 0)
                return null;
            var answer = value(key);
            return answer is not null && length >= 0 && length < answer.Length && key.Contains("hash", StringComparison.Ordinal) ? answer[..length] : answer;
        });
    }

    /// <summary>A <c>:length</c> argument (digits only), or -1.</summary>
    public static int Length(ReadOnlySpan<char> argument) =>
        int.TryParse(argument, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
}

/// <summary>
/// The parts of a file name webpack's TemplatedPathPlugin fills for a filename context: [file],
/// [query], [fragment], [path], [base] ([filebase]), [ext] and [name], with node's extname (a
/// leading dot is no extension).
/// </summary>
public readonly record struct FilePathParts(string File, string Query, string Fragment)
{
    /// <summary>The value of the file placeholder <paramref name="key"/>, or null for another key.</summary>
    public string? Value(string key)
    {
        var slash = File.LastIndexOf('/');
        var @base = File[(slash + 1)..];
        var dot = @base.LastIndexOf('.');
        return key switch
        {
            "file" => File,
            "query" => Query,
            "fragment" => Fragment,
            "path" => File[..(slash + 1)],
            "base" or "filebase" => @base,
            "ext" => dot > 0 ? @base[dot..] : "",
            "name" => dot > 0 ? @base[..dot] : @base,
            _ => null,
        };
    }
}
