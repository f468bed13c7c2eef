// Code splitting options: chunk loading and chunk format by target (and by output.module),
// output.module's dependence on experiments.outputModule, optimization.runtimeChunk's forms,
// and node.global's default per target.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;

namespace Sharpack.Core.Tests.Options;

public sealed class ChunkLoadingOptionsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sharpack-chunk-options-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private NormalizedOptions Run(string json) => OptionsNormalizer.Normalize(JsonNode.Parse(json), null, _dir);

    private SharpackOptions Ok(string json)
    {
        var result = Run(json);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        return result.Options!;
    }

    [Theory]
    [InlineData("""{ "target": "web" }""", "jsonp", "array-push", "[name].js", true, true)]
    [InlineData("""{ "target": "webworker" }""", "import-scripts", "array-push", "[name].js", true, true)]
    [InlineData("""{ "target": "node" }""", "require", "commonjs", "[name].js", true, false)]
    [InlineData("""{ "target": "node", "experiments": { "outputModule": true } }""", "import", "module", "[name].mjs", false, false)]
    [InlineData("""{ "output": { "chunkLoading": false, "chunkFormat": "commonjs" } }""", null, "commonjs", "[name].js", true, true)]
    [InlineData("""{ "target": "async-node" }""", "async-node", "commonjs", "[name].js", true, false)]
    [InlineData("""{ "target": "electron-main" }""", "require", "commonjs", "[name].js", true, false)]
    [InlineData("""{ "target": "electron30-preload" }""", "require", "commonjs", "[name].js", true, false)]
    [InlineData("""{ "target": "electron-renderer" }""", "jsonp", "array-push", "[name].js", true, false)]
    [InlineData("""{ "target": "electron28-main", "experiments": { "outputModule": true } }""", "import", "module", "[name].mjs", false, false)]
    [InlineData("""{ "target": "nwjs" }""", "async-node", "commonjs", "[name].js", true, false)]
    [InlineData("""{ "target": "node-webkit0.50" }""", "async-node", "commonjs", "[name].js", true, false)]
    // universal (or web and node at once) is ES module output loading chunks with import().
    [InlineData("""{ "target": "universal" }""", "import", "module", "[name].mjs", false, true)]
    [InlineData("""{ "target": ["web", "node"] }""", "import", "module", "[name].mjs", false, true)]
    [InlineData("""{ "target": ["web", "es2020"] }""", "jsonp", "array-push", "[name].js", true, true)]
    public void Chunk_loading_and_format_follow_the_target(string json, string? loading, string format, string filename, bool iife, bool global)
    {
        var options = Ok(json);
        Assert.Equal(loading, options.Output.ChunkLoading);
        Assert.Equal(format, options.Output.ChunkFormat);
        Assert.Equal(filename, options.Output.Filename);
        Assert.Equal(iife, options.Output.Iife);
        Assert.Equal(global, options.Node.Global);
    }

    [Fact]
    public void Entries_choose_their_chunk_loading_and_enable_it()
    {
        var options = Ok("""
            { "target": "web", "entry": { "a": "./a", "w": { "import": "./w", "chunkLoading": "import-scripts", "wasmLoading": false }, "n": { "import": "./n", "chunkLoading": false } } }
            """);
        Assert.Equal(["jsonp", "import-scripts"], options.Output.EnabledChunkLoadingTypes);
        Assert.Null(options.Entries[0].ChunkLoading);
        Assert.Equal("import-scripts", options.Entries[1].ChunkLoading);
        Assert.Equal("", options.Entries[1].WasmLoading);
        Assert.Equal("", options.Entries[2].ChunkLoading);
    }

    [Fact]
    public void An_entry_chunk_loading_must_be_enabled()
    {
        var result = Run("""
            { "output": { "enabledChunkLoadingTypes": ["jsonp"] }, "entry": { "w": { "import": "./w", "chunkLoading": "require" } } }
            """);
        Assert.StartsWith("configuration.entry.w.chunkLoading Chunk loading type \"require\" is not enabled.", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Contains("unknown", Assert.Single(Run("""{ "output": { "enabledChunkLoadingTypes": ["unknown"] } }""").Errors), StringComparison.Ordinal);
        Assert.Contains("should be one of these", Assert.Single(Run("""{ "entry": { "w": { "import": "./w", "chunkLoading": "ftp" } } }""").Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Electron_and_universal_targets_set_the_externals_presets()
    {
        var main = Ok("""{ "target": "electron-main" }""").Target;
        Assert.True(main.NodeExternals && main.ElectronExternals);
        Assert.Equal(["main"], main.ElectronContexts);
        var universal = Ok("""{ "target": "universal" }""").Target;
        Assert.True(universal.NodeExternals && universal.ElectronExternals && universal.NwjsExternals);
        Assert.Empty(universal.ElectronContexts);
        var web = Ok("""{ "target": "web" }""").Target;
        Assert.False(web.NodeExternals || web.ElectronExternals || web.NwjsExternals);
    }

    [Fact]
    public void Resource_hints_dedupe_is_read_and_the_rest_ignored()
    {
        var result = Run("""{ "output": { "resourceHints": { "dedupe": true, "initial": false } } }""");
        Assert.True(result.Options!.Output.DedupeResourceHints);
        Assert.Contains("configuration.output.resourceHints.initial is not supported by sharpack yet and is ignored.", result.Warnings);
        Assert.False(Ok("""{ "output": { "resourceHints": "prefetch" } }""").Output.DedupeResourceHints);
    }

    [Fact]
    public void Output_module_needs_the_experiment()
    {
        var result = Run("""{ "output": { "module": true } }""");
        Assert.Equal("configuration.output.module is only allowed when 'experiments.outputModule' is enabled.", Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData("\"single\"", "runtime", "runtime")]
    [InlineData("\"multiple\"", "runtime~a", "runtime~b")]
    [InlineData("true", "runtime~a", "runtime~b")]
    [InlineData("""{ "name": "rt" }""", "rt", "rt")]
    [InlineData("{}", "runtime~a", "runtime~b")]
    public void Runtime_chunk_names_per_entry(string value, string forA, string forB)
    {
        var runtimeChunk = Ok($$"""{ "optimization": { "runtimeChunk": {{value}} } }""").Optimization.RuntimeChunk!;
        Assert.Equal(forA, runtimeChunk("a"));
        Assert.Equal(forB, runtimeChunk("b"));
    }

    [Fact]
    public void Runtime_chunk_false_keeps_the_runtime_in_the_entry() =>
        Assert.Null(Ok("""{ "optimization": { "runtimeChunk": false } }""").Optimization.RuntimeChunk);

    [Fact]
    public void Bad_values_name_the_option()
    {
        var errors = Run("""{ "output": { "chunkLoading": "ajax", "chunkLoadTimeout": -1 }, "optimization": { "runtimeChunk": "some" } }""").Errors;
        Assert.Contains(errors, e => e.StartsWith("configuration.output.chunkLoading should be one of these:", StringComparison.Ordinal));
        Assert.Contains("configuration.output.chunkLoadTimeout should be a non-negative integer.", errors);
        Assert.Contains(errors, e => e.StartsWith("configuration.optimization.runtimeChunk should be one of these:", StringComparison.Ordinal));
    }
}
