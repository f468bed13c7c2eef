// Follows webpack lib/util/dataURL.js (RFC 2397): data:[<mediatype>][;params][;base64],<data>.
// The body is base64, or percent-encoded text (kept as written when it is not valid
// percent-encoding, as CSS's utf8 SVG URLs are).

namespace Sharpack.Core.ModuleGraph;

/// <summary>Reads data: URIs.</summary>
public static class DataUri
{
    /// <summary>The mimetype of <paramref name="uri"/> ("" when it names none).</summary>
    public static string MimeType(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var start = "data:".Length;
        var end = uri.AsSpan(start).IndexOfAny(';', ',');
        return end < 0 ? "" : uri.Substring(start, end).ToLowerInvariant();
    }

    /// <summary>The bytes <paramref name="uri"/> holds, or null when it is not a data: URI.</summary>
    public static byte[]? Decode(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return null;
        var comma = uri.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
            return null;
        var header = uri.AsSpan("data:".Length, comma - "data:".Length);
        var body = uri[(comma + 1)..];
        if (header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
            return Base64(body);
        return System.Text.Encoding.UTF8.GetBytes(TryUnescape(body) ?? body);
    }

    // node's Buffer.from(text, "base64"): URL-safe letters too, whitespace and anything after "="
    // ignored, no padding needed; characters outside the alphabet are skipped.
    private static byte[] Base64(string text)
    {
        var clean = new System.Text.StringBuilder(text.Length + 3);
        foreach (var c in text)
        {
            if (c == '=')
                break;
            if (c is '-')
                clean.Append('+');
            else if (c is '_')
                clean.Append('/');
            else if (char.IsAsciiLetterOrDigit(c) || c is '+' or '/')
                clean.Append(c);
        }
        // A lone trailing character holds no whole byte: node drops it.
        if (clean.Length % 4 == 1)
            clean.Length--;
        while (clean.Length % 4 != 0)
            clean.Append('=');
        return Convert.FromBase64String(clean.ToString());
    }

    // decodeURIComponent, or null where it would throw: a "%" not followed by two hex digits, or
    // escaped bytes that are not UTF-8.
    private static string? TryUnescape(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal))
            return text;
        var bytes = new List<byte>(text.Length);
        var builder = new System.Text.StringBuilder(text.Length);
        var strict = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        for (var i = 0; i < text.Length;)
        {
            if (text[i] != '%')
            {
                builder.Append(text[i++]);
                continue;
            }
            // A run of escapes is one UTF-8 sequence (or several).
            bytes.Clear();
            while (i < text.Length && text[i] == '%')
            {
                if (i + 2 >= text.Length || !Uri.IsHexDigit(text[i + 1]) || !Uri.IsHexDigit(text[i + 2]))
                    return null;
                bytes.Add((byte)Convert.ToInt32(text.Substring(i + 1, 2), 16));
                i += 3;
            }
            try
            {
                builder.Append(strict.GetString(bytes.ToArray()));
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
        return builder.ToString();
    }
}
