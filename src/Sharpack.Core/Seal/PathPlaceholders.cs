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

    /// <summary>A <c>:length</c> argument (digits only), or -1.</summary>
    public static int Length(ReadOnlySpan<char> argument) =>
        int.TryParse(argument, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
}
