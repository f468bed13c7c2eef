// .NET plugins named in a configuration file ({ assembly, type, options }) are loaded and applied
// by `sharpack build`; a missing assembly, an unknown type or a type that is no plugin is one line
// and exit 2, before anything is built.

using Sharpack.Cli.Tests.Support;

namespace Sharpack.Cli.Tests;

public sealed class DotnetPluginConfigTests : IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    [Fact]
    public void A_plugin_from_an_assembly_with_options_shapes_the_build()
    {
        _box.Write("vendor/lib.js", "exports.lib = 'lib';\n");
        _box.Write("src/index.js", "console.log(require('../vendor/lib').lib);\n");
        var assembly = Path.Combine(AppContext.BaseDirectory, "CacheGroupSplitter.dll");
        _box.Write("webpack.config.js", $$"""
            module.exports = { mode: "development", target: "node", entry: "./src/index.js",
              plugins: [{ assembly: {{Json(assembly)}}, type: "Examples.Plugins.CacheGroupSplitterPlugin",
                options: { cacheGroups: { vendors: { test: /[\\/]vendor[\\/]/, chunks: "all", name: "vendor-chunk" } } } }] };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Contains("asset vendor-chunk.js ", output, StringComparison.Ordinal);
        Assert.Contains("./vendor/lib.js", File.ReadAllText(Path.Combine(_box.Project, "dist", "vendor-chunk.js")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "assembly": "missing.dll", "type": "X.Plugin" }""", "sharpack build: configuration.plugins[0]: cannot load the plugin 'X.Plugin' from {project}/missing.dll: {project}/missing.dll does not exist.\n")]
    [InlineData("""{ "type": "Nope.Plugin" }""", "sharpack build: configuration.plugins[0]: the type 'Nope.Plugin' is not in sharpack's assemblies.\n")]
    [InlineData("""{ "type": "Sharpack.Core.Compiler" }""", "sharpack build: configuration.plugins[0]: 'Sharpack.Core.Compiler' does not implement Sharpack.Core.IPlugin.\n")]
    public void A_plugin_that_cannot_be_loaded_is_one_line_and_exit_2(string plugin, string expected)
    {
        _box.Write("sharpack.config.json", $$"""{ "mode": "development", "entry": "./src/index.js", "plugins": [ {{plugin}} ] }""");
        var (code, output, err) = _box.Build();
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(expected.Replace("{project}", _box.Project, StringComparison.Ordinal), err);
        Assert.False(Directory.Exists(Path.Combine(_box.Project, "dist")));
    }
}
