// Fills [name], [id], [contenthash] (the rendered bytes' hash: webpack's realContentHash),
// [chunkhash] (the chunk's hash) and [fullhash] in a filename template; a hash
// may take a digest and a length, as in webpack's TemplatedPathPlugin: [contenthash:8],
// [contenthash:base64url:8]. Digests: hex, base64, base64url (base64safe) and webpack's
// base26/32/36/49/52/58/62 (lib/util/hash/hash-digest.js); Sharpack's hashes are 8 bytes
// (xxhash64), re-encoded from those bytes.

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
                    "contenthash" => Digest(ContentHash(content), digest),
                    // The chunk's hash when the hashing pass has run; before it (and for a chunk
                    // it did not hash), what the chunk renders.
                    "chunkhash" => Digest(chunk.RenderedHash ?? ContentHash(content), digest),
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
    public static bool IsSupportedDigest(string digest) => digest is "hex" or "base64" or "base64url" or "base64safe" || BaseAlphabet(digest) is not null;

    // webpack's ENCODE_TABLE (lib/util/hash/hash-digest.js).
    private static string? BaseAlphabet(string digest) => digest switch
    {
        "base26" => "abcdefghijklmnopqrstuvwxyz",
        "base32" => "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
        "base36" => "0123456789abcdefghijklmnopqrstuvwxyz",
        "base49" => "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ",
        "base52" => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "base58" => "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",
        "base62" => "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        _ => null,
    };

    /// <summary>
    /// Follows webpack's hash-digest encode: the bytes as one big-endian number written in the
    /// alphabet's base, each leading zero byte as one leading alphabet[0].
    /// </summary>
    internal static string EncodeBase(ReadOnlySpan<byte> bytes, string alphabet)
    {
        if (bytes.IsEmpty)
            return "";
        var zeros = 0;
        while (zeros < bytes.Length && bytes[zeros] == 0)
            zeros++;
        var value = new System.Numerics.BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        var digits = new StringBuilder();
        var numberBase = new System.Numerics.BigInteger(alphabet.Length);
        while (value > 0)
        {
            value = System.Numerics.BigInteger.DivRem(value, numberBase, out var remainder);
            digits.Append(alphabet[(int)remainder]);
        }
        digits.Append(alphabet[0], zeros);
        var chars = digits.ToString().ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

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
        if (BaseAlphabet(digest) is { } alphabet)
            return EncodeBase(bytes, alphabet);
        var base64 = Convert.ToBase64String(bytes);
        return digest == "base64" ? base64 : base64.TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static string ContentHash(byte[] content) => Hashing.XxHash64.ToHex(Hashing.XxHash64.Hash(content));
}
