// The `stats` option shaping the printed summary and the --json stats of a made-up build, preset
// by preset, against the text webpack prints for the same presets (test/statsCases/preset-*):
// what each preset shows, the options that override a preset, colours, error details, module
// traces, the module list's space, and a multi-compiler build.

using System.Text.Json.Nodes;
using Sharpack.Cli.Reporting;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;

namespace Sharpack.Cli.Tests.Reporting;

public class StatsPresetTests
{
    private static readonly DateTimeOffset s_builtAt =
        new(2024, 1, 2, 3, 4, 5, TimeZoneInfo.Local.GetUtcOffset(new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Local)));

    private static readonly BuildStats s_success = new()
    {
        Hash = "abc123",
        Time = TimeSpan.FromMilliseconds(42),
        BuiltAt = s_builtAt,
        Assets = [new AssetStats("main.js", 1234, true, ["main"])],
        Chunks = [new ChunkStats("main", ["main"], ["main.js"], true, true, ["./src/index.js", "./src/a.js"]) { Runtime = ["main"], Size = 150 }],
        Modules =
        [
            new ModuleStats("./src/a.js", "./src/a.js", "/p/src/a.js", 50, ["main"]) { Depth = 1 },
            new ModuleStats("./src/index.js", "./src/index.js", "/p/src/index.js", 100, ["main"]),
        ],
        Entrypoints = [new EntrypointStats("main", ["main"], ["main.js"])],
    };

    private static readonly BuildDiagnostic s_notFound = new("Module not found: Error: Can't resolve './missing' in '/p/src'", "./src/a.js", 2, 1, "> 2 | require('./missing');")
    {
        Details = "resolve './missing' in '/p/src'\n  /p/src/missing doesn't exist",
        ModuleTrace = [new ModuleTraceItem("./src/index.js", "1:0-16")],
    };

    private static readonly BuildStats s_failed = new()
    {
        Hash = "def456",
        Time = TimeSpan.FromMilliseconds(7),
        BuiltAt = s_builtAt,
        Assets = [],
        Modules = s_success.Modules,
        Errors = [s_notFound],
    };

    private static BuildResult Result(BuildStats stats, string stats_json, string? name = null)
    {
        var normalized = OptionsNormalizer.Normalize(JsonNode.Parse($$"""{ "mode": "none", "context": "/p", "stats": {{stats_json}} }"""), null, "/p");
        Assert.True(normalized.Success, normalized.Success ? "" : normalized.FormatErrors());
        return new BuildResult(name, normalized.Options!, stats, []);
    }

    private static string Print(BuildStats stats, string statsJson) => BuildSummary.Format(Result(stats, statsJson));

    private static JsonObject Json(BuildStats stats, string statsJson)
    {
        using var memory = new MemoryStream();
        StatsJson.Write(memory, [Result(stats, statsJson)]);
        return JsonNode.Parse(memory.ToArray())!.AsObject();
    }

    private const string Normal =
        "asset main.js 1.21 KiB [emitted] (name: main)\n" +
        "./src/index.js 100 bytes [built] [code generated]\n" +
        "./src/a.js 50 bytes [built] [code generated]\n" +
        "sharpack 0.1.0 compiled successfully in 42 ms\n";

    [Theory]
    [InlineData("\"normal\"", Normal)]
    [InlineData("true", Normal)]
    [InlineData("{}", Normal)]
    [InlineData("\"minimal\"", "1 asset\n2 modules\nsharpack 0.1.0 compiled successfully in 42 ms\n")]
    [InlineData("\"summary\"", "sharpack 0.1.0 compiled successfully\n")]
    [InlineData("\"errors-warnings\"", "sharpack compiled successfully\n")]
    [InlineData("\"errors-only\"", "")]
    [InlineData("\"none\"", "")]
    [InlineData("false", "")]
    public void PresetsOnSuccess(string stats, string expected) => Assert.Equal(expected, Print(s_success, stats));

    [Fact]
    public void DetailedAndVerbose()
    {
        Assert.Equal(
            "PublicPath: auto\n" +
            "asset main.js 1.21 KiB {main} [emitted] (name: main)\n" +
            "Entrypoint main 1.21 KiB = main.js\n" +
            "chunk {main} (runtime: main) main.js (main) 150 bytes [entry] [rendered]\n" +
            "./src/index.js 100 bytes {main} [built] [code generated]\n" +
            "./src/a.js 50 bytes {main} [built] [code generated]\n" +
            "2024-01-02 03:04:05: sharpack 0.1.0 compiled successfully in 42 ms (abc123)\n",
            Print(s_success, "\"detailed\""));
        // verbose lists modules under their chunk instead.
        Assert.Equal(
            "PublicPath: auto\n" +
            "asset main.js 1.21 KiB {main} [emitted] (name: main)\n" +
            "Entrypoint main 1.21 KiB = main.js\n" +
            "chunk {main} (runtime: main) main.js (main) 150 bytes [entry] [rendered]\n" +
            "  ./src/index.js 100 bytes {main} [built] [code generated]\n" +
            "  ./src/a.js 50 bytes {main} [built] [code generated]\n" +
            "2024-01-02 03:04:05: sharpack 0.1.0 compiled successfully in 42 ms (abc123)\n",
            Print(s_success, "\"verbose\""));
    }

    [Fact]
    public void OptionsOverrideTheirPreset()
    {
        Assert.Equal("2 modules\nsharpack 0.1.0 compiled successfully in 42 ms\n", Print(s_success, """{ "preset": "minimal", "assets": false }"""));
        Assert.Equal("sharpack compiled successfully (abc123)\n", Print(s_success, """{ "preset": "errors-warnings", "hash": true }"""));
        // all: false is every unset option off; version, timings and the counts are options of their own.
        Assert.Equal("sharpack 0.1.0 compiled in 42 ms\n", Print(s_success, """{ "all": false, "version": true, "timings": true }"""));
        Assert.Equal(
            "Entrypoint main 1.21 KiB = main.js\n./src/index.js 100 bytes [built] [code generated]\n./src/a.js 50 bytes [built] [code generated]\nsharpack compiled successfully\n",
            Print(s_success, """{ "entrypoints": true, "version": false, "timings": false, "assets": false }"""));
        Assert.Equal("asset main.js 1.21 KiB [emitted] (name: main)\nsharpack 0.1.0 compiled successfully in 42 ms\n", Print(s_success, """{ "modules": false }"""));
        Assert.Equal("2024-01-02 03:04:05: sharpack 0.1.0 compiled successfully\n", Print(s_success, """{ "preset": "summary", "builtAt": true }"""));
    }

    [Fact]
    public void ModulesSpaceCountsTheRest()
    {
        var three = new BuildStats
        {
            Time = s_success.Time,
            Modules = [.. s_success.Modules, new ModuleStats("./src/b.js", "./src/b.js", "/p/src/b.js", 9, ["main"]) { Depth = 2 }],
        };
        Assert.Equal(
            "./src/index.js 100 bytes [built] [code generated]\n+ 2 modules\nsharpack 0.1.0 compiled successfully in 42 ms\n",
            Print(three, """{ "modulesSpace": 2 }"""));
        Assert.Equal(3, Print(three, """{ "modulesSpace": 3 }""").Split("[built]").Length - 1);
        Assert.Equal(
            "asset main.js 1.21 KiB [emitted] (name: main)\n2 modules\nsharpack 0.1.0 compiled successfully in 42 ms\n",
            Print(s_success, """{ "modulesSpace": 0 }"""));
    }

    [Fact]
    public void ErrorsWithDetailsAndModuleTrace()
    {
        const string Error =
            "ERROR in ./src/a.js 2:0\n" +
            "Module not found: Error: Can't resolve './missing' in '/p/src'\n" +
            "> 2 | require('./missing');\n";
        const string Details = "resolve './missing' in '/p/src'\n  /p/src/missing doesn't exist\n";
        const string Trace = " @ ./src/index.js 1:0-16\n";
        Assert.Equal(
            "./src/index.js 100 bytes [built] [code generated]\n./src/a.js 50 bytes [built] [code generated] [1 error]\n\n" +
            Error + Details + Trace + "\nsharpack 0.1.0 compiled with 1 error in 7 ms\n",
            Print(s_failed, "\"normal\""));
        // errors-only: no details (all: false), but the module trace, and the summary without a version.
        Assert.Equal(Error + Trace + "\nsharpack compiled with 1 error\n", Print(s_failed, "\"errors-only\""));
        Assert.Equal(Error + "\nsharpack compiled with 1 error\n", Print(s_failed, """{ "preset": "errors-only", "moduleTrace": false }"""));
        Assert.Equal(Error + Details + Trace + "\nsharpack compiled with 1 error\n", Print(s_failed, """{ "preset": "errors-only", "errorDetails": true }"""));
        Assert.Equal("", Print(s_failed, "\"none\""));
        Assert.Equal("sharpack 0.1.0 compiled with 1 error\n", Print(s_failed, "\"summary\""));
    }

    [Fact]
    public void ThreeErrorsHideTheirDetailsUnlessAskedFor()
    {
        var stats = new BuildStats { Time = TimeSpan.FromMilliseconds(1), Errors = [s_notFound, s_notFound, s_notFound] };
        var text = Print(stats, """{ "modules": false, "moduleTrace": false }""");
        Assert.DoesNotContain("doesn't exist", text, StringComparison.Ordinal);
        Assert.EndsWith(
            "> 2 | require('./missing');\n\n" +
            "3 errors have detailed information that is not shown.\nUse 'stats.errorDetails: true' resp. '--stats-error-details' to show it.\n\n" +
            "sharpack 0.1.0 compiled with 3 errors in 1 ms\n",
            text, StringComparison.Ordinal);
        var shown = Print(stats, """{ "modules": false, "errorDetails": true }""");
        Assert.Equal(3, shown.Split("doesn't exist").Length - 1);
        Assert.DoesNotContain("detailed information", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Colors()
    {
        Assert.Equal(
            "asset \u001b[1m\u001b[32mmain.js\u001b[39m\u001b[22m 1.21 KiB \u001b[1m\u001b[32m[emitted]\u001b[39m\u001b[22m (name: main)\n" +
            "\u001b[1m./src/index.js\u001b[39m\u001b[22m 100 bytes \u001b[1m\u001b[33m[built]\u001b[39m\u001b[22m \u001b[1m\u001b[33m[code generated]\u001b[39m\u001b[22m\n" +
            "sharpack 0.1.0 compiled \u001b[1m\u001b[32msuccessfully\u001b[39m\u001b[22m in 42 ms\n",
            Print(new BuildStats { Time = s_success.Time, Assets = s_success.Assets, Modules = [s_success.Modules[1]] }, """{ "colors": true }"""));
        // webpack-cli's default (a terminal) applies unless the configuration says otherwise.
        Assert.Contains("\u001b[", BuildSummary.Format(Result(s_success, "{}"), colorsByDefault: true), StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", BuildSummary.Format(Result(s_success, """{ "colors": false }"""), colorsByDefault: true), StringComparison.Ordinal);
    }

    [Fact]
    public void MultiCompilerIndentsEachNamedBuild()
    {
        var text = BuildSummary.Format([Result(s_success, "\"minimal\"", "client"), Result(s_success, "\"none\"", "quiet"), Result(s_failed, "\"errors-only\"", "server")]);
        Assert.Equal(
            "client:\n  1 asset\n  2 modules\n  client (sharpack 0.1.0) compiled successfully in 42 ms\n\n" +
            "server:\n  ERROR in ./src/a.js 2:0\n  Module not found: Error: Can't resolve './missing' in '/p/src'\n  > 2 | require('./missing');\n   @ ./src/index.js 1:0-16\n\n  server compiled with 1 error\n",
            text);
    }

    [Fact]
    public void JsonFollowsTheOptionsWithJsonDefaults()
    {
        Assert.Empty(Json(s_success, "\"none\""));
        var normal = Json(s_success, "\"normal\"");
        // For JSON, webpack's defaults include what the printed summary leaves out.
        foreach (var key in new[] { "version", "hash", "time", "builtAt", "outputPath", "assets", "chunks", "modules", "entrypoints", "errors", "errorsCount", "warnings", "warningsCount" })
            Assert.True(normal.ContainsKey(key), key);
        Assert.Equal(s_builtAt.ToUnixTimeMilliseconds(), (long)normal["builtAt"]!);
        Assert.Equal(1, (int)normal["modules"]![0]!["depth"]!);
        var minimal = Json(s_success, "\"minimal\"");
        Assert.Equal(["version", "time", "assets", "filteredAssets", "modules", "filteredModules", "errors", "errorsCount", "warnings", "warningsCount"], minimal.Select(p => p.Key));
        Assert.Equal(2, (int)minimal["filteredModules"]!);
        var failed = Json(s_failed, "\"errors-only\"");
        Assert.Equal(["errors", "errorsCount"], failed.Select(p => p.Key));
        var error = failed["errors"]![0]!;
        Assert.Equal("Module not found: Error: Can't resolve './missing' in '/p/src'\n> 2 | require('./missing');", (string?)error["message"]);
        Assert.Null(error["details"]);
        Assert.Equal("./src/index.js", (string?)error["moduleTrace"]![0]!["originName"]);
        Assert.Equal("1:0-16", (string?)error["moduleTrace"]![0]!["dependencies"]![0]!["loc"]);
        Assert.Equal("resolve './missing' in '/p/src'\n  /p/src/missing doesn't exist", (string?)Json(s_failed, "\"normal\"")["errors"]![0]!["details"]);
    }

    [Theory]
    [InlineData("\"loud\"", "configuration.stats should be one of these:\n\"none\" | \"summary\" | \"errors-only\" | \"errors-warnings\" | \"minimal\" | \"normal\" | \"detailed\" | \"verbose\" | boolean | object {")]
    [InlineData("3", "configuration.stats should be one of these:\n\"none\" |")]
    [InlineData("""{ "preset": "loud" }""", "configuration.stats.preset should be one of these:")]
    [InlineData("""{ "hash": 1 }""", "configuration.stats.hash should be a boolean.")]
    [InlineData("""{ "errorDetails": "sometimes" }""", "configuration.stats.errorDetails should be a boolean or \"auto\".")]
    [InlineData("""{ "modulesSpace": -1 }""", "configuration.stats.modulesSpace should be a non-negative number.")]
    [InlineData("""{ "bogus": true }""", "configuration.stats has an unknown property 'bogus'. These properties are valid:\nobject { all?, assets?,")]
    public void InvalidStats(string stats, string error)
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse($$"""{ "mode": "none", "stats": {{stats}} }"""), null, "/p");
        Assert.StartsWith(error, Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void UnsupportedStatsOptionsWarn()
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse("""{ "mode": "none", "stats": { "reasons": true } }"""), null, "/p");
        Assert.True(result.Success);
        Assert.Equal(["configuration.stats.reasons is not supported by sharpack yet and is ignored."], result.Warnings);
    }
}
