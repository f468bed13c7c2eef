// ignoreWarnings from a JavaScript configuration: RegExp on the message, objects whose parts must
// all match, functions of the warning; what none matches is still reported.

using Sharpack.Cli.Tests.Support;

namespace Sharpack.Cli.Tests;

public sealed class IgnoreWarningsConfigTests : IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    private (int Code, string Text) BuildWith(string ignoreWarnings)
    {
        _box.Write("src/index.js", "function load(name) { return require(name); }\nconsole.log(typeof load);\n");
        _box.Write("webpack.config.js", $$"""
            module.exports = { mode: "development", devtool: false, target: "node", entry: "./src/index.js", ignoreWarnings: {{ignoreWarnings}} };
            """);
        var (code, output, err) = _box.Build();
        return (code, output + err);
    }

    [Theory]
    [InlineData("[/request of a dependency is an expression/]")]
    [InlineData("[{ module: /index\\.js/, message: /Critical dependency/ }]")]
    [InlineData("[(warning) => warning.message.startsWith(\"Critical dependency\")]")]
    public void A_matching_rule_leaves_the_warning_out(string rules)
    {
        var (code, text) = BuildWith(rules);
        Assert.True(code == 0, text);
        Assert.DoesNotContain("WARNING", text, StringComparison.Ordinal);
        Assert.Contains("compiled successfully", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[{ module: /lib\\.js/, message: /Critical dependency/ }]")]
    [InlineData("[/unrelated/, () => false]")]
    public void A_warning_no_rule_matches_is_reported(string rules)
    {
        var (code, text) = BuildWith(rules);
        Assert.True(code == 0, text);
        Assert.Contains("Critical dependency: the request of a dependency is an expression", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_rule_is_a_configuration_error()
    {
        var (code, text) = BuildWith("[{ text: /x/ }, \"string\"]");
        Assert.NotEqual(0, code);
        Assert.Contains("configuration.ignoreWarnings[0] has an unknown property 'text'", text, StringComparison.Ordinal);
        Assert.Contains("configuration.ignoreWarnings[1] should be a RegExp, an object { file?, message?, module? } or a function.", text, StringComparison.Ordinal);
    }
}
