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
