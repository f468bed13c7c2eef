// XXH64 against reference values computed with xxhash-wasm 1.1.0 in node (outside the repo):
// short inputs, inputs around the 32-byte stripe, 1 MiB of xorshift bytes, four seeds; plus
// streaming in odd pieces and UTF-8 hashing of strings.

using System.Text;
using Sharpack.Core.Hashing;

namespace Sharpack.Core.Tests.Hashing;

public class XxHash64Tests
{
    [Theory]
    [InlineData("Empty", 0x0UL, 0xef46db3751d8e999UL)]
    [InlineData("Empty", 0x1UL, 0xd5afba1336a3be4bUL)]
    [InlineData("Empty", 0x9e3779b97f4a7c15UL, 0xc4349fc93c010000UL)]
    [InlineData("Empty", 0xffffffffffffffffUL, 0x298f4c84b24f5380UL)]
    [InlineData("A", 0x0UL, 0xd24ec4f1a98c6e5bUL)]
    [InlineData("A", 0x1UL, 0xdec2bc81c3cd46c6UL)]
    [InlineData("A", 0x9e3779b97f4a7c15UL, 0x9a7c6d2ea45568c9UL)]
    [InlineData("A", 0xffffffffffffffffUL, 0x60c43759873ece62UL)]
    [InlineData("Abc", 0x0UL, 0x44bc2cf5ad770999UL)]
    [InlineData("Abc", 0x1UL, 0xbea9ca8199328908UL)]
    [InlineData("Abc", 0x9e3779b97f4a7c15UL, 0x2ed0f59d6b43ac8bUL)]
    [InlineData("Abc", 0xffffffffffffffffUL, 0x28306e589cc02176UL)]
    [InlineData("Random100", 0x0UL, 0xfbe8877d4ac22dd3UL)]
    [InlineData("Random100", 0x1UL, 0x5211498f36531ba5UL)]
    [InlineData("Random100", 0x9e3779b97f4a7c15UL, 0x242216f9ff1ea2a1UL)]
    [InlineData("Random100", 0xffffffffffffffffUL, 0x2ac7972ef333e0b3UL)]
    [InlineData("Random31", 0x0UL, 0x566c9384f50d97c7UL)]
    [InlineData("Random31", 0x1UL, 0xbd4f52eb3f11c21bUL)]
    [InlineData("Random31", 0x9e3779b97f4a7c15UL, 0x271e052e71d77dc5UL)]
    [InlineData("Random31", 0xffffffffffffffffUL, 0xf2f55e9170eca891UL)]
    [InlineData("Random32", 0x0UL, 0xb65db78712b11914UL)]
    [InlineData("Random32", 0x1UL, 0x72f8e618f2d95d41UL)]
    [InlineData("Random32", 0x9e3779b97f4a7c15UL, 0x3e23dda30c2d5c02UL)]
    [InlineData("Random32", 0xffffffffffffffffUL, 0x1b2554f32c8e1839UL)]
    [InlineData("Random1M", 0x0UL, 0x24502f77d1c4cf97UL)]
    [InlineData("Random1M", 0x1UL, 0x889ea960dbf8183fUL)]
    [InlineData("Random1M", 0x9e3779b97f4a7c15UL, 0x83f602483fdfe6e6UL)]
    [InlineData("Random1M", 0xffffffffffffffffUL, 0x422d975148c566abUL)]
    public void MatchesReference(string input, ulong seed, ulong expected)
    {
        var data = Input(input);
        Assert.Equal(expected, XxHash64.Hash(data, seed));

        // The same bytes appended in uneven pieces give the same hash.
        var hasher = new XxHash64(seed);
        var rest = data.AsSpan();
        for (var piece = 1; rest.Length > 0; piece = piece * 3 % 97 + 1)
        {
            var take = Math.Min(piece, rest.Length);
            hasher.Append(rest[..take]);
            rest = rest[take..];
        }
        Assert.Equal(expected, hasher.GetCurrentHashAsUInt64());
    }

    [Fact]
    public void HashesStringsAsUtf8()
    {
        var text = string.Concat(Enumerable.Repeat("héllo wörld €𝄞 ", 50));
        var hasher = new XxHash64();
        hasher.Append(text.AsSpan());
        Assert.Equal(0x3bfb711c4c9ea86fUL, hasher.GetCurrentHashAsUInt64());
        Assert.Equal(XxHash64.Hash(Encoding.UTF8.GetBytes(text)), hasher.GetCurrentHashAsUInt64());
    }

    [Fact]
    public void SurrogatePairAtChunkBoundaryStaysWhole()
    {
        // 255 ASCII characters then a pair: the pair straddles the 256-char encoding chunk.
        var text = new string('x', 255) + "𝄞" + new string('y', 600);
        var hasher = new XxHash64();
        hasher.Append(text.AsSpan());
        Assert.Equal(XxHash64.Hash(Encoding.UTF8.GetBytes(text)), hasher.GetCurrentHashAsUInt64());
    }

    [Fact]
    public void DigestsAreLowercaseHexPrefixes()
    {
        var hasher = new XxHash64();
        Assert.Equal("ef46db3751d8e999", hasher.GetHexDigest());
        Assert.Equal("ef46db37", XxHash64.ToHex(hasher.GetCurrentHashAsUInt64(), 8));
        Assert.Equal("000000000000000a", XxHash64.ToHex(10));
        Assert.Equal("000000000000000a", XxHash64.ToHex(10, 20));
    }

    [Fact]
    public void ResetStartsOverWithTheSameSeed()
    {
        var hasher = new XxHash64(1);
        hasher.Append("abc"u8);
        hasher.Reset();
        hasher.Append("a"u8);
        Assert.Equal(0xdec2bc81c3cd46c6UL, hasher.GetCurrentHashAsUInt64());
    }

    private static byte[] Input(string name) => name switch
    {
        "Empty" => [],
        "A" => "a"u8.ToArray(),
        "Abc" => "abc"u8.ToArray(),
        "Random100" => XorShiftBytes(100),
        "Random31" => XorShiftBytes(31),
        "Random32" => XorShiftBytes(32),
        "Random1M" => XorShiftBytes(1 << 20),
        _ => throw new ArgumentException(name),
    };

    // The same generator the reference values were made with: xorshift32 from 2463534242, low byte.
    private static byte[] XorShiftBytes(int length)
    {
        var bytes = new byte[length];
        var x = 2463534242u;
        for (var i = 0; i < length; i++)
        {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            bytes[i] = (byte)x;
        }
        return bytes;
    }
}
