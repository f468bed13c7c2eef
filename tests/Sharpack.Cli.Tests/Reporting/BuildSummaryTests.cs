// The printed summary and the --json stats for a made-up build result: asset lines, webpack's
// size format, ERROR/WARNING blocks with module name, position and code frame, the final line.

using System.Text.Json.Nodes;
using Sharpack.Cli.Reporting;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;

namespace Sharpack.Cli.Tests.Reporting;

public class BuildSummaryTests
{
    private static readonly SharpackOptions s_options = OptionsNormalizer.Normalize(
        JsonNode.Parse("""{ "mode": "none", "context": "/p" }"""), null, "/p").Options!;

    private static BuildResult Result(BuildStats stats, params string[] configWarnings) => new(null, s_options, stats, configWarnings);

    [Theory]
    [InlineData(0, "0 bytes")]
    [InlineData(100, "100 bytes")]
    [InlineData(1023, "1023 bytes")]
    [InlineData(1024, "1 KiB")]
    [InlineData(1234, "1.21 KiB")]
    [InlineData(1536, "1.5 KiB")]
    [InlineData(150_000, "146 KiB")]
    [InlineData(5 * 1024 * 1024, "5 MiB")]
    public void FormatSize(long size, string expected) => Assert.Equal(expected, BuildSummary.FormatSize(size));

    [Fact]
    public void Success()
    {
        var stats = new BuildStats
        {
            Time = TimeSpan.FromMilliseconds(123),
            Assets = [new AssetStats("main.js", 1234, true, ["main"]), new AssetStats("1.js", 80, false, [])],
        };
        Assert.Equal("asset main.js 1.21 KiB [emitted] (name: main)\nasset 1.js 80 bytes\nsharpack 0.1.0 compiled successfully in 123 ms\n",
            BuildSummary.Format(Result(stats)));
    }

    [Fact]
    public void ErrorsAndWarnings()
    {
        var stats = new BuildStats
        {
            Time = TimeSpan.FromMilliseconds(7),
            Errors =
            [
                new BuildDiagnostic("Module parse failed: Unexpected token (3:5)", "/p/src/x.js", 3, 5, "  2 | a\n> 3 | b c\n    |   ^"),
                new BuildDiagnostic("Module not found: Error: Can't resolve './y'", "/p/src/index.js"),
            ],
            Warnings = [new BuildDiagnostic("something odd")],
        };
        Assert.Equal(
            "WARNING in configuration\nmode not set\n" +
            "\nWARNING in compilation\nsomething odd\n" +
            "\nERROR in ./src/x.js 3:4\nModule parse failed: Unexpected token (3:5)\n  2 | a\n> 3 | b c\n    |   ^\n" +
            "\nERROR in ./src/index.js\nModule not found: Error: Can't resolve './y'\n" +
            "\nsharpack 0.1.0 compiled with 2 errors and 2 warnings in 7 ms\n",
            BuildSummary.Format(Result(stats, "mode not set")));
    }

    [Fact]
    public void OneWarning() =>
        Assert.EndsWith("compiled with 1 warning in 0 ms\n", BuildSummary.Format(Result(new BuildStats(), "w")), StringComparison.Ordinal);

    [Fact]
    public void StatsJsonHasWebpackFields()
    {
        var stats = new BuildStats
        {
            Hash = "abc123",
            Time = TimeSpan.FromMilliseconds(42),
            Assets = [new AssetStats("main.js", 10, true, ["main"])],
            Chunks = [new ChunkStats("179", ["main"], ["main.js"], true, true, ["./src/index.js"])],
            Modules = [new ModuleStats("./src/index.js", "./src/index.js", "/p/src/index.js", 10, ["179"])],
            Entrypoints = [new EntrypointStats("main", ["179"], ["main.js"])],
            Errors = [new BuildDiagnostic("bad", "/p/src/index.js", 1, 2)],
        };
        using var memory = new MemoryStream();
        StatsJson.Write(memory, [Result(stats)]);
        var json = JsonNode.Parse(memory.ToArray())!;
        Assert.Equal("abc123", (string?)json["hash"]);
        Assert.Equal(42, (int)json["time"]!);
        Assert.Equal("main.js", (string?)json["assets"]![0]!["name"]);
        Assert.True((bool)json["assets"]![0]!["emitted"]!);
        Assert.Equal("main", (string?)json["assets"]![0]!["chunkNames"]![0]);
        Assert.Equal("179", (string?)json["chunks"]![0]!["id"]);
        Assert.Equal("/p/src/index.js", (string?)json["chunks"]![0]!["modules"]![0]!["identifier"]);
        Assert.Equal(10, (int)json["modules"]![0]!["size"]!);
        Assert.Equal("main.js", (string?)json["entrypoints"]!["main"]!["assets"]![0]!["name"]);
        Assert.Equal("./src/index.js", (string?)json["errors"]![0]!["moduleName"]);
        Assert.Equal("1:1", (string?)json["errors"]![0]!["loc"]);
        Assert.Equal(1, (int)json["errorsCount"]!);
    }
}
