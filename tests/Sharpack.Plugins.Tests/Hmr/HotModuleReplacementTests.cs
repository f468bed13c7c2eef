// Hot module replacement in node, as webpack's hotCases run it: one compiler builds again after
// each edit (its records in memory), and the running bundle applies the update files with
// module.hot.check(true). A node process keeps the bundle running between builds; each "check"
// line it reads applies the pending update and prints what happened.

using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Options;
using Sharpack.Plugins.Hmr;
using Xunit;

namespace Sharpack.Plugins.Tests.Hmr;

public sealed class HotModuleReplacementTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-hmr-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private const string Driver = """
        const readline = require("readline");
        globalThis.log = [];
        const flush = (result) => { console.log(JSON.stringify({ ...result, log: globalThis.log })); globalThis.log = []; };
        const entry = process.argv[2] || "./dist/main.js";
        (entry.endsWith(".mjs") ? import(entry) : Promise.resolve().then(() => require(entry))).then(() => flush({}), (e) => flush({ error: e.message }));
        readline.createInterface({ input: process.stdin }).on("line", (line) => {
          if (line !== "check") return process.exit(0);
          const hot = globalThis.hot;
          Promise.resolve().then(() => hot.check(true)).then(
            (ids) => flush({ ids, status: hot.status() }),
            (e) => flush({ error: e.message, status: hot.status() }));
        });
        """;

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private Compiler NewCompiler(string extra = "")
    {
        var json = $$"""{ "mode": "development", "target": "node", "devtool": false, "entry": "./src/index.js"{{extra}} }""";
        var result = OptionsNormalizer.Normalize(JsonNode.Parse(json), new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        return SharpackPlugins.CreateCompiler(result.Options!, [new HotModuleReplacementPlugin()]);
    }

    private static void Build(Compiler compiler)
    {
        var stats = compiler.Run();
        Assert.True(stats.Errors.Count == 0, string.Join("\n", stats.Errors.Select(e => e.Message)));
    }

    // The running bundle: each Check applies the update the last build wrote.
    private sealed class Running : IDisposable
    {
        private readonly Process _process;
        private readonly System.Collections.Concurrent.BlockingCollection<string> _lines = [];
        private readonly System.Text.StringBuilder _errors = new();

        public Running(string root, string entry = "./dist/main.js")
        {
            File.WriteAllText(Path.Combine(root, "driver.cjs"), Driver);
            var start = new ProcessStartInfo("node", ["driver.cjs", entry]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
            _process = new Process { StartInfo = start };
            _process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                    _lines.Add(e.Data);
            };
            _process.ErrorDataReceived += (_, e) =>
            {
                lock (_errors)
                    _errors.AppendLine(e.Data);
            };
            _process.Start();
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            First = Next();
        }

        public JsonObject First { get; }

        public JsonObject Check()
        {
            _process.StandardInput.WriteLine("check");
            return Next();
        }

        private JsonObject Next()
        {
            if (!_lines.TryTake(out var line, TimeSpan.FromSeconds(30)))
            {
                lock (_errors)
                    Assert.Fail("no answer from node: " + _errors);
            }
            return JsonNode.Parse(line!)!.AsObject();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            _process.Dispose();
            _lines.Dispose();
        }
    }

    private static string Log(JsonObject result) => string.Join("|", result["log"]!.AsArray().Select(n => n!.GetValue<string>()));

    [Fact]
    public void An_accepted_dependency_is_replaced_and_an_es_module_reads_its_new_bindings()
    {
        Write("src/index.js", """
            import { value } from "./a";
            import other from "./cjs";
            globalThis.log.push("index " + value + " " + other);
            module.hot.accept(["./a", "./cjs"], () => { globalThis.log.push("accepted " + value + " " + other); });
            globalThis.hot = module.hot;
            """);
        Write("src/a.js", "export const value = 1;\n");
        Write("src/cjs.js", "module.exports = 'c1';\n");
        var compiler = NewCompiler();
        Build(compiler);
        using var running = new Running(_root);
        Assert.Equal("index 1 c1", Log(running.First));

        Write("src/a.js", "export const value = 2;\n");
        Build(compiler);
        var update = running.Check();
        Assert.Equal("accepted 2 c1", Log(update));
        Assert.Equal("""["./src/a.js"]""", update["ids"]!.ToJsonString());
        Assert.Equal("idle", update["status"]!.GetValue<string>());

        // A second update is named by the hash the first one updated to.
        Write("src/cjs.js", "module.exports = 'c2';\n");
        Build(compiler);
        Assert.Equal("accepted 2 c2", Log(running.Check()));

        // A build with nothing new leaves no update: check finds none.
        Build(compiler);
        var none = running.Check();
        Assert.Null(none["ids"]);
        Assert.Equal("", Log(none));
    }

    [Fact]
    public void Self_accepting_modules_run_again_with_the_data_their_dispose_handlers_left()
    {
        Write("src/index.js", """
            import "./counter";
            globalThis.hot = module.hot;
            """);
        Write("src/counter.js", """
            const previous = module.hot.data ? module.hot.data.count : 0;
            const count = previous + 1;
            globalThis.log.push("counter v1 " + count);
            module.hot.dispose((data) => { data.count = count; });
            module.hot.accept();
            """);
        var compiler = NewCompiler();
        Build(compiler);
        using var running = new Running(_root);
        Assert.Equal("counter v1 1", Log(running.First));

        Write("src/counter.js", """
            const previous = module.hot.data ? module.hot.data.count : 0;
            const count = previous + 10;
            globalThis.log.push("counter v2 " + count);
            module.hot.dispose((data) => { data.count = count; });
            module.hot.accept();
            """);
        Build(compiler);
        Assert.Equal("counter v2 11", Log(running.Check()));
    }

    [Fact]
    public void An_update_nobody_accepts_or_a_declined_one_aborts_with_webpacks_message()
    {
        Write("src/index.js", """
            import { value } from "./a";
            import "./declined";
            globalThis.log.push("index " + value);
            module.hot.decline("./declined");
            globalThis.hot = module.hot;
            """);
        Write("src/a.js", "export const value = 1;\n");
        Write("src/declined.js", "export const d = 1;\n");
        var compiler = NewCompiler();
        Build(compiler);
        using var running = new Running(_root);

        Write("src/a.js", "export const value = 2;\n");
        Build(compiler);
        var update = running.Check();
        Assert.Equal("Aborted because ./src/a.js is not accepted\nUpdate propagation: ./src/a.js -> ./src/index.js", update["error"]!.GetValue<string>());
        Assert.Equal("abort", update["status"]!.GetValue<string>());
    }

    [Fact]
    public void Decline_stops_an_update_of_the_declined_module()
    {
        Write("src/index.js", """
            import "./declined";
            module.hot.decline("./declined");
            module.hot.accept();
            globalThis.hot = module.hot;
            """);
        Write("src/declined.js", "export const d = 1;\n");
        var compiler = NewCompiler();
        Build(compiler);
        using var running = new Running(_root);
        Write("src/declined.js", "export const d = 2;\n");
        Build(compiler);
        Assert.Equal("Aborted because of declined dependency: ./src/declined.js in ./src/index.js\nUpdate propagation: ./src/declined.js -> ./src/index.js",
            running.Check()["error"]!.GetValue<string>());
    }

    [Fact]
    public void Lazy_chunks_get_updates_and_an_added_lazy_chunk_loads()
    {
        Write("src/index.js", """
            globalThis.load = (name) => import("./pages/" + name).then((m) => globalThis.log.push(m.default));
            module.hot.accept();
            globalThis.hot = module.hot;
            globalThis.load("one");
            """);
        Write("src/pages/one.js", "export default 'one v1'; module.hot.accept();\n");
        var compiler = NewCompiler();
        Build(compiler);
        using var running = new Running(_root);
        Write("src/pages/one.js", "export default 'one v2'; globalThis.log.push('one v2 ran'); module.hot.accept();\n");
        Build(compiler);
        var update = running.Check();
        Assert.Null(update["error"]);
        Assert.Contains("one v2 ran", Log(update), StringComparison.Ordinal);
        Assert.Contains(Directory.GetFiles(Path.Combine(_root, "dist")), f => f.EndsWith(".hot-update.js", StringComparison.Ordinal) && Path.GetFileName(f).StartsWith("src_pages_one_js.", StringComparison.Ordinal));
    }

    [Fact]
    public void Es_module_output_loads_updates_with_import()
    {
        Write("src/index.js", """
            import { value } from "./a";
            globalThis.log.push("index " + value);
            import.meta.webpackHot.accept("./a", () => { globalThis.log.push("accepted " + value); });
            globalThis.hot = import.meta.webpackHot;
            globalThis.load = () => import("./lazy").then((m) => globalThis.log.push(m.default));
            """);
        Write("src/a.js", "export const value = 1;\n");
        Write("src/lazy.js", "export default 'lazy1'; import.meta.webpackHot.accept();\n");
        var compiler = NewCompiler(""", "experiments": { "outputModule": true }, "output": { "module": true, "filename": "[name].mjs", "chunkFilename": "[name].mjs", "hotUpdateMainFilename": "[runtime].[fullhash].hot-update-manifest.mjs" }""");
        Build(compiler);
        using var running = new Running(_root, "./dist/main.mjs");
        Assert.Equal("index 1", Log(running.First));
        Write("src/a.js", "export const value = 2;\n");
        Build(compiler);
        var update = running.Check();
        Assert.Null(update["error"]);
        Assert.Equal("accepted 2", Log(update));
        // No update: the manifest's import fails with ERR_MODULE_NOT_FOUND, which means none.
        Build(compiler);
        Assert.Null(running.Check()["error"]);
    }

    [Fact]
    public void Update_files_are_named_by_the_previous_hash_and_list_updated_and_removed_chunks()
    {
        Write("src/index.js", "import('./lazy'); module.hot.accept();\n");
        Write("src/lazy.js", "export default 1;\n");
        var compiler = NewCompiler(""", "output": { "hotUpdateMainFilename": "hot/[runtime].[fullhash:8].json", "hotUpdateChunkFilename": "hot/[id].[fullhash:8].js" }""");
        var first = compiler.Run();
        Assert.Empty(first.Errors);
        Assert.DoesNotContain(first.Assets, a => a.Name.StartsWith("hot/", StringComparison.Ordinal));
        Write("src/index.js", "module.hot.accept();\n");
        var second = compiler.Run();
        Assert.Empty(second.Errors);
        var hash = first.Hash[..8];
        var manifest = Assert.Single(second.Assets, a => a.Name == $"hot/main.{hash}.json");
        Assert.True(manifest.Info?.HotModuleReplacement);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(_root, "dist", manifest.Name)))!;
        Assert.Equal("""["main"]""", json["c"]!.ToJsonString());
        Assert.Equal("""["src_lazy_js"]""", json["r"]!.ToJsonString());
        Assert.Equal("""["./src/lazy.js"]""", json["m"]!.ToJsonString());
        Assert.Contains(second.Assets, a => a.Name == $"hot/main.{hash}.js");
    }
}
