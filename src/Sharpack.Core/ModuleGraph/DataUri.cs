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
        {
            try
            {
                return Convert.FromBase64String(body);
            }
            catch (FormatException)
            {
                return null;
            }
        }
        return System.Text.Encoding.UTF8.GetBytes(TryUnescape(body) ?? body);
    }

    // decodeURIComponent, or null where it would throw (a "%" not followed by two hex digits, or bytes that are not UTF-8).
    private static string? TryUnescape(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal))
            return text;
        for (var i = text.IndexOf('%', StringComparison.Ordinal); i >= 0; i = text.IndexOf('%', i + 1))
        {
            if (i + 2 >= text.Length || !Uri.IsHexDigit(text[i + 1]) || !Uri.IsHexDigit(text[i + 2]))
                return null;
        }
        var unescaped = Uri.UnescapeDataString(text);
        return unescaped.Contains('\uFFFD', StringComparison.Ordinal) && !text.Contains("%EF%BF%BD", StringComparison.OrdinalIgnoreCase) ? null : unescaped;
    }
}
