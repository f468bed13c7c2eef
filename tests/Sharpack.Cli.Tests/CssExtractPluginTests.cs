// CssExtractPlugin's files in node, without a browser: the order of a chunk's stylesheets and the
// warning when its chunk groups disagree (mini-css-extract-plugin's, silenced by ignoreOrder), a
// SplitChunks cache group of type css/mini-extract, source maps back to the CSS files through
// css-loader's maps, the plugin's filename options, and the error when the loader has no plugin.

using System.Text.Json.Nodes;
using Sharpack.Cli.Tests.Support;
using Sharpack.Tests;

namespace Sharpack.Cli.Tests;

public sealed class CssExtractPluginTests : IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    private static string Fixtures => Path.Combine(TestRepository.Root, "tests", "fixtures", "node_modules").Replace('\\', '/');

    private void WriteConfig(string pluginOptions, string extra = "") => _box.Write("webpack.config.js", $$"""
        const { CssExtractPlugin } = require("sharpack");
        module.exports = {
          mode: "development",
          target: "web",
          devtool: false,
          entry: "./src/index.js",
          resolveLoader: { modules: ["node_modules", "{{Fixtures}}"] },
          module: { rules: [{ test: /\.css$/i, use: [CssExtractPlugin.loader, "css-loader"] }] },
          plugins: [new CssExtractPlugin({{pluginOptions}})],
          {{extra}}
        };
        """);

    // Two routes import the same two stylesheets in opposite orders; a cache group puts all
    // stylesheets in one chunk, which both routes' groups order.
    private void WriteConflictingRoutes()
    {
        _box.Write("src/red.css", ".red { color: red; }\n");
        _box.Write("src/blue.css", ".blue { color: blue; }\n");
        _box.Write("src/one.js", "import \"./red.css\";\nimport \"./blue.css\";\nexport default 1;\n");
        _box.Write("src/two.js", "import \"./blue.css\";\nimport \"./red.css\";\nexport default 2;\n");
        _box.Write("src/index.js", "import(\"./one\");\nimport(\"./two\");\n");
    }

    private const string StylesGroup = """
        optimization: { splitChunks: { cacheGroups: { styles: { name: "styles", type: "css/mini-extract", chunks: "all", enforce: true } } } },
        """;

    [Fact]
    public void A_css_mini_extract_cache_group_collects_the_stylesheets_and_conflicting_orders_warn()
    {
        WriteConflictingRoutes();
        WriteConfig("", StylesGroup);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, output + err);
        var styles = File.ReadAllText(Path.Combine(_box.Project, "dist", "styles.css"));
        Assert.Contains(".red", styles, StringComparison.Ordinal);
        Assert.Contains(".blue", styles, StringComparison.Ordinal);
        // The routes' chunks keep their JavaScript and no stylesheet.
        Assert.Single(Directory.GetFiles(Path.Combine(_box.Project, "dist"), "*.css"));
        Assert.Contains("chunk styles [mini-css-extract-plugin]", output + err, StringComparison.Ordinal);
        Assert.Contains("Conflicting order. Following module has been added:", output + err, StringComparison.Ordinal);
        Assert.Contains("despite it was not able to fulfill desired ordering with these modules:", output + err, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignore_order_silences_the_conflicting_order_warning()
    {
        WriteConflictingRoutes();
        WriteConfig("{ ignoreOrder: true }", StylesGroup);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, output + err);
        Assert.True(File.Exists(Path.Combine(_box.Project, "dist", "styles.css")));
        Assert.DoesNotContain("Conflicting order", output + err, StringComparison.Ordinal);
    }

    [Fact]
    public void Stylesheets_come_in_import_order_with_imported_ones_first_and_media_wrapped()
    {
        _box.Write("src/base.css", ".base { margin: 0; }\n");
        _box.Write("src/print.css", ".print { display: none; }\n");
        _box.Write("src/main.css", "@import \"./base.css\";\n@import \"./print.css\" print;\n.main { color: green; }\n");
        _box.Write("src/last.css", ".last { color: gray; }\n");
        _box.Write("src/index.js", "import \"./main.css\";\nimport \"./last.css\";\n");
        WriteConfig("{ filename: \"styles/[name].[contenthash:6].css\" }", "output: { pathinfo: false },");
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, output + err);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(_box.Project, "dist", "styles"), "*.css"));
        Assert.Matches("^main\\.[0-9a-f]{6}\\.css$", Path.GetFileName(file));
        var css = File.ReadAllText(file);
        Assert.Equal(".base { margin: 0; }\n\n@media print {\n.print { display: none; }\n\n}\n.main { color: green; }\n\n.last { color: gray; }\n\n", css);
    }

    [Fact]
    public void Extracted_stylesheets_map_back_to_their_css_files()
    {
        _box.Write("src/base.css", "body {\n\tmargin: 0;\n}\n");
        _box.Write("src/app.css", "@import \"./base.css\";\n.app {\n\tcolor: teal;\n}\n");
        _box.Write("src/index.js", "import \"./app.css\";\n");
        WriteConfig("", "");
        _box.Write("webpack.config.js", File.ReadAllText(Path.Combine(_box.Project, "webpack.config.js")).Replace("devtool: false", "devtool: \"source-map\"", StringComparison.Ordinal));
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, output + err);
        var dist = Path.Combine(_box.Project, "dist");
        Assert.EndsWith("/*# sourceMappingURL=main.css.map*/", File.ReadAllText(Path.Combine(dist, "main.css")).TrimEnd(), StringComparison.Ordinal);
        var map = JsonNode.Parse(File.ReadAllText(Path.Combine(dist, "main.css.map")))!;
        var sources = map["sources"]!.AsArray().Select(s => (string)s!).ToArray();
        Assert.Equal(2, sources.Length);
        Assert.EndsWith("/./src/base.css", sources[0], StringComparison.Ordinal);
        Assert.EndsWith("/./src/app.css", sources[1], StringComparison.Ordinal);
        Assert.Contains("color: teal", (string?)map["sourcesContent"]![1], StringComparison.Ordinal);
    }

    // The production setup: extracted CSS minified by a minimizer in optimization.minimizer
    // (css-minimizer-webpack-plugin's CssMinimizerPlugin is Sharpack's CSS minifier), its exclude kept.
    [Fact]
    public void A_css_minimizer_in_optimization_minimizer_minifies_the_extracted_files()
    {
        _box.Write("src/app.css", ".app {\n\tcolor: #ff0000;\n\tmargin: 0px;\n}\n");
        _box.Write("src/skip.css", ".skip {\n\tcolor: #ff0000;\n}\n");
        _box.Write("src/index.js", "import \"./app.css\";\n");
        _box.Write("src/other.js", "import \"./skip.css\";\n");
        _box.Write("webpack.config.js", $$"""
            const MiniCssExtractPlugin = require("mini-css-extract-plugin");
            const CssMinimizerPlugin = require("css-minimizer-webpack-plugin");
            module.exports = {
              mode: "production",
              entry: { main: "./src/index.js", other: "./src/other.js" },
              resolveLoader: { modules: ["node_modules", "{{Fixtures}}"] },
              module: { rules: [{ test: /\.css$/i, use: [MiniCssExtractPlugin.loader, "css-loader"] }] },
              plugins: [new MiniCssExtractPlugin()],
              optimization: { minimizer: ["...", new CssMinimizerPlugin({ exclude: /^other/ })] },
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, output + err);
        var dist = Path.Combine(_box.Project, "dist");
        Assert.Equal(".app{color:red;margin:0}", File.ReadAllText(Path.Combine(dist, "main.css")).Trim());
        Assert.Contains("color: #ff0000;", File.ReadAllText(Path.Combine(dist, "other.css")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_loader_without_its_plugin_is_a_clear_error()
    {
        _box.Write("src/app.css", ".app { color: teal; }\n");
        _box.Write("src/index.js", "import \"./app.css\";\n");
        _box.Write("webpack.config.js", $$"""
            const { CssExtractPlugin } = require("sharpack");
            module.exports = {
              mode: "development",
              entry: "./src/index.js",
              resolveLoader: { modules: ["node_modules", "{{Fixtures}}"] },
              module: { rules: [{ test: /\.css$/i, use: [CssExtractPlugin.loader, "css-loader"] }] },
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.NotEqual(0, code);
        Assert.Contains("Can't resolve 'builtin:css-extract-loader'", output + err, StringComparison.Ordinal);
        Assert.Contains("CssExtractPlugin.loader, needs its plugin in `plugins`", output + err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_box.Project, "dist", "main.css")));
    }
}
