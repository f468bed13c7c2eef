// `sharpack build` end to end in a temporary directory: exit codes and messages for bad usage,
// bad configuration and config files that fail to load; a run from --entry alone; --json to a
// file and to standard output; a multi-compiler JSON config.

using System.Text.Json.Nodes;

namespace Sharpack.Cli.Tests;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sharpack-build-").FullName;

    public BuildCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "src"));
        File.WriteAllText(Path.Combine(_dir, "src", "index.js"), "console.log('hi');\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BuildCommand.Run(args, _dir, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void UnknownFlagIsBadUsage()
    {
        var (code, _, err) = Run("--bogus");
        Assert.Equal(2, code);
        Assert.StartsWith("sharpack build: unknown option '--bogus'\nusage: sharpack build", err, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpPrintsUsage()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.StartsWith("usage: sharpack build", output, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidFlagValuesListEveryError()
    {
        var (code, output, err) = Run("--mode", "fast", "--target", "nowhere", "--devtool", "maps");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("Invalid configuration object. Sharpack has been initialized using a configuration object that does not match the API schema.\n" +
            " - configuration.mode should be one of these:\n   \"development\" | \"production\" | \"none\"\n" +
            " - configuration.target has an unknown target 'nowhere'.", err, StringComparison.Ordinal);
        Assert.Contains(" - configuration.devtool should be false", err, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidConfigFileNamesTheFile()
    {
        File.WriteAllText(Path.Combine(_dir, "sharpack.config.json"), """{ "output": { "filename": 3 } }""");
        var (code, _, err) = Run();
        Assert.Equal(2, code);
        Assert.Contains(" - configuration.output.filename should be a non-empty string. (" + Path.Combine(_dir, "sharpack.config.json") + ")", err, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigThatFailsToLoadIsExitTwo()
    {
        File.WriteAllText(Path.Combine(_dir, "webpack.config.js"), "module.exports = { test: () => 1 };");
        var (code, _, err) = Run();
        Assert.Equal(2, code);
        Assert.Contains("configuration.test is a function.", err, StringComparison.Ordinal);
        Assert.Equal(2, Run("--config", "missing.js").Code);
    }

    [Fact]
    public void EntryAloneBuilds()
    {
        var (code, output, err) = Run("--entry", "./src/index.js", "--mode", "development");
        Assert.True(code == 0, err + output);
        Assert.Matches(@"(^|\n)sharpack 0\.1\.0 compiled successfully in \d+ ms\n$", output);
    }

    [Fact]
    public void JsonToFile()
    {
        var (code, output, err) = Run("--mode", "production", "--json", "out/stats.json");
        Assert.True(code == 0, err + output);
        var stats = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "out", "stats.json")))!.AsObject();
        foreach (var key in new[] { "hash", "time", "assets", "chunks", "modules", "entrypoints", "errors", "warnings" })
            Assert.True(stats.ContainsKey(key), key);
        Assert.Contains("compiled successfully", output, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonToStandardOutputIsOnlyJson()
    {
        var (code, output, _) = Run("--json");
        Assert.Equal(0, code);
        var stats = JsonNode.Parse(output)!;
        // No mode given: webpack's warning, carried into the stats.
        Assert.StartsWith("configuration.mode has not been set", (string?)stats["warnings"]![0]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public void MultiCompilerBuildsEachConfiguration()
    {
        File.WriteAllText(Path.Combine(_dir, "sharpack.config.json"), """
            [ { "name": "client", "mode": "none" }, { "name": "server", "mode": "none", "target": "node" } ]
            """);
        var (code, output, err) = Run();
        Assert.True(code == 0, err + output);
        Assert.Contains("client (sharpack 0.1.0 compiled successfully in", output, StringComparison.Ordinal);
        Assert.Contains("server (sharpack 0.1.0 compiled successfully in", output, StringComparison.Ordinal);
        var (_, json, _) = Run("--json");
        Assert.Equal(2, JsonNode.Parse(json)!["children"]!.AsArray().Count);
    }
}
