// webpack's built-in plugins from a JavaScript configuration: the classes of require("sharpack")
// (and of require("webpack") where no webpack is installed) reach the C# plugins by name, built
// in-process by `sharpack build`, their JavaScript functions (a banner function) called through the
// bridge; what cannot cross to .NET (bad options) stops the build with exit code 2 and a line that
// names it. Other JavaScript plugins run in node: JavaScriptPluginTests.

using Sharpack.Cli.Tests.Support;

namespace Sharpack.Cli.Tests;

public sealed class BuiltinPluginConfigTests : IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    private string RunBundle(string file = "dist/main.js") => _box.RunBundle(file);

    [Fact]
    public void Plugins_from_require_sharpack_are_applied()
    {
        _box.Write("src/index.js", """
            let locale;
            try { locale = require("./locale/de"); } catch (e) { locale = e.code; }
            console.log(APP_NAME, FEATURES.search, process.env.SHARPACK_CONFIG_TEST_HOME, _.tag, require("./env"), locale);
            """);
        _box.Write("src/env.js", "module.exports = 'dev env';\n");
        _box.Write("src/env.prod.js", "module.exports = 'prod env';\n");
        _box.Write("src/locale/de.js", "module.exports = 'de';\n");
        _box.Write("src/tiny-underscore.js", "module.exports = { tag: 'provided' };\n");
        _box.Write("webpack.config.js", """
            const path = require("path");
            const { BannerPlugin, DefinePlugin, ProvidePlugin, EnvironmentPlugin, IgnorePlugin, NormalModuleReplacementPlugin, optimize } = require("sharpack");
            if (typeof optimize !== "object") throw new Error("optimize should be an object");
            module.exports = {
              mode: "development",
              target: "node",
              entry: "./src/index.js",
              plugins: [
                new BannerPlugin({ banner: "built by [name]\nsecond line", entryOnly: true }),
                new DefinePlugin({ APP_NAME: JSON.stringify("demo"), FEATURES: { search: true }, NOT_JSON: undefined }),
                new ProvidePlugin({ _: path.resolve(__dirname, "src/tiny-underscore.js") }),
                new EnvironmentPlugin({ SHARPACK_CONFIG_TEST_HOME: "default home" }),
                new IgnorePlugin({ resourceRegExp: /^\.\/locale/ }),
                new NormalModuleReplacementPlugin(/^\.\/env$/, "./env.prod"),
                false && new BannerPlugin("skipped"),
              ],
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        var main = File.ReadAllText(Path.Combine(_box.Project, "dist", "main.js"));
        Assert.StartsWith("/*!\n * built by main\n * second line\n */\n", main, StringComparison.Ordinal);
        Assert.Equal("demo true default home provided prod env MODULE_NOT_FOUND\n", RunBundle());
    }

    [Fact]
    public void DotenvPlugin_from_require_sharpack_reads_env_files()
    {
        _box.Write("src/index.js", "console.log(process.env.APP_TITLE, import.meta.env.APP_TITLE, typeof process.env.WEBPACK_UNSET_IN_FILES);\n");
        _box.Write("config/.env.development", "APP_TITLE=from dotenv\nOTHER=hidden\n");
        _box.Write("webpack.config.js", """
            const path = require("path");
            const { DotenvPlugin } = require("sharpack");
            module.exports = {
              mode: "development",
              target: "node",
              entry: "./src/index.js",
              plugins: [new DotenvPlugin({ dir: path.resolve(__dirname, "config"), prefix: "APP_" })],
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal("from dotenv from dotenv undefined\n", RunBundle());
    }

    [Fact]
    public void Require_webpack_without_webpack_installed_gives_sharpacks_plugins()
    {
        _box.Write("src/index.js", "console.log(VERSION, require('./locale/' + process.argv.length).name);\n");
        _box.Write("src/locale/2.js", "module.exports = { name: 'two' };\n");
        _box.Write("src/locale/3.js", "module.exports = { name: 'three (left out)' };\n");
        _box.Write("webpack.config.js", """
            const webpack = require("webpack");
            module.exports = {
              mode: "production",
              target: "node",
              entry: "./src/index.js",
              plugins: [
                new webpack.DefinePlugin({ VERSION: "'1.0'" }),
                new webpack.ContextReplacementPlugin(/locale$/, /2/),
                new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true }),
              ],
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        var main = File.ReadAllText(Path.Combine(_box.Project, "dist", "main.js"));
        Assert.StartsWith("#!/usr/bin/env node\n", main, StringComparison.Ordinal);
        Assert.DoesNotContain("left out", main, StringComparison.Ordinal);
        Assert.Equal("1.0 two\n", RunBundle());
    }

    [Fact]
    public void Optimize_plugins_merge_chunks_and_report_bad_options()
    {
        _box.Write("src/index.js", "Promise.all([import('./a'), import('./b')]).then(([a, b]) => console.log(a.default, b.default));\n");
        _box.Write("src/a.js", "export default 'a';\n");
        _box.Write("src/b.js", "export default 'b';\n");
        _box.Write("webpack.config.js", """
            const webpack = require("webpack");
            module.exports = {
              mode: "development",
              target: "node",
              entry: "./src/index.js",
              plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }), new webpack.optimize.MinChunkSizePlugin({ minChunkSize: 1 }), new webpack.optimize.AggressiveMergingPlugin()],
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal(["main.js"], Directory.GetFiles(Path.Combine(_box.Project, "dist")).Select(Path.GetFileName));
        Assert.Equal("a b\n", RunBundle());

        _box.Write("webpack.config.js", """
            const { optimize } = require("sharpack");
            module.exports = { mode: "development", target: "node", entry: "./src/index.js", plugins: [new optimize.LimitChunkCountPlugin({ maxChunks: 0 })] };
            """);
        (code, output, err) = _box.Build();
        Assert.NotEqual(0, code);
        Assert.Contains("configuration.plugins[0]: LimitChunkCountPlugin: Invalid options object. Limit Chunk Count Plugin has been initialized", err + output, StringComparison.Ordinal);
    }

    [Fact]
    public void Module_concatenation_plugin_hoists_where_the_mode_does_not()
    {
        _box.Write("src/index.js", "import { a } from './a';\nconsole.log(a);\n");
        _box.Write("src/a.js", "export const a = 'hoisted';\n");
        _box.Write("webpack.config.js", """
            const webpack = require("webpack");
            module.exports = { mode: "development", devtool: false, target: "node", entry: "./src/index.js", plugins: [new webpack.optimize.ModuleConcatenationPlugin()] };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Contains(";// ./src/a.js", File.ReadAllText(Path.Combine(_box.Project, "dist", "main.js")), StringComparison.Ordinal);
        Assert.Equal("hoisted\n", RunBundle());
    }

    [Fact]
    public void Webpack_ids_plugins_number_modules_and_chunks_when_the_options_choose_none()
    {
        _box.Write("src/index.js", "import a from './a';\nimport b from './b';\nconsole.log(a, b);\nimport('./lazy').then((m) => console.log(m.default));\n");
        _box.Write("src/a.js", "import u from './util'; export default 'a' + u;\n");
        _box.Write("src/b.js", "import u from './util'; export default 'b' + u;\n");
        _box.Write("src/util.js", "export default 'u';\n");
        _box.Write("src/lazy.js", "export default 'lazy';\n");
        _box.Write("webpack.config.js", """
            const { ids } = require("sharpack");
            module.exports = { mode: "development", target: "node", entry: "./src/index.js",
              optimization: { moduleIds: false, chunkIds: false },
              plugins: [new ids.OccurrenceModuleIdsPlugin({ prioritiseInitial: true }), new ids.NaturalChunkIdsPlugin()] };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        // util is referenced twice: the first id; the async chunk is the second chunk.
        Assert.Contains("/***/ 0\n/*!*********************!*\\\n  !*** ./src/util.js ***!", File.ReadAllText(Path.Combine(_box.Project, "dist", "main.js")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_box.Project, "dist", "1.js")));
        Assert.Equal("au bu\nlazy\n", RunBundle());

        _box.Write("webpack.config.js", """
            const { ids } = require("sharpack");
            module.exports = { mode: "development", target: "node", entry: "./src/index.js", plugins: [new ids.NamedChunkIdsPlugin({ delimiter: "~" })] };
            """);
        (code, output, err) = _box.Build();
        Assert.NotEqual(0, code);
        Assert.Contains("configuration.plugins[0]: NamedChunkIdsPlugin: ", err + output, StringComparison.Ordinal);
        Assert.Contains("options.delimiter is not implemented by sharpack yet", err + output, StringComparison.Ordinal);

        // webpack's configCases/optimization/chunk: chunk ids from the plugin alone.
        _box.Write("webpack.config.js", """
            const webpack = require("webpack");
            module.exports = { mode: "development", target: "node", entry: "./src/index.js", optimization: { chunkIds: false }, plugins: [new webpack.ids.DeterministicChunkIdsPlugin()] };
            """);
        Directory.Delete(Path.Combine(_box.Project, "dist"), recursive: true);
        (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Contains(Directory.GetFiles(Path.Combine(_box.Project, "dist")), f => System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(f), "^[0-9]{1,3}\\.js$"));
        Assert.Equal("au bu\nlazy\n", RunBundle());
    }

    [Fact]
    public void DefineConfig_returns_the_configuration_as_it_is()
    {
        _box.Write("webpack.config.js", """
            const { defineConfig } = require("webpack");
            module.exports = defineConfig([
              () => ({ name: "first", mode: "development", target: "node", entry: "./src/index.js", output: { filename: "first.js" } }),
              { name: "second", mode: "development", target: "node", entry: "./src/index.js", output: { filename: "second.js" } },
            ]);
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.True(File.Exists(Path.Combine(_box.Project, "dist", "first.js")));
        Assert.True(File.Exists(Path.Combine(_box.Project, "dist", "second.js")));
    }

    [Fact]
    public void A_banner_function_is_called_for_each_file()
    {
        _box.Write("src/index.js", "import('./lazy');\n");
        _box.Write("src/lazy.js", "export default 1;\n");
        _box.Write("webpack.config.js", """
            const { BannerPlugin } = require("sharpack");
            module.exports = {
              mode: "development",
              entry: "./src/index.js",
              plugins: [new BannerPlugin(({ chunk, filename, hash }) => `${chunk.name || "async"} in ${filename} [name] ${typeof hash}`)],
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.StartsWith("/*! main in main.js main string */\n", File.ReadAllText(Path.Combine(_box.Project, "dist", "main.js")), StringComparison.Ordinal);
        Assert.StartsWith("/*! async in src_lazy_js.js src_lazy_js string */\n", File.ReadAllText(Path.Combine(_box.Project, "dist", "src_lazy_js.js")), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_plugin_options_are_reported_as_webpack_does()
    {
        _box.Write("webpack.config.js", """
            const { IgnorePlugin } = require("sharpack");
            module.exports = { mode: "development", entry: "./src/index.js", plugins: [new IgnorePlugin({ contextRegExp: /x/ })] };
            """);
        var (code, output, err) = _box.Build();
        Assert.Equal(2, code);
        Assert.Contains("configuration.plugins[0]: IgnorePlugin: Invalid options object. Ignore Plugin has been initialized using an options object that does not match the API schema.\n" +
            " - options misses the property 'resourceRegExp'.", err + output, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_flag_reports_phases_on_standard_error()
    {
        var (code, output, err) = _box.Build("--entry", "./src/index.js", "--mode", "development", "--progress");
        Assert.True(code == 0, err + output);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("0%", lines[0]);
        Assert.Contains("10% building", lines);
        Assert.Contains("65% building 1/1 modules", lines);
        Assert.Contains("95% emitting emit", lines);
        Assert.Equal("100%", lines[^1]);
        Assert.DoesNotContain("%", output, StringComparison.Ordinal);
    }
}
