// JavaScript loaders run in node (NodeLoaderHost + loader-host.js) with webpack's loader-runner
// semantics, built end to end: `sharpack build` with a JavaScript, JSON or no configuration, the
// bundle run in node. Covered: sync, async (this.async and a promise) and raw loaders, a pitch
// that short-circuits (and `data` from pitch to normal), options (object, JSON query, query string,
// functions of the configuration), the loader context's fields, warnings and errors in webpack's
// words, a throwing loader, this.resolve and getResolve, a loader package from node_modules, an
// ES module loader, emitFile, this.loadModule (cycles too), this.importModule, and, through the .NET API, dependencies in the build info, chains
// mixing C# and JavaScript loaders, and node started only for builds that need it.

using System.Text.Json.Nodes;
using Sharpack.Cli.Loaders;
using Sharpack.Cli.Tests.Support;
using Sharpack.Core;
using Sharpack.Core.Make;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;

namespace Sharpack.Cli.Tests;

public sealed class JsLoaderTests : IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    private (int Code, string Output) Build(params string[] args)
    {
        var (code, output, err) = _box.Build(args);
        return (code, output + err);
    }

    private void Config(string rules) =>
        _box.Write("webpack.config.js", $$"""
            module.exports = {
              mode: "development",
              target: "node",
              entry: "./src/index.js",
              module: { rules: {{rules}} },
            };
            """);

    [Fact]
    public void A_sync_loader_gets_the_source_and_the_loader_context()
    {
        _box.Write("src/index.js", "console.log(JSON.stringify(require('./data.txt?x=1#frag')));\n");
        _box.Write("src/data.txt", "hello");
        _box.Write("loaders/describe.js", """
            const path = require("path");
            module.exports = function (source) {
              return "module.exports = " + JSON.stringify({
                source,
                resourcePath: path.relative(this.rootContext, this.resourcePath),
                resourceQuery: this.resourceQuery,
                resourceFragment: this.resourceFragment,
                context: path.relative(this.rootContext, this.context),
                mode: this.mode,
                target: this.target,
                sourceMap: this.sourceMap,
                loaders: this.loaders.length,
                loaderIndex: this.loaderIndex,
                request: this.utils.contextify(this.rootContext, this.request),
                contextify: this.utils.contextify(this.context, this.resourcePath),
                webpack: this.webpack,
              }) + ";";
            };
            """);
        Config("""[{ test: /\.txt$/, use: "./loaders/describe.js" }]""");
        var (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Equal(
            """{"source":"hello","resourcePath":"src/data.txt","resourceQuery":"?x=1","resourceFragment":"#frag","context":"src","mode":"development","target":"node","sourceMap":false,"loaders":1,"loaderIndex":0,"request":"./loaders/describe.js!./src/data.txt?x=1#frag","contextify":"./data.txt","webpack":true}""" + "\n",
            _box.RunBundle());
    }

    [Fact]
    public void A_loader_sees_the_one_platform_a_target_list_names_as_its_target()
    {
        // webpack's loader.target default: ["node", "es2020"] is "node" to loaders.
        _box.Write("src/index.js", "console.log(require('./data.txt'));\n");
        _box.Write("src/data.txt", "x");
        _box.Write("loaders/target.js", "module.exports = function () { return 'module.exports = ' + JSON.stringify(this.target) + ';'; };\n");
        _box.Write("webpack.config.js", """
            module.exports = {
              mode: "development",
              target: ["node", "es2020"],
              entry: "./src/index.js",
              module: { rules: [{ test: /\.txt$/, use: "./loaders/target.js" }] },
            };
            """);
        var (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Equal("node\n", _box.RunBundle());
    }

    [Fact]
    public void Inline_loaders_before_a_context_folder_apply_to_every_element()
    {
        // webpack's context addon: `./loader?q!./dir/` + x resolves the loader once and every
        // element request of the context starts with it.
        _box.Write("src/index.js", "const name = process.argv.length > 99 ? 'b' : 'a';\nconsole.log(require('../loaders/upper.js?tag!./words/' + name));\n");
        _box.Write("src/words/a.txt", "alpha");
        _box.Write("src/words/b.txt", "beta");
        _box.Write("loaders/upper.js", "module.exports = function (source) { return 'module.exports = ' + JSON.stringify(this.query + ':' + source.toUpperCase()) + ';'; };\n");
        Config("[]");
        _box.Write("src/words/a.js", "module.exports = 'js alpha';\n");
        var (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Equal("?tag:MODULE.EXPORTS = 'JS ALPHA';\n\n", _box.RunBundle());
    }

    [Fact]
    public void Async_loaders_answer_by_callback_and_by_promise_in_order()
    {
        _box.Write("src/index.js", "console.log(require('./a.txt'));\n");
        _box.Write("src/a.txt", "a");
        // Runs right to left: by-callback first (passing a source map on), then by-promise.
        _box.Write("loaders/by-callback.js", """
            module.exports = function (source) {
              const callback = this.async();
              setTimeout(() => callback(null, source + "+callback", { version: 3, sources: [], mappings: "" }), 5);
            };
            """);
        _box.Write("loaders/by-promise.js", """
            module.exports = function (source, map) {
              return new Promise((resolve) => setTimeout(() => resolve(`module.exports = ${JSON.stringify(source + "+promise:" + typeof map)};`), 5));
            };
            """);
        Config("""[{ test: /\.txt$/, use: ["./loaders/by-promise.js", "./loaders/by-callback.js"] }]""");
        var (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Equal("a+callback+promise:object\n", _box.RunBundle());
    }

    [Fact]
    public void A_pitch_that_returns_skips_the_rest_and_shares_data_with_its_normal_phase()
    {
        _box.Write("src/index.js", "console.log(require('./a.txt'));\n");
        _box.Write("src/a.txt", "a");
        // data.js pitches (leaving data) and goes on; answer.js's pitch answers, so never.js and the
        // file are skipped and data.js's normal phase gets the answer.
        _box.Write("loaders/data.js", """
            module.exports = function (source) { return source.replace("PITCHED", "PITCHED+" + this.data.seen); };
            module.exports.pitch = function (remainingRequest, previousRequest, data) { data.seen = "data"; };
            """);
        _box.Write("loaders/answer.js", """
            module.exports = function () { throw new Error("not run: the pitch answered"); };
            module.exports.pitch = function (remainingRequest, previousRequest) {
              const requests = [remainingRequest, previousRequest].map((r) => this.utils.contextify(this.rootContext, r));
              return `module.exports = "PITCHED " + ${JSON.stringify(requests.join(" | "))};`;
            };
            """);
        _box.Write("loaders/never.js", "module.exports = function () { throw new Error('skipped'); };\nmodule.exports.pitch = module.exports;\n");
        Config("""[{ test: /\.txt$/, use: ["./loaders/data.js", "./loaders/answer.js", "./loaders/never.js"] }]""");
        var (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Equal("PITCHED+data ./loaders/never.js!./src/a.txt | ./loaders/data.js\n", _box.RunBundle());
    }

    [Fact]
    public void A_raw_loader_gets_and_returns_bytes()
    {
        _box.Write("src/index.js", "console.log(require('./blob.bin'));\n");
        File.WriteAllBytes(Path.Combine(_box.Project, "src", "blob.bin"), [0xff, 0x00, 0xfe, 0x41]);
        _box.Write("loaders/bytes.js", """
            module.exports = function (content) {
              if (!Buffer.isBuffer(content)) throw new Error("not a Buffer");
              return Buffer.from(`module.exports = ${JSON.stringify([...content])};`);
            };
            module.exports.raw = true;
            """);
        Config("""[{ test: /\.bin$/, use: "./loaders/bytes.js" }]""");
        var (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Equal("[ 255, 0, 254, 65 ]\n", _box.RunBundle());
    }

    [Fact]
    public void Options_come_as_an_object_a_json_query_or_a_query_string()
    {
        _box.Write("src/index.js", """
            console.log(require('./a.txt'));
            console.log(require('../loaders/options.js?{"from":"json"}!./b.txt'));
            console.log(require('../loaders/options.js?from=query&n=1&n=2!./b.txt'));
            """);
        _box.Write("src/a.txt", "a");
        _box.Write("src/b.txt", "b");
        _box.Write("loaders/options.js", """
            module.exports = function (source) {
              const query = typeof this.query === "string" ? this.query : "object:" + this.query.from;
              return `module.exports = ${JSON.stringify(source + " " + JSON.stringify(this.getOptions()) + " " + query)};`;
            };
            """);
        Config("""[{ test: /a\.txt$/, use: [{ loader: "./loaders/options.js", options: { from: "object", re: /x/g } }] }]""");
        var (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Equal("""
            a {"from":"object","re":{}} object:object
            b {"from":"json"} ?{"from":"json"}
            b {"from":"query","n":["1","2"]} ?from=query&n=1&n=2

            """.ReplaceLineEndings("\n"), _box.RunBundle());
    }

    [Fact]
    public void Functions_in_options_are_the_configurations_own()
    {
        // Loaders run in the node process that loaded the configuration, so a function in their options is callable.
        _box.Write("src/index.js", "console.log(require('./a.txt'));\n");
        _box.Write("src/a.txt", "a");
        _box.Write("loaders/call.js", "module.exports = function (s) { return 'module.exports = ' + JSON.stringify(this.getOptions().make(s)); };\n");
        Config("""[{ test: /\.txt$/, use: [{ loader: "./loaders/call.js", options: { make: (s) => s + " made by the config" } }] }]""");
        var (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Equal("a made by the config\n", _box.RunBundle());
    }

    [Fact]
    public void Warnings_and_errors_are_worded_as_webpack_words_them()
    {
        _box.Write("src/index.js", "require('./a.txt');\n");
        _box.Write("src/a.txt", "a");
        _box.Write("loaders/report.js", """
            module.exports = function (source) {
              this.emitWarning(new Error("careful"));
              this.emitError("not an Error");
              return "module.exports = 1;";
            };
            """);
        Config("""[{ test: /\.txt$/, use: "./loaders/report.js" }]""");
        var (code, output) = Build();
        Assert.Equal(1, code);
        Assert.Contains("WARNING in ./src/a.txt\nModule Warning (from ./loaders/report.js):\ncareful", output, StringComparison.Ordinal);
        Assert.Contains("ERROR in ./src/a.txt\nModule Error (from ./loaders/report.js):\n(Emitted value instead of an instance of Error) not an Error", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_throwing_loader_fails_its_module_with_the_stack_up_to_the_loader()
    {
        _box.Write("src/index.js", "require('./a.txt');\n");
        _box.Write("src/a.txt", "a");
        _box.Write("loaders/throws.js", "module.exports = function throwing() {\n  throw new TypeError('boom');\n};\n");
        Config("""[{ test: /\.txt$/, use: "./loaders/throws.js" }]""");
        var (code, output) = Build();
        Assert.Equal(1, code);
        Assert.Matches(@"ERROR in \./src/a\.txt\nModule build failed \(from \./loaders/throws\.js\):\nTypeError: boom\n\s+at Object\.throwing \(.*/loaders/throws\.js:2:9\)\n", output);
        // The loader runner's own frames are cut off, as webpack cuts them.
        Assert.DoesNotContain("LOADER_EXECUTION", output, StringComparison.Ordinal);
        Assert.DoesNotContain("runSyncOrAsync", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loader_that_returns_nothing_fails_as_webpacks_final_loader_error()
    {
        _box.Write("src/index.js", "require('./a.txt');\n");
        _box.Write("src/a.txt", "a");
        _box.Write("loaders/nothing.js", "module.exports = function () { this.callback(null); };\n");
        Config("""[{ test: /\.txt$/, use: "./loaders/nothing.js" }]""");
        var (code, output) = Build();
        Assert.Equal(1, code);
        Assert.Contains("Module build failed: Error: Final loader (./loaders/nothing.js) didn't return a Buffer or String", output, StringComparison.Ordinal);
    }

    [Fact]
    public void This_resolve_and_getResolve_are_answered_by_sharpacks_resolver()
    {
        _box.Write("src/index.js", "console.log(JSON.stringify(require('./a.txt')));\n");
        _box.Write("src/a.txt", "a");
        _box.Write("src/found.js", "");
        _box.Write("src/other.mine", "");
        _box.Write("loaders/resolving.js", """
            const path = require("path");
            module.exports = function () {
              const callback = this.async();
              this.resolve(this.context, "./found", (err, found) => {
                if (err) return callback(err);
                const resolveMine = this.getResolve({ extensions: [".mine"] });
                resolveMine(this.context, "./other").then((other) =>
                  this.resolve(this.context, "./missing", (missing) =>
                    callback(null, `module.exports = ${JSON.stringify([path.basename(found), path.basename(other), missing.message])};`)));
              });
            };
            """);
        Config("""[{ test: /\.txt$/, use: "./loaders/resolving.js" }]""");
        var (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Equal($"[\"found.js\",\"other.mine\",\"Can't resolve './missing' in '{_box.Project}/src'\"]\n", _box.RunBundle());
    }

    [Fact]
    public void LoadModule_answers_the_source_after_the_modules_own_loaders_and_leaves_its_dependencies_for_later()
    {
        // b.js is loaded twice and then required as well: built once, its dependency followed only
        // once code needs it. lonely.js is loaded only: its missing import is never resolved.
        _box.Write("src/index.js", "console.log(JSON.stringify(require('./a.txt')), require('./b.js'));\n");
        _box.Write("src/a.txt", "./b.js ./b.js ./lonely.js ./upper.me");
        _box.Write("src/b.js", "module.exports = require('./c.js');\n");
        _box.Write("src/c.js", "module.exports = 'c';\n");
        _box.Write("src/lonely.js", "import './does-not-exist.js';\n");
        _box.Write("src/upper.me", "shout");
        _box.Write("loaders/upper.js", "module.exports = (s) => s.toUpperCase();\n");
        _box.Write("loaders/collect.js", """
            const path = require("path");
            module.exports = function (source) {
              const callback = this.async();
              const requests = source.trim().split(" ");
              const results = [];
              const next = (i) => {
                if (i === requests.length) return callback(null, `module.exports = ${JSON.stringify(results)};`);
                this.loadModule(requests[i], (err, text, map, module) => {
                  if (err) return callback(err);
                  results.push([String(text).trim(), path.basename(module.resource)]);
                  next(i + 1);
                });
              };
              next(0);
            };
            """);
        Config("""[{ test: /\.txt$/, use: "./loaders/collect.js" }, { test: /\.me$/, use: "./loaders/upper.js" }]""");
        var (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Equal("""[["module.exports = require('./c.js');","b.js"],["module.exports = require('./c.js');","b.js"],["import './does-not-exist.js';","lonely.js"],["SHOUT","upper.me"]] c""" + "\n", _box.RunBundle());
    }

    [Fact]
    public void LoadModule_of_a_module_waiting_for_the_loader_is_a_build_cycle_not_a_deadlock()
    {
        // a.json loads b.json, whose loader loads a.json again: webpack's BuildCycleError, which the
        // loader may catch; a module loading itself is the shortest such cycle.
        _box.Write("src/index.js", "console.log(require('./a.json'), require('./self.json'));\n");
        _box.Write("src/a.json", "\"./b.json\"");
        _box.Write("src/b.json", "\"./a.json\"");
        _box.Write("src/self.json", "\"./self.json\"");
        _box.Write("loaders/follow.js", """
            module.exports = function (source) {
              const callback = this.async();
              this.loadModule(JSON.parse(source), (err, text) => {
                callback(null, JSON.stringify(err ? `err: ${err.message}` : `source: ${JSON.parse(text)}`));
              });
            };
            """);
        Config("""[{ test: /\.json$/, type: "json", use: "./loaders/follow.js" }]""");
        var (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Equal("source: err: There is a circular build dependency, which makes it impossible to create this module err: There is a circular build dependency, which makes it impossible to create this module\n",
            _box.RunBundle());
    }

    [Fact]
    public void ImportModule_runs_the_module_and_all_it_reaches_at_build_time()
    {
        // The imported tree mixes an ES module, CommonJS, JSON and an asset URL (resolved against
        // the importModule baseUri); its exports become the loader's output.
        _box.Write("src/index.js", "console.log(require('./theme.txt'));\n");
        _box.Write("src/theme.txt", "./theme.js");
        _box.Write("src/theme.js", """
            import colors from "./colors.json";
            import { shade } from "./shade.cjs";
            export const primary = shade(colors.primary);
            export const logo = new URL("./logo.png", import.meta.url).href;
            export default "theme";
            """);
        _box.Write("src/colors.json", """{ "primary": "blue" }""");
        _box.Write("src/shade.cjs", "exports.shade = (c) => 'dark' + c;\n");
        _box.Write("src/logo.png", "png");
        _box.Write("loaders/run.js", """
            module.exports = function (source) {
              const callback = this.async();
              this.importModule(source.trim(), { baseUri: "app://host/" }).then((exports) => {
                callback(null, `module.exports = ${JSON.stringify([exports.default, exports.primary, exports.logo])};`);
              }, callback);
            };
            """);
        Config("""[{ test: /\.txt$/, use: "./loaders/run.js" }, { test: /\.png$/, type: "asset/resource", generator: { filename: "[name][ext]" } }]""");
        var (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Equal("[ 'theme', 'darkblue', 'app://host/logo.png' ]\n", _box.RunBundle());
        // The asset the executed code names is emitted with the module that imported it.
        Assert.Equal("png", File.ReadAllText(Path.Combine(_box.Project, "dist", "logo.png")));
    }

    [Fact]
    public void ImportModule_reports_a_throwing_module_as_webpacks_execution_error()
    {
        _box.Write("src/index.js", "require('./a.txt');\n");
        _box.Write("src/a.txt", "");
        _box.Write("src/throws.js", "throw new Error('boom at build time');\n");
        _box.Write("loaders/run.js", "module.exports = function () { this.importModule('./throws.js', {}, this.async()); };\n");
        Config("""[{ test: /\.txt$/, use: "./loaders/run.js" }]""");
        var (code, output) = Build();
        Assert.Equal(1, code);
        Assert.Contains("Module build failed (from ./loaders/run.js):\nError: Execution of module code from module graph (./src/throws.js) failed: boom at build time", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loader_package_resolves_from_node_modules_by_its_loader_condition()
    {
        _box.Write("src/index.js", "console.log(require('./a.txt'), require('shout-loader!./b.txt'));\n");
        _box.Write("src/a.txt", "a");
        _box.Write("src/b.txt", "b");
        // The "loader" condition of exports wins over the main field.
        _box.Write("node_modules/shout-loader/package.json", """{ "name": "shout-loader", "main": "wrong.js", "exports": { "loader": "./lib/shout.js", "default": "./wrong.js" } }""");
        _box.Write("node_modules/shout-loader/lib/shout.js", "module.exports = (s) => 'module.exports = ' + JSON.stringify(s.toUpperCase() + '!');\n");
        _box.Write("node_modules/shout-loader/wrong.js", "module.exports = () => { throw new Error('the wrong entry'); };\n");
        Config("""[{ test: /a\.txt$/, use: "shout-loader" }]""");
        var (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Equal("A! B!\n", _box.RunBundle());
    }

    [Fact]
    public void Inline_loaders_run_without_a_configuration_and_with_a_json_one()
    {
        _box.Write("src/index.js", "console.log(require('../loaders/upper.js!./a.txt'));\n");
        _box.Write("src/a.txt", "a");
        _box.Write("loaders/upper.js", "module.exports = (s) => 'module.exports = ' + JSON.stringify(s.toUpperCase());\n");
        var (code, output) = Build("./src/index.js", "--mode", "development", "--target", "node");
        Assert.True(code == 0, output);
        Assert.Equal("A\n", _box.RunBundle());

        _box.Write("src/index.js", "console.log(require('./b.txt'));\n");
        _box.Write("src/b.txt", "b");
        _box.Write("sharpack.config.json", """
            { "mode": "development", "target": "node", "entry": "./src/index.js",
              "module": { "rules": [ { "test": { "__regexp": { "source": "\\.txt$", "flags": "" } }, "use": "./loaders/upper.js" } ] } }
            """);
        (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Equal("B\n", _box.RunBundle());
    }

    [Fact]
    public void An_es_module_loader_is_imported()
    {
        _box.Write("src/index.js", "console.log(require('./a.txt'));\n");
        _box.Write("src/a.txt", "a");
        _box.Write("loaders/esm.mjs", "export default function (s) { return `module.exports = ${JSON.stringify(s + ' from esm')};`; }\n");
        Config("""[{ test: /\.txt$/, use: "./loaders/esm.mjs" }]""");
        var (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Equal("a from esm\n", _box.RunBundle());
    }

    [Fact]
    public void An_emitted_file_is_written_as_an_asset()
    {
        _box.Write("src/index.js", "console.log(require('./a.txt'));\n");
        _box.Write("src/a.txt", "a");
        _box.Write("loaders/emit.js", """
            module.exports = function (source) {
              this.emitFile("copies/a.copy.txt", source + " copied");
              return "module.exports = 'copies/a.copy.txt';";
            };
            """);
        Config("""[{ test: /\.txt$/, use: "./loaders/emit.js" }]""");
        var (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Equal("a copied", File.ReadAllText(Path.Combine(_box.Project, "dist", "copies", "a.copy.txt")));
        Assert.Contains("asset copies/a.copy.txt", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_named_with_hashes_is_part_of_the_path_not_a_fragment()
    {
        // webpack's loaders/#-issue-14755-#: the resource escapes the path's "#" ("\0#"), so the
        // module reads its file and the loader gets the path whole.
        _box.Write("#app#/src/index.js", "console.log(require('./a.txt'));\n");
        _box.Write("#app#/src/a.txt", "a");
        _box.Write("loaders/where.js", "module.exports = function (s) { return 'module.exports = ' + JSON.stringify(s + ' ' + this.resourcePath.includes('/#app#/src/') + ' ' + JSON.stringify(this.resourceFragment)); };\n");
        _box.Write("webpack.config.js", """
            const path = require("path");
            module.exports = {
              mode: "production",
              target: "node",
              context: path.resolve(__dirname, "#app#"),
              entry: "./src/index.js",
              output: { path: path.resolve(__dirname, "dist") },
              resolveLoader: { modules: [path.resolve(__dirname, "loaders")] },
              module: { rules: [{ test: /\.txt$/, use: "where.js" }] },
            };
            """);
        var (code, output) = Build();
        Assert.True(code == 0, output);
        Assert.Equal("a true \"\"\n", _box.RunBundle());
    }

    [Fact]
    public void LoadModule_of_a_missing_module_fails_the_loader_with_the_resolve_error()
    {
        _box.Write("src/index.js", "require('./a.txt');\n");
        _box.Write("src/a.txt", "a");
        _box.Write("loaders/load.js", "module.exports = function () { this.loadModule('./b', this.async()); };\n");
        Config("""[{ test: /\.txt$/, use: "./loaders/load.js" }]""");
        var (code, output) = Build();
        Assert.Equal(1, code);
        Assert.Contains($"Module build failed (from ./loaders/load.js):\nError: Module not found: Error: Can't resolve './b' in '{_box.Project}/src'", output, StringComparison.Ordinal);
    }

    // Through the .NET API: the compiler, its C# loaders and its modules' build info are at hand.
    private (BuildStats Stats, Compilation Compilation) BuildWithApi(NodeLoaderHost host, string configJson, Action<Compiler>? configure = null)
    {
        var normalized = OptionsNormalizer.Normalize(JsonNode.Parse(configJson), null, _box.Project);
        Assert.True(normalized.Success, string.Join("\n", normalized.Errors));
        var compiler = Sharpack.Plugins.SharpackPlugins.CreateCompiler(normalized.Options!);
        compiler.JavaScriptLoaders = host;
        configure?.Invoke(compiler);
        Compilation? compilation = null;
        compiler.Hooks.Compilation.Tap("test", (c, _) => compilation = c);
        var stats = compiler.Run();
        return (stats, compilation!);
    }

    private static string ApiConfig(string rules) =>
        """{ "mode": "development", "target": "node", "entry": "./src/index.js", "module": { "rules": """ + rules + " } }";

    [Fact]
    public void Dependencies_a_loader_adds_land_in_the_modules_build_info()
    {
        _box.Write("src/index.js", "console.log(require('./a.txt'));\n");
        _box.Write("src/a.txt", "a");
        _box.Write("src/extra.txt", "extra");
        _box.Write("loaders/deps.js", """
            const fs = require("fs");
            const path = require("path");
            module.exports = function (source) {
              const extra = path.join(this.context, "extra.txt");
              this.addDependency(extra);
              this.addContextDependency(this.context);
              this.addMissingDependency(path.join(this.context, "not-yet.txt"));
              this.addBuildDependency(__filename);
              this.cacheable(false);
              return "module.exports = " + JSON.stringify(source + fs.readFileSync(extra, "utf8"));
            };
            """);
        using var host = new NodeLoaderHost(null, _box.Project);
        var (stats, compilation) = BuildWithApi(host, ApiConfig("""[ { "test": { "__regexp": { "source": "\\.txt$", "flags": "" } }, "use": "./loaders/deps.js" } ]"""));
        Assert.Empty(stats.Errors);
        var module = compilation.Graph.Modules.OfType<NormalModule>().Single(m => m.Resource.EndsWith("a.txt", StringComparison.Ordinal));
        var src = Path.Combine(_box.Project, "src");
        Assert.Equal([Path.Combine(src, "a.txt"), Path.Combine(src, "extra.txt")], module.BuildInfo.FileDependencies.Order(StringComparer.Ordinal));
        Assert.Equal([src], module.BuildInfo.ContextDependencies);
        Assert.Equal([Path.Combine(src, "not-yet.txt")], module.BuildInfo.MissingDependencies);
        Assert.Equal([Path.Combine(_box.Project, "loaders", "deps.js")], module.BuildInfo.BuildDependencies);
        Assert.False(module.BuildInfo.Cacheable);
    }

    // A C# loader that appends its name, so the output shows the order loaders ran in.
    private sealed class Append(string name) : ILoader
    {
        public ValueTask<LoaderResult> RunAsync(LoaderContext context, LoaderResult input) =>
            ValueTask.FromResult(new LoaderResult(input.Text + "+" + name + (context.Data.TryGetValue("pitched", out var p) ? "(" + p + ")" : "")));

        public ValueTask<LoaderResult?> PitchAsync(LoaderContext context)
        {
            context.Data["pitched"] = "pitched";
            return ValueTask.FromResult<LoaderResult?>(null);
        }
    }

    [Fact]
    public void Chains_mix_csharp_and_javascript_loaders_in_loader_runner_order()
    {
        _box.Write("src/index.js", "console.log(require('./a.txt'));\n");
        _box.Write("src/a.txt", "a");
        // JavaScript loaders append their name and what their pitch left in `data`; the leftmost makes the module.
        _box.Write("loaders/js.js", """
            module.exports = function (source) { return source + "+" + this.getOptions().name + "(" + this.data.pitched + ")"; };
            module.exports.pitch = function (remaining, previous, data) { data.pitched = this.loaderIndex; };
            """);
        _box.Write("loaders/module.js", "module.exports = (s) => 'module.exports = ' + JSON.stringify(s);\n");
        using var host = new NodeLoaderHost(null, _box.Project);
        // module.js, cs1, js a, js b, cs2, js c: runs right to left c, cs2, b, a, cs1, module.js.
        var (stats, _) = BuildWithApi(host, ApiConfig("""
            [ { "test": { "__regexp": { "source": "\\.txt$", "flags": "" } }, "use": [
              "./loaders/module.js", "cs1",
              { "loader": "./loaders/js.js", "options": { "name": "a" } }, { "loader": "./loaders/js.js", "options": { "name": "b" } },
              "cs2", { "loader": "./loaders/js.js", "options": { "name": "c" } } ] } ]
            """), compiler =>
        {
            compiler.Loaders.Register("cs1", new Append("cs1"));
            compiler.Loaders.Register("cs2", new Append("cs2"));
        });
        Assert.Empty(stats.Errors);
        Assert.Equal("a+c(5)+cs2(pitched)+b(3)+a(2)+cs1(pitched)\n", _box.RunBundle());
        // One step for the run ending the chain (c: pitch, resource, normal) and two for each other run
        // of JavaScript loaders (a and b together; module.js): its pitch, later its normal phase.
        Assert.Equal(5, host.StepCount);
    }

    [Fact]
    public void Node_starts_only_for_a_build_that_needs_a_javascript_loader()
    {
        _box.Write("src/index.js", "console.log(require('./a.txt'));\n");
        _box.Write("src/a.txt", "a");
        _box.Write("loaders/upper.js", "module.exports = (s) => 'module.exports = ' + JSON.stringify(s.toUpperCase());\n");
        using (var idle = new NodeLoaderHost(null, _box.Project))
        {
            // The C# loader needs no node.
            var (stats, _) = BuildWithApi(idle, ApiConfig("""[ { "test": { "__regexp": { "source": "\\.txt$", "flags": "" } }, "use": ["cs"] } ]"""),
                compiler => compiler.Loaders.Register("cs", new ToModule()));
            Assert.Empty(stats.Errors);
            Assert.False(idle.StartedNode);
        }
        using var busy = new NodeLoaderHost(null, _box.Project);
        var (withJs, _) = BuildWithApi(busy, ApiConfig("""[ { "test": { "__regexp": { "source": "\\.txt$", "flags": "" } }, "use": "./loaders/upper.js" } ]"""));
        Assert.Empty(withJs.Errors);
        Assert.True(busy.StartedNode);
        Assert.Equal("A\n", _box.RunBundle());
    }

    private sealed class ToModule : ILoader
    {
        public ValueTask<LoaderResult> RunAsync(LoaderContext context, LoaderResult input) =>
            ValueTask.FromResult(new LoaderResult("module.exports = " + JsonValue.Create(input.Text).ToJsonString() + ";"));
    }
}
