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
        Assert.Contains(" - configuration.devtool should be one of these:", err, StringComparison.Ordinal);
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
        // Production minifies: the asset says so, in the stats and in the summary.
        Assert.Empty(stats["warnings"]!.AsArray());
        Assert.True((bool?)stats["assets"]![0]!["info"]?["minimized"]);
        Assert.Contains("[minimized]", output, StringComparison.Ordinal);
        Assert.Contains("compiled successfully", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_keep_module_and_chunk_ids_from_build_to_build()
    {
        // recordsPath: the first build writes the ids it gave (natural ids, so a new module shifts
        // the others); the second reads them back, and the modules and the lazy chunk keep theirs.
        File.WriteAllText(Path.Combine(_dir, "src", "index.js"), "import a from './a.js';\nimport('./lazy.js').then((m) => console.log(a, m.default));\n");
        File.WriteAllText(Path.Combine(_dir, "src", "a.js"), "export default 'a';\n");
        File.WriteAllText(Path.Combine(_dir, "src", "lazy.js"), "export default 'lazy';\n");
        File.WriteAllText(Path.Combine(_dir, "webpack.config.json"), """
            { "mode": "none", "entry": "./src/index.js", "target": "node", "recordsPath": "records/ids.json",
              "optimization": { "moduleIds": "natural", "chunkIds": "natural" } }
            """);
        var (code, output, err) = Run("--config", "webpack.config.json");
        Assert.True(code == 0, err + output);
        var first = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "records", "ids.json")))!;
        var byIdentifier = first["modules"]!["byIdentifier"]!.AsObject();
        Assert.Equal(["./src/a.js", "./src/index.js", "./src/lazy.js"], byIdentifier.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(0, (int)first["chunks"]!["byName"]!["main"]!);
        var lazyChunk = first["chunks"]!["bySource"]!.AsObject().Single(p => p.Key.EndsWith("./lazy.js", StringComparison.Ordinal)).Value!.GetValue<int>();

        // A module that sorts first would take id 0 and move every other id without the records.
        File.WriteAllText(Path.Combine(_dir, "src", "index.js"), "import a from './a.js';\nimport aa from './aa.js';\nimport('./lazy.js').then((m) => console.log(a, aa, m.default));\n");
        File.WriteAllText(Path.Combine(_dir, "src", "aa.js"), "export default 'aa';\n");
        (code, output, err) = Run("--config", "webpack.config.json");
        Assert.True(code == 0, err + output);
        var second = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "records", "ids.json")))!;
        foreach (var (identifier, id) in byIdentifier)
            Assert.Equal((int)id!, (int)second["modules"]!["byIdentifier"]![identifier]!);
        Assert.NotNull(second["modules"]!["byIdentifier"]!["./src/aa.js"]);
        Assert.Equal(lazyChunk, second["chunks"]!["bySource"]!.AsObject().Single(p => p.Key.EndsWith("./lazy.js", StringComparison.Ordinal)).Value!.GetValue<int>());
    }

    [Fact]
    public void Size_limits_are_reported_as_webpack_reports_them_by_performance_hints()
    {
        // 3,000 exports of 40 bytes each: about 130 KiB, over the limits set below.
        var big = new System.Text.StringBuilder();
        for (var i = 0; i < 3000; i++)
            big.Append("export const v").Append(i).Append(" = \"").Append('x', 30).Append(i).Append("\";\n");
        File.WriteAllText(Path.Combine(_dir, "src", "big.js"), big.ToString());
        File.WriteAllText(Path.Combine(_dir, "src", "index.js"), "import * as big from './big.js';\nconsole.log(Object.keys(big).length);\n");
        void Config(string hints) => File.WriteAllText(Path.Combine(_dir, "sharpack.config.json"),
            "{ \"mode\": \"production\", \"target\": \"web\", \"performance\": { \"hints\": " + hints + ", \"maxAssetSize\": 100000, \"maxEntrypointSize\": 100000 } }");

        Config("\"warning\"");
        var (code, output, err) = Run();
        Assert.True(code == 0, err + output);
        Assert.Contains("WARNING in asset size limit: The following asset(s) exceed the recommended size limit (97.7 KiB).\nThis can impact web performance.\nAssets: \n  main.js (", output, StringComparison.Ordinal);
        Assert.Contains("    Largest modules: ./src/index.js + 1 modules (", output, StringComparison.Ordinal);
        Assert.Contains("WARNING in entrypoint size limit: The following entrypoint(s) combined asset size exceeds the recommended limit (97.7 KiB). This can impact web performance.\nEntrypoints:\n  main (", output, StringComparison.Ordinal);
        Assert.Contains("WARNING in webpack performance recommendations: \nYou can limit the size of your bundles by using import()", output, StringComparison.Ordinal);

        // "error" fails the build; "stats" reports hints in the stats alone.
        Config("\"error\"");
        (code, output, _) = Run();
        Assert.Equal(1, code);
        Assert.Contains("ERROR in asset size limit:", output, StringComparison.Ordinal);
        Config("\"stats\"");
        (code, output, err) = Run("--json", "out/stats.json");
        Assert.True(code == 0, err + output);
        var stats = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "out", "stats.json")))!.AsObject();
        Assert.Empty(stats["warnings"]!.AsArray());
        Assert.Equal(3, (int?)stats["hintsCount"]);
        Assert.StartsWith("asset size limit:", (string?)stats["hints"]![0]!["message"], StringComparison.Ordinal);

        // Within the limits, or off: nothing.
        Config("false");
        (_, output, _) = Run();
        Assert.DoesNotContain("size limit", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_that_never_matched_are_reported_with_performance_unused_rules()
    {
        File.WriteAllText(Path.Combine(_dir, "sharpack.config.json"), """
            { "mode": "development", "performance": { "unusedRules": true },
              "module": { "rules": [
                { "test": { "__regexp": { "source": "\\.js$", "flags": "" } }, "type": "javascript/auto" },
                false,
                { "test": { "__regexp": { "source": "\\.never$", "flags": "" } }, "type": "asset/source" },
                { "oneOf": [ { "test": { "__regexp": { "source": "\\.js$", "flags": "" } } }, { "loader": "./unused-loader.js" } ] } ] } }
            """);
        var (code, output, err) = Run();
        Assert.True(code == 0, err + output);
        // Falsy rules are left out of the indexes, as in webpack's rule set; only the outermost unused rules are named.
        Assert.Contains("WARNING in webpack rule recommendations: \nThe following rules were never applied to a module: module.rules[1] (test: /\\.never$/), module.rules[2].oneOf[1] (loader: ./unused-loader.js).", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Modules_bundled_only_as_unused_reexports_are_reported_with_performance_unused_reexports()
    {
        File.WriteAllText(Path.Combine(_dir, "src", "index.js"), "import { used } from './barrel.js';\nimport './wanted.js';\nconsole.log(used);\n");
        File.WriteAllText(Path.Combine(_dir, "src", "barrel.js"), "export { first } from './twice.js';\nexport { second } from './twice.js';\nexport * from './used.js';\nexport * from './wanted.js';\n");
        File.WriteAllText(Path.Combine(_dir, "src", "twice.js"), "globalThis.twice = true;\nexport const first = 1;\nexport const second = 2;\n");
        File.WriteAllText(Path.Combine(_dir, "src", "used.js"), "export const used = 3;\n");
        // Re-exported and unused through the barrel too, but an import statement of its own wants it.
        File.WriteAllText(Path.Combine(_dir, "src", "wanted.js"), "globalThis.wanted = true;\nexport const wanted = 4;\nexport const other = 5;\n");
        File.WriteAllText(Path.Combine(_dir, "sharpack.config.json"), """{ "mode": "production", "optimization": { "minimize": false }, "performance": { "hints": "warning", "unusedReexports": true } }""");
        var (code, output, err) = Run();
        Assert.True(code == 0, err + output);
        Assert.Contains("WARNING in unused re-exports: 1 module is bundled although nothing uses what they export, adding ", output, StringComparison.Ordinal);
        Assert.Contains("\n  ./src/twice.js (", output, StringComparison.Ordinal);
        Assert.DoesNotContain("./src/wanted.js (", output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_dir, "sharpack.config.json"), """{ "mode": "production", "optimization": { "minimize": false }, "performance": { "hints": false, "unusedReexports": true } }""");
        (_, output, _) = Run();
        Assert.DoesNotContain("unused re-exports", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Externals_no_module_requests_are_reported_with_performance_unused_externals()
    {
        File.WriteAllText(Path.Combine(_dir, "src", "index.js"), "import path from 'path';\nimport fs from 'node:fs';\nconsole.log(path.sep, typeof fs);\n");
        // `fs` is external under either spelling; a RegExp names no request.
        File.WriteAllText(Path.Combine(_dir, "sharpack.config.json"), """
            { "mode": "development", "target": "node", "performance": { "unusedExternals": true },
              "externals": [{ "path": "commonjs path", "fs": "commonjs fs", "never-imported": "commonjs never-imported" }, "lodahs",
                { "__regexp": { "source": "^unmatched", "flags": "" } }] }
            """);
        var (code, output, err) = Run();
        Assert.True(code == 0, err + output);
        Assert.Contains("WARNING in webpack externals recommendations: \nThe following externals were declared but never imported: lodahs, never-imported.\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_cycles_are_reported_with_performance_circular_dependencies()
    {
        File.WriteAllText(Path.Combine(_dir, "src", "index.js"), "import { a } from './a.js';\nimport './self.js';\nconsole.log(a);\n");
        File.WriteAllText(Path.Combine(_dir, "src", "a.js"), "import { b } from './b.js';\nexport const a = 'a';\nexport const fromB = () => b;\n");
        File.WriteAllText(Path.Combine(_dir, "src", "b.js"), "import { c } from './c.js';\nexport const b = 'b';\nexport const fromC = () => c;\n");
        File.WriteAllText(Path.Combine(_dir, "src", "c.js"), "import { a } from './a.js';\nexport const c = () => a;\n");
        // A module importing itself is circular for inlining, but no group to report.
        File.WriteAllText(Path.Combine(_dir, "src", "self.js"), "import * as self from './self.js';\nexport const me = () => self;\n");
        File.WriteAllText(Path.Combine(_dir, "sharpack.config.json"), """{ "mode": "development", "performance": { "hints": "warning", "circularDependencies": true } }""");
        var (code, output, err) = Run();
        Assert.True(code == 0, err + output);
        Assert.Contains("WARNING in circular dependencies: 1 group of modules imports each other synchronously, shortest cycle of each shown:\n  3 modules: ./src/a.js -> ./src/b.js -> ./src/c.js -> ./src/a.js\n", output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_dir, "sharpack.config.json"), """{ "mode": "development", "performance": { "hints": false, "circularDependencies": true } }""");
        (_, output, _) = Run();
        Assert.DoesNotContain("circular dependencies", output, StringComparison.Ordinal);
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
        // webpack's MultiStats: each build under its name, indented, its summary naming it again.
        Assert.StartsWith("client:\n  asset main.js ", output, StringComparison.Ordinal);
        Assert.Contains("\n  client (sharpack 0.1.0) compiled successfully in", output, StringComparison.Ordinal);
        Assert.Contains("\n\nserver:\n  asset main.js ", output, StringComparison.Ordinal);
        Assert.Contains("\n  server (sharpack 0.1.0) compiled successfully in", output, StringComparison.Ordinal);
        var (_, json, _) = Run("--json");
        Assert.Equal(2, JsonNode.Parse(json)!["children"]!.AsArray().Count);
        // An array of one is a multi-compiler build too: its stats have children (webpack's MultiStats).
        File.WriteAllText(Path.Combine(_dir, "sharpack.config.json"), """[ { "name": "only", "mode": "none" } ]""");
        (_, json, _) = Run("--json");
        Assert.Equal("only", (string?)Assert.Single(JsonNode.Parse(json)!["children"]!.AsArray())!["name"]);
    }

    [Fact]
    public void StatsPresetsShapeWhatIsPrinted()
    {
        File.WriteAllText(Path.Combine(_dir, "sharpack.config.json"), """{ "mode": "development", "stats": "minimal" }""");
        var (code, output, err) = Run();
        Assert.True(code == 0, err + output);
        Assert.Matches(@"^1 asset\n1 module\nsharpack 0\.1\.0 compiled successfully in \d+ ms\n$", output);

        File.WriteAllText(Path.Combine(_dir, "sharpack.config.json"), """{ "mode": "development", "stats": "errors-only" }""");
        (code, output, _) = Run();
        Assert.Equal(0, code);
        Assert.Equal("", output);
    }

    [Fact]
    public void ErrorsFailTheBuildWhateverStatsPrints()
    {
        File.WriteAllText(Path.Combine(_dir, "src", "index.js"), "require('./a');\n");
        File.WriteAllText(Path.Combine(_dir, "src", "a.js"), "\nrequire('./missing');\n");
        File.WriteAllText(Path.Combine(_dir, "sharpack.config.json"), """{ "mode": "development", "stats": "none" }""");
        var (code, output, _) = Run();
        Assert.Equal(1, code);
        Assert.Equal("", output);

        File.WriteAllText(Path.Combine(_dir, "sharpack.config.json"), """{ "mode": "development", "stats": { "preset": "errors-only", "errorDetails": true } }""");
        (code, output, _) = Run();
        Assert.Equal(1, code);
        var src = Path.Combine(_dir, "src");
        // The message, its code frame, the paths tried (errorDetails) and the importer (moduleTrace).
        Assert.StartsWith($"ERROR in ./src/a.js 2:0-20\nModule not found: Error: Can't resolve './missing' in '{src}'\n", output, StringComparison.Ordinal);
        Assert.Contains($"\nresolve './missing' in '{src}'\n  {Path.Combine(src, "missing")} doesn't exist\n", output, StringComparison.Ordinal);
        Assert.EndsWith("doesn't exist\n @ ./src/index.js 1:0-14\n\nsharpack compiled with 1 error\n", output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_dir, "sharpack.config.json"), """{ "mode": "development", "stats": "none" }""");
        (code, output, _) = Run("--json");
        Assert.Equal(1, code);
        Assert.Equal("{}\n", output);
    }

    [Fact]
    public void RulesDecideTheModuleType()
    {
        File.WriteAllText(Path.Combine(_dir, "src", "index.js"), "console.log(require('./data.txt').answer);\n");
        File.WriteAllText(Path.Combine(_dir, "src", "data.txt"), "{ \"answer\": 42 }\n");
        File.WriteAllText(Path.Combine(_dir, "webpack.config.js"), """
            module.exports = {
              mode: "development",
              devtool: false,
              module: { rules: [ { oneOf: [ { test: /\.txt$/, issuer: /index\.js$/, type: "json" } ] } ] },
            };
            """);
        var (code, output, err) = Run();
        Assert.True(code == 0, err + output);
        Assert.Contains("module.exports = {\"answer\":42};", File.ReadAllText(Path.Combine(_dir, "dist", "main.js")), StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_dir, "webpack.config.js"), """
            module.exports = { mode: "development", module: { rules: [ { test: /\.txt$/, tpye: "json" } ] } };
            """);
        (code, _, err) = Run();
        Assert.Equal(2, code);
        Assert.Contains(" - configuration.module.rules[0] has an unknown property 'tpye'. These properties are valid:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void RuntimeChunkNameFunctionIsCalledForEachEntrypoint()
    {
        File.WriteAllText(Path.Combine(_dir, "src", "admin.js"), "console.log('admin');\n");
        File.WriteAllText(Path.Combine(_dir, "webpack.config.js"), """
            module.exports = {
              mode: "development",
              entry: { main: "./src/index.js", admin: "./src/admin.js" },
              optimization: { runtimeChunk: { name: (entrypoint) => entrypoint.name === "main" ? `rt-${entrypoint.name}` : undefined } },
            };
            """);
        var (code, output, err) = Run();
        Assert.True(code == 0, output + err);
        var files = Directory.GetFiles(Path.Combine(_dir, "dist")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "admin.js", "main.js", "rt-main.js" }, files);
        // main's runtime moves to rt-main.js; admin returned undefined, so it keeps its own.
        Assert.Contains("__webpack_require__.m = __webpack_modules__", File.ReadAllText(Path.Combine(_dir, "dist", "rt-main.js")), StringComparison.Ordinal);
        // admin keeps its runtime; its one module needs no require function: the startup calls it.
        Assert.Contains("__webpack_modules__[\"./src/admin.js\"]();", File.ReadAllText(Path.Combine(_dir, "dist", "admin.js")), StringComparison.Ordinal);
        Assert.DoesNotContain("function __webpack_require__(moduleId)", File.ReadAllText(Path.Combine(_dir, "dist", "main.js")), StringComparison.Ordinal);
    }
}
