// output.hashFunction, hashDigest, hashDigestLength and hashSalt from a JavaScript configuration:
// a named algorithm and a hash class of the config's own, checked against the emitted bytes.

using System.Security.Cryptography;
using System.Text;
using Sharpack.Cli.Tests.Support;

namespace Sharpack.Cli.Tests;

public sealed class HashOptionsConfigTests : IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    private string OnlyFile(string prefix) => Path.GetFileName(Assert.Single(Directory.GetFiles(Path.Combine(_box.Project, "dist"), prefix + "*")));

    [Fact]
    public void A_named_hash_function_digest_length_and_salt_make_the_contenthash()
    {
        _box.Write("src/index.js", "console.log('hashed');\n");
        _box.Write("webpack.config.js", """
            module.exports = {
              mode: "development", devtool: false, target: "node", entry: "./src/index.js",
              output: { filename: "main.[contenthash].js", hashFunction: "sha256", hashDigest: "base64url", hashDigestLength: 10, hashSalt: "pepper" },
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        var file = OnlyFile("main.");
        var bytes = File.ReadAllBytes(Path.Combine(_box.Project, "dist", file));
        var expected = Convert.ToBase64String(SHA256.HashData([.. "pepper"u8, .. bytes])).TrimEnd('=').Replace('+', '-').Replace('/', '_')[..10];
        Assert.Equal($"main.{expected}.js", file);
        Assert.Equal("hashed\n", _box.RunBundle("dist/" + file));
    }

    [Fact]
    public void A_hash_class_from_the_config_computes_the_hashes()
    {
        _box.Write("src/index.js", "console.log(__webpack_hash__.length);\n");
        _box.Write("webpack.config.js", """
            const { createHash } = require("crypto");
            class Sha1Hash {
              constructor() { this.hash = createHash("sha1"); }
              update(data, encoding) { this.hash.update(data, encoding); return this; }
              digest(encoding) { return this.hash.digest(encoding); }
            }
            module.exports = {
              mode: "development", devtool: false, target: "node", entry: "./src/index.js",
              output: { filename: "main.[contenthash].js", hashFunction: Sha1Hash, hashDigestLength: 12 },
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        var file = OnlyFile("main.");
        var bytes = File.ReadAllBytes(Path.Combine(_box.Project, "dist", file));
        Assert.Equal($"main.{Convert.ToHexStringLower(SHA1.HashData(bytes))[..12]}.js", file);
        Assert.Equal("12\n", _box.RunBundle("dist/" + file));
    }

    [Fact]
    public void An_unknown_hash_function_or_digest_is_a_configuration_error()
    {
        _box.Write("src/index.js", "console.log(1);\n");
        _box.Write("webpack.config.js", """
            module.exports = { mode: "development", entry: "./src/index.js", output: { hashFunction: "whirlpool", hashDigest: "base99", hashDigestLength: 0 } };
            """);
        var (code, output, err) = _box.Build();
        Assert.NotEqual(0, code);
        var text = err + output;
        Assert.Contains("configuration.output.hashFunction names 'whirlpool', which sharpack does not have", text, StringComparison.Ordinal);
        Assert.Contains("configuration.output.hashDigest should be one of these", text, StringComparison.Ordinal);
        Assert.Contains("configuration.output.hashDigestLength should be a number >= 1.", text, StringComparison.Ordinal);
    }
}
