// Follows webpack lib/util/hash/hash-digest.js: a digest's bytes written as hex, base64,
// base64url, latin1 or one of webpack's base26…base62 alphabets.

using System.Text;

namespace Sharpack.Core.Hashing;

/// <summary>Encodes digests as webpack's <c>output.hashDigest</c> and <c>[hash:digest]</c> do.</summary>
public static class HashDigest
{
    /// <summary>Whether <paramref name="encoding"/> is a digest encoding webpack knows.</summary>
    public static bool IsSupported(string encoding) =>
        encoding is "hex" or "base64" or "base64url" or "base64safe" or "latin1" or "binary" || BaseAlphabet(encoding) is not null;

    /// <summary><paramref name="bytes"/> in <paramref name="encoding"/>.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes, string encoding)
    {
        switch (encoding)
        {
            case "hex":
                return Convert.ToHexStringLower(bytes);
            case "base64":
                return Convert.ToBase64String(bytes);
            case "base64url" or "base64safe":
                return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            case "latin1" or "binary":
                return Encoding.Latin1.GetString(bytes);
        }
        return BaseAlphabet(encoding) is { } alphabet
            ? EncodeBase(bytes, alphabet)
            : throw new ArgumentException($"Unknown hash digest '{encoding}'.", nameof(encoding));
    }

    // webpack's ENCODE_TABLE.
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
    /// The bytes as one big-endian number written in the alphabet's base, each leading zero byte
    /// as one leading alphabet[0].
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
}
