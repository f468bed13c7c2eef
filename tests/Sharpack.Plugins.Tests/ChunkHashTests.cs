// The hashing pass's artifacts (webpack's createHash): every module has a hash, every chunk a hash
// of its modules and runtime that [chunkhash] writes, a change reaches exactly the chunks whose
// output it changes, and chunkHash / fullHash / contentHash taps take part.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class ChunkHashTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-chunkhash-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (Dictionary<string, string> Files, Compilation Compilation) Build(Action<Compiler>? apply = null)
    {
        const string json = """
            { "mode": "development", "target": "web", "entry": "./index.js",
              "output": { "filename": "[name].[chunkhash].js", "chunkFilename": "[name].[chunkhash].js" } }
            """;
        var options = OptionsNormalizer.Normalize(JsonNode.Parse(json), new OptionsOverrides(), _root);
        Assert.True(options.Success, options.Success ? "" : options.FormatErrors());
        var compiler = SharpackPlugins.CreateCompiler(options.Options!);
        Compilation? compilation = null;
        compiler.Hooks.Compilation.Tap("test", (c, _) => compilation = c);
        apply?.Invoke(compiler);
        var stats = compiler.Run();
        Assert.Empty(stats.Errors);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var asset in stats.Assets)
            files[asset.Name[..asset.Name.IndexOf('.', StringComparison.Ordinal)]] = asset.Name;
        return (files, compilation!);
    }

    private void Write(string name, string code) => File.WriteAllText(Path.Combine(_root, name), code);

    private void WriteApp()
    {
        Write("index.js", "import('./a' /* webpackChunkName: \"a\" */).then((m) => console.log(m.a));\nimport('./b' /* webpackChunkName: \"b\" */).then((m) => console.log(m.b));\n");
        Write("a.js", "export const a = 1;\n");
        Write("b.js", "export const b = 2;\n");
    }

    [Fact]
    public void A_change_renames_its_chunk_and_the_runtime_that_names_it_but_not_other_chunks()
    {
        WriteApp();
        var (before, compilation) = Build();
        Assert.Equal(["a", "b", "main"], before.Keys.Order(StringComparer.Ordinal));
        foreach (var chunk in compilation.Chunks)
        {
            // md4, webpack's default hash function: 32 hex digits, cut to 20 in names.
            Assert.Matches("^[0-9a-f]{32}$", chunk.Hash!);
            Assert.EndsWith("." + chunk.RenderedHash + ".js", chunk.Files[0], StringComparison.Ordinal);
            foreach (var module in chunk.Modules)
                Assert.Matches("^[0-9a-f]{16}$", compilation.ChunkGraph.GetModuleHash(module));
        }
        Assert.Equal(before, Build().Files);
        Write("a.js", "export const a = 3;\n");
        var after = Build().Files;
        Assert.NotEqual(before["a"], after["a"]);
        Assert.Equal(before["b"], after["b"]);
        Assert.NotEqual(before["main"], after["main"]); // its chunk filename map names a's new file
    }

    [Fact]
    public void Hash_hooks_take_part()
    {
        WriteApp();
        var (plain, plainCompilation) = Build();
        var contentHashed = new List<Chunk>();
        var (salted, compilation) = Build(compiler => compiler.Hooks.Compilation.Tap("salt", (c, _) =>
        {
            c.Hooks.ChunkHash.Tap("salt", (chunk, hash) =>
            {
                if (chunk.Name == "b") hash.Append("salt");
            });
            c.Hooks.FullHash.Tap("salt", hash => hash.Append("salt"));
            c.Hooks.ContentHash.Tap("salt", chunk =>
            {
                Assert.NotNull(chunk.Hash); // chunk hashes come first
                chunk.ContentHash["javascript"] = chunk.Hash!;
                contentHashed.Add(chunk);
            });
        }));
        Assert.Equal(plain["a"], salted["a"]);
        Assert.NotEqual(plain["b"], salted["b"]);
        Assert.NotEqual(plainCompilation.FullHash, compilation.FullHash);
        Assert.Equal(compilation.Chunks.Count, contentHashed.Count);
        Assert.All(compilation.Chunks, chunk => Assert.Equal(chunk.Hash, chunk.ContentHash["javascript"]));
    }
}
