// Filename templates as webpack's TemplatedPathPlugin fills them: [name], [id], hashes with a
// length and a digest ([contenthash:base64url:8]); a digest Sharpack cannot write is a
// configuration error, never a crash.

using System.Text.Json.Nodes;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Seal;
using Xunit;

namespace Sharpack.Core.Tests.Seal;

public sealed class FilenameTemplateTests
{
    private static readonly byte[] s_content = "console.log(1);\n"u8.ToArray();

    private static string Render(string template) => FilenameTemplate.Render(template, new Chunk("main") { Id = "179" }, s_content, "");

    [Fact]
    public void Hashes_take_a_length_and_a_digest()
    {
        var hex = Render("[contenthash]");
        Assert.Matches("^[0-9a-f]{16}$", hex);
        Assert.Equal(hex[..8], Render("[contenthash:8]"));
        Assert.Equal(hex, Render("[contenthash:hex]"));
        var bytes = Convert.FromHexString(hex);
        Assert.Equal(Convert.ToBase64String(bytes), Render("[contenthash:base64]"));
        var url = Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(url, Render("[contenthash:base64url]"));
        Assert.Equal(url[..8], Render("[chunkhash:base64url:8]"));
        Assert.Equal(url[..6], Render("[contenthash:base64safe:6]"));
        Assert.Equal("main.179.js", Render("[name].[id].js"));
        Assert.Equal("[unknown:x:y:z].js", Render("[unknown:x:y:z].js"));
    }

    [Fact]
    public void An_unsupported_digest_is_a_configuration_error()
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse("""{ "output": { "filename": "[name].[contenthash:base63:8].js" } }"""), new OptionsOverrides(), "/tmp");
        Assert.False(result.Success);
        Assert.Contains("configuration.output.filename Unsupported hash digest \"base63\" in path template (use hex, base64, base64url, or base26/32/36/49/52/58/62)", result.Errors);
    }

    // webpack's hash-digest encode (expected values from its encode): the bytes as one number in the base, a leading zero byte as alphabet[0].
    [Theory]
    [InlineData("00", "base62", "0")]
    [InlineData("0001", "base62", "01")]
    [InlineData("ff", "base62", "47")]
    [InlineData("ffffffffffffffff", "base62", "lYGhA16ahyf")]
    [InlineData("ffffffffffffffff", "base36", "3w5e11264sgsf")]
    [InlineData("0a", "base26", "k")]
    [InlineData("0a0b", "base58", "mL")]
    [InlineData("ff", "base32", "H7")]
    [InlineData("ff", "base49", "fk")]
    [InlineData("ff", "base52", "eV")]
    public void Base_digests_as_webpacks(string hex, string digest, string expected)
    {
        Assert.True(FilenameTemplate.IsSupportedDigest(digest));
        Assert.Equal(expected, FilenameTemplate.Render($"[fullhash:{digest}]", new Chunk("main") { Id = "1" }, s_content, hex));
    }
}
