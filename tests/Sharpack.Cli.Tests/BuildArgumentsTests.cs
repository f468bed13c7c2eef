// `sharpack build` argument parsing: webpack-cli's flag names, both `--flag value` and
// `--flag=value`, short aliases, repeatable flags, optional --json file, usage errors.

namespace Sharpack.Cli.Tests;

public class BuildArgumentsTests
{
    private static BuildArguments Parse(params string[] args)
    {
        var result = BuildArguments.Parse(args, out var error);
        Assert.Null(error);
        return result!;
    }

    [Fact]
    public void AllFlags()
    {
        var a = Parse("--config", "w.js", "--entry", "./a.js", "--entry=./b.js", "--context", "app", "--output-path", "out",
            "--output-filename", "[name].bundle.js", "--mode", "development", "--target", "node", "-t", "es2020",
            "--devtool", "false", "--env", "prod", "--env=api=x", "--json", "stats.json", "./c.js");
        Assert.Equal("w.js", a.ConfigPath);
        Assert.Equal(["./a.js", "./b.js", "./c.js"], a.Entries);
        Assert.Equal("app", a.Context);
        Assert.Equal("out", a.OutputPath);
        Assert.Equal("[name].bundle.js", a.OutputFilename);
        Assert.Equal("development", a.Mode);
        Assert.Equal(["node", "es2020"], a.Targets);
        Assert.Equal("false", a.Devtool);
        Assert.Equal(["prod", "api=x"], a.Env);
        Assert.True(a.Json);
        Assert.Equal("stats.json", a.JsonFile);
    }

    [Fact]
    public void ShortAliases()
    {
        var a = Parse("-c", "x.json", "-o", "build", "-d", "source-map", "-j");
        Assert.Equal("x.json", a.ConfigPath);
        Assert.Equal("build", a.OutputPath);
        Assert.Equal("source-map", a.Devtool);
        Assert.True(a.Json);
        Assert.Null(a.JsonFile);
    }

    [Fact]
    public void MinimizeFlagsOverrideTheConfiguration()
    {
        Assert.True(Parse("--optimization-minimize").Minimize);
        Assert.False(Parse("--no-optimization-minimize").Minimize);
        Assert.Null(Parse("--mode", "production").Minimize);
        var options = Sharpack.Core.Options.OptionsNormalizer.Normalize(System.Text.Json.Nodes.JsonNode.Parse("""{ "mode": "production", "optimization": { "minimize": true } }"""),
            new Sharpack.Core.Options.OptionsOverrides { Minimize = false }, Path.GetTempPath()).Options!;
        Assert.False(options.Optimization.Minimize);
    }

    [Fact]
    public void JsonWithoutFileBeforeAnotherFlag()
    {
        var a = Parse("--json", "--mode", "none");
        Assert.True(a.Json);
        Assert.Null(a.JsonFile);
        Assert.Equal("none", a.Mode);
        Assert.Equal("s.json", Parse("--json=s.json").JsonFile);
    }

    [Theory]
    [InlineData("unknown option '--watchh'\n(Did you mean '--watch'?)", "--watchh")]
    [InlineData("unknown option '--wibble'", "--wibble")]
    [InlineData("unknown option '--outptu-path'\n(Did you mean '--output-path'?)", "--outptu-path", "dist")]
    [InlineData("unknown option '--entyr'\n(Did you mean '--entry'?)", "--entyr")]
    [InlineData("unknown option '--progres'\n(Did you mean '--progress'?)", "--progres")]
    [InlineData("option '--entry' needs a value", "--entry")]
    [InlineData("option '--mode' needs a non-empty value", "--mode=")]
    public void UsageErrors(string message, params string[] args)
    {
        Assert.Null(BuildArguments.Parse(args, out var error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void Help() => Assert.True(Parse("--help").Help);
}
