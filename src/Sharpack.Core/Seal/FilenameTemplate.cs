// Fills [name], [id], [contenthash], [chunkhash] and [fullhash] in a filename template; a hash
// may take a digest and a length, as in webpack's TemplatedPathPlugin: [contenthash:8],
// [contenthash:base64url:8]. Digests: hex, base64, base64url (base64safe); Sharpack's hashes are
// 8 bytes (xxhash64), re-encoded from those bytes.

using System.Text;
using Sharpack.Core.ChunkGraph;

namespace Sharpack.Core.Seal;

internal static class FilenameTemplate
{
    public static string Render(string template, Chunk chunk, byte[] content, string fullHash)
    {
        var builder = new StringBuilder(template.Length + 16);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('[', i);
            if (open < 0) { builder.Append(template, i, template.Length - i); break; }
            var close = template.IndexOf(']', open);
            if (close < 0) { builder.Append(template, i, template.Length - i); break; }
            builder.Append(template, i, open - i);
            var placeholder = template.AsSpan(open + 1, close - open - 1);
            string? value = null;
            var length = -1;
            if (Parse(placeholder, out var key, out var digest, out length))
            {
                value = key switch
                {
                    "name" => chunk.Name ?? chunk.Id,
                    "id" => chunk.Id,
                    "contenthash" or "chunkhash" => Digest(ContentHash(content), digest),
                    "fullhash" or "hash" => Digest(fullHash.Length > 0 ? fullHash : ContentHash(content), digest),
                    _ => null,
                };
            }
            if (value is null)
            {
                builder.Append(template, open, close - open + 1);
            }
            else
            {
                builder.Append(length > 0 && length < value.Length ? value[..length] : value);
            }
            i = close + 1;
        }
        return builder.ToString();
    }

    /// <summary>The digests a hash placeholder may ask for.</summary>
    public static bool IsSupportedDigest(string digest) => digest is "hex" or "base64" or "base64url" or "base64safe";

    /// <summary>
    /// Reads <c>key</c>, <c>key:length</c>, <c>key:digest</c> or <c>key:digest:length</c>; false
    /// for anything else (left in the name as written).
    /// </summary>
    public static bool Parse(ReadOnlySpan<char> placeholder, out string key, out string? digest, out int length)
    {
        digest = null;
        length = -1;
        var colon = placeholder.IndexOf(':');
        key = (colon < 0 ? placeholder : placeholder[..colon]).ToString();
        if (colon < 0)
            return true;
        var rest = placeholder[(colon + 1)..];
        var second = rest.IndexOf(':');
        var first = second < 0 ? rest : rest[..second];
        if (int.TryParse(first, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out length))
            return second < 0;
        digest = first.ToString();
        if (second < 0)
            return true;
        return int.TryParse(rest[(second + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out length);
    }

    // Re-encodes a hex hash in another digest (webpack's reEncodeDigest).
    private static string Digest(string hex, string? digest)
    {
        if (digest is null or "hex" || !IsSupportedDigest(digest))
            return hex;
        var bytes = Convert.FromHexString(hex);
        var base64 = Convert.ToBase64String(bytes);
        return digest == "base64" ? base64 : base64.TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static string ContentHash(byte[] content) => Hashing.XxHash64.ToHex(Hashing.XxHash64.Hash(content));
}
