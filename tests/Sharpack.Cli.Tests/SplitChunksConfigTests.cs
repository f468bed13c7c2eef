// optimization.splitChunks from a webpack.config.js: functions (chunks, a cache group's test and
// name, called through the node process with webpack's module and chunk methods), a RegExp
// shorthand group, Infinity; and new webpack.optimize.SplitChunksPlugin(options) by name. Each
// expected file list is what webpack 5.113 emitted for the same project and configuration, and
// the bundle runs.

using Sharpack.Cli.Tests.Support;

namespace Sharpack.Cli.Tests;

public sealed class SplitChunksConfigTests : IDisposable
{
    private readonly Sandbox _box = new();

    public SplitChunksConfigTests()
    {
        _box.Write("src/index.js", """
            import a from "lib-a";
            import b from "lib-b";
            import util from "./util.js";
            console.log("main", a, b, util);
            import("./lazy.js").then((m) => console.log("lazy", m.default));
            """);
        _box.Write("src/lazy.js", "import b from \"lib-b\"; export default \"lazy+\" + b;\n");
        _box.Write("src/util.js", "export default \"util\";\n");
        _box.Write("node_modules/lib-a/index.js", "module.exports = \"a\";\n");
        _box.Write("node_modules/lib-b/index.js", "module.exports = \"b\";\n");
    }

    public void Dispose() => _box.Dispose();

    private string[] DistFiles() =>
        Directory.GetFiles(Path.Combine(_box.Project, "dist")).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Functions_and_a_RegExp_group_split_as_webpack_does()
    {
        _box.Write("webpack.config.js", """
            module.exports = {
              mode: "development", target: "node", devtool: false,
              entry: { main: "./src/index.js" },
              optimization: {
                splitChunks: {
                  chunks: (chunk) => chunk.name !== "never" && (chunk.canBeInitial() || !chunk.canBeInitial()),
                  maxInitialRequests: Infinity,
                  minSize: 0,
                  cacheGroups: {
                    libs: {
                      test: (module) => /node_modules/.test(module.nameForCondition() || ""),
                      name: (module, chunks, key) => key + "-" + module.nameForCondition().split("/node_modules/")[1].split("/")[0] + "-" + chunks.length,
                      priority: 10,
                    },
                    util: /util/,
                  },
                },
              },
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal(["libs-lib-a-1.js", "libs-lib-b-1.js", "main.js", "src_lazy_js.js", "util-src_util_js.js"], DistFiles());
        Assert.Equal("main a b util\nlazy lazy+b\n", _box.RunBundle("dist/main.js"));
    }

    [Fact]
    public void The_plugin_by_webpacks_name_takes_its_options()
    {
        _box.Write("webpack.config.js", """
            const webpack = require("webpack");
            module.exports = {
              mode: "development", target: "node", devtool: false,
              entry: { main: "./src/index.js" },
              optimization: { splitChunks: false },
              plugins: [new webpack.optimize.SplitChunksPlugin({ chunks: "all", cacheGroups: { vendor: { test: /node_modules/, name: "vendor", enforce: true } } })],
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal(["main.js", "src_lazy_js.js", "vendor.js"], DistFiles());
        Assert.Equal("main a b util\nlazy lazy+b\n", _box.RunBundle("dist/main.js"));
    }

    [Fact]
    public void A_cache_group_test_that_throws_fails_the_build_naming_the_option()
    {
        _box.Write("webpack.config.js", """
            module.exports = {
              mode: "development", target: "node", devtool: false,
              entry: { main: "./src/index.js" },
              optimization: { splitChunks: { cacheGroups: { bad: { test: () => { throw new Error("no test today"); } } } } },
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.NotEqual(0, code);
        Assert.Contains("no test today", err + output, StringComparison.Ordinal);
        Assert.Contains("optimization.splitChunks.cacheGroups.bad.test", err + output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_json_shows_a_split_chunks_id_hints_and_reason()
    {
        // webpack's --json for the same build: "idHints": ["vendors"], "reason": "split chunk (cache group: defaultVendors)".
        _box.Write("webpack.config.js", """
            module.exports = {
              mode: "development", target: "node", devtool: false,
              entry: { main: "./src/index.js" },
              optimization: { splitChunks: { chunks: "all", minSize: 0 } },
            };
            """);
        var (code, output, err) = _box.Build("--json", "stats.json");
        Assert.True(code == 0, err + output);
        var stats = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(_box.Project, "stats.json")))!;
        var vendors = stats["chunks"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == "vendors-node_modules_lib-a_index_js-node_modules_lib-b_index_js")!;
        Assert.Equal("vendors", vendors["idHints"]![0]!.GetValue<string>());
        Assert.Equal("split chunk (cache group: defaultVendors)", vendors["reason"]!.GetValue<string>());
        Assert.Null(stats["chunks"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == "main")!["reason"]);
    }
}
