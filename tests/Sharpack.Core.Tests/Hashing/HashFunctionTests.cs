// output.hashFunction's algorithms: MD4 (webpack 5's default, ours) against RFC 1320's vectors,
// the named algorithms behind Hash.Create, digests in every encoding, and the salt.

using System.Security.Cryptography;
using System.Text;
using Sharpack.Core.Hashing;
using Xunit;

namespace Sharpack.Core.Tests.Hashing;

public sealed class HashFunctionTests
{
    [Theory]
    [InlineData("", "31d6cfe0d16ae931b73c59d7e0c089c0")]
    [InlineData("a", "bde52cb31de33e46245e05fbdbd6fb24")]
    [InlineData("abc", "a448017aaf21d8525fc10ae87aa6729d")]
    [InlineData("message digest", "d9130a8164549fe818874806e1c7014b")]
    [InlineData("abcdefghijklmnopqrstuvwxyz", "d79e1c308aa5bbcdeea8ed63df412da9")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345678901234567890", "e33b4ddc9c38f2199c3e7b164fcc0536")]
    public void Md4_matches_rfc_1320(string text, string expected)
    {
        var whole = new Md4Hash();
        whole.Append(Encoding.ASCII.GetBytes(text));
        Assert.Equal(expected, whole.Digest("hex"));
        // Fed a byte at a time, across block boundaries.
        var pieces = new Md4Hash();
        foreach (var b in Encoding.ASCII.GetBytes(text))
            pieces.Append([b]);
        Assert.Equal(expected, pieces.Digest("hex"));
    }

    [Fact]
    public void Named_functions_hash_as_their_algorithms_and_xxhash64_as_before()
    {
        var data = Encoding.UTF8.GetBytes("console.log('ünïcode');");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(data)), Digest("sha256", data, "hex"));
        Assert.Equal(Convert.ToHexStringLower(MD5.HashData(data)), Digest("md5", data, "hex"));
        Assert.Equal(Convert.ToHexStringLower(SHA1.HashData(data)), Digest("sha1", data, "hex"));
        Assert.Equal(Convert.ToBase64String(SHA512.HashData(data)), Digest("sha512", data, "base64"));
        Assert.Equal(XxHash64.ToHex(XxHash64.Hash(data)), Digest("xxhash64", data, "hex"));
        Assert.Null(Hash.Create("whirlpool"));
        var debug = Hash.Create("debug")!;
        debug.Append("a"u8);
        debug.Append("b".AsSpan());
        Assert.Equal(Convert.ToHexStringLower("@webpack-debug-digest@[a]\n[b]\n"u8), debug.Digest("base64"));
    }

    [Fact]
    public void Text_is_hashed_as_utf8_and_the_salt_comes_first()
    {
        var text = "const é = '😀';";
        var hash = Hash.Create("sha256")!;
        hash.Append(text.AsSpan());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), hash.Digest("hex"));

        var salted = Hash.Create(new Sharpack.Core.Options.OutputOptions { Path = "/out", Filename = "[name].js", ChunkFilename = "[id].js", HashFunction = "md5", HashSalt = "salt" });
        salted.Append("data"u8);
        Assert.Equal(Convert.ToHexStringLower(MD5.HashData("saltdata"u8)), salted.Digest("hex"));
    }

    [Theory]
    [InlineData("hex", "00ff10")]
    [InlineData("base64", "AP8Q")]
    [InlineData("base64url", "AP8Q")]
    [InlineData("latin1", "\u0000\u00ff\u0010")]
    [InlineData("base62", "0gZa")]
    public void Digests_are_written_in_webpacks_encodings(string encoding, string expected) =>
        Assert.Equal(expected, HashDigest.Encode([0x00, 0xff, 0x10], encoding));

    private static string Digest(string function, byte[] data, string encoding)
    {
        var hash = Hash.Create(function)!;
        hash.Append(data);
        return hash.Digest(encoding);
    }
}
