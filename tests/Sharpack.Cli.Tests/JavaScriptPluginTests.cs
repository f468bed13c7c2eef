// JavaScript plugins of a configuration (apply objects and function plugins) run in the
// configuration's node process: their taps on compiler and compilation hooks are called at
// sharpack's hooks of the same names, in stage order, and what they do to the compilation (assets
// emitted, updated, renamed, deleted; errors and warnings) is the build's.

using Sharpack.Cli.Tests.Support;

namespace Sharpack.Cli.Tests;

public sealed class JavaScriptPluginTests : IDisposable
{
    private readonly Sandbox _box = new();

    public JavaScriptPluginTests()
    {
        _box.Write("src/index.js", "import { greet } from './greet';\nconsole.log(greet('plugins'));\n");
        _box.Write("src/greet.js", "export const greet = (name) => `hello ${name}`;\n");
    }

    public void Dispose() => _box.Dispose();

    private string Config(string plugins, string extra = "") => $$"""
        const webpack = require("webpack");
        const { sources, Compilation } = webpack;
        module.exports = { mode: "production", target: "node", entry: "./src/index.js", optimization: { minimize: false }, {{extra}} plugins: [{{plugins}}] };
        """;

    private string Read(string file) => File.ReadAllText(Path.Combine(_box.Project, "dist", file));

    [Fact]
    public void Process_assets_taps_emit_update_rename_and_delete_assets_in_stage_order()
    {
        _box.Write("webpack.config.js", Config("""
            {
              apply(compiler) {
                compiler.hooks.thisCompilation.tap("Assets", (compilation) => {
                  const seen = [];
                  compilation.hooks.processAssets.tap({ name: "Optimize", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, (assets) => {
                    seen.push("optimize:" + Object.keys(assets).sort().join(","));
                    compilation.updateAsset("main.js", (old) => new sources.ConcatSource("/* banner from a plugin */\n", old), { minimized: false });
                    compilation.renameAsset("notes.txt", "renamed.txt");
                    compilation.deleteAsset("scratch.txt");
                  });
                  compilation.hooks.processAssets.tap({ name: "Additional", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, (assets) => {
                    seen.push("additional:" + Object.keys(assets).sort().join(","));
                    compilation.emitAsset("notes.txt", new sources.RawSource("notes"));
                    compilation.emitAsset("scratch.txt", new sources.RawSource("scratch"));
                    compilation.assets["direct.bin"] = new sources.RawSource(Buffer.from([0, 1, 2, 255]));
                  });
                  compilation.hooks.processAssets.tap({ name: "Report", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
                    seen.push("report:" + Object.keys(assets).sort().join(","));
                    compilation.emitAsset("seen.txt", new sources.RawSource(seen.join("\n")));
                  });
                });
              },
            },
            """));
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.StartsWith("/* banner from a plugin */\n", Read("main.js"), StringComparison.Ordinal);
        Assert.Equal("hello plugins\n", _box.RunBundle());
        Assert.Equal("notes", Read("renamed.txt"));
        Assert.False(File.Exists(Path.Combine(_box.Project, "dist", "notes.txt")));
        Assert.False(File.Exists(Path.Combine(_box.Project, "dist", "scratch.txt")));
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, File.ReadAllBytes(Path.Combine(_box.Project, "dist", "direct.bin")));
        Assert.Equal("additional:main.js\noptimize:direct.bin,main.js,notes.txt,scratch.txt\nreport:direct.bin,main.js,renamed.txt", Read("seen.txt"));
    }

    [Fact]
    public void Minimizers_run_as_plugins_when_minimize_is_on_and_replace_the_default()
    {
        // optimization.minimizer: an apply object and a function, both given the compiler (a
        // webpack.Compiler); without "..." the default minimizer does not run.
        _box.Write("webpack.config.js", """
            const { sources, Compiler, Compilation } = require("webpack");
            const TerserPlugin = require("terser-webpack-plugin");
            const stamp = (compiler, text) => compiler.hooks.thisCompilation.tap("Stamp", (compilation) =>
              compilation.hooks.processAssets.tap({ name: "Stamp", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () =>
                compilation.updateAsset("main.js", (old) => new sources.ConcatSource(old, text))));
            module.exports = { mode: "production", target: "node", entry: "./src/index.js", optimization: { minimizer: [
              { apply(compiler) { stamp(compiler, `\n// object ${compiler instanceof Compiler}`); } },
              function (compiler) { stamp(compiler, `\n// function ${this === compiler}`); },
              new TerserPlugin({ extractComments: false, exclude: /other/ }),
            ] } };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        var text = Read("main.js");
        Assert.Contains("// object true", text, StringComparison.Ordinal);
        Assert.Contains("// function true", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n  ", text, StringComparison.Ordinal);
        Assert.Equal("hello plugins\n", _box.RunBundle());
        _box.Write("webpack.config.js", """
            module.exports = { mode: "production", target: "node", entry: "./src/index.js", optimization: { minimize: false,
              minimizer: [{ apply() { throw new Error("not applied"); } }] } };
            """);
        Assert.Equal(0, _box.Build().Code);
    }

    [Fact]
    public void Build_info_lists_top_level_declarations_and_a_concatenated_module_merges_its_members()
    {
        // webpack's buildInfo.topLevelDeclarations: the names each module declares at its top level,
        // its imports included; a concatenated module's are all of its members'.
        _box.Write("src/index.js", "import { greet } from './greet';\nconst local = 1;\nconsole.log(greet('plugins'), local);\n");
        _box.Write("src/greet.js", "let count = 0;\nexport const greet = (name) => `hello ${name} ${++count}`;\n");
        _box.Write("webpack.config.js", Config("""
            function declarations(compiler) {
              compiler.hooks.compilation.tap("Declarations", (compilation) => {
                compilation.hooks.afterSeal.tap("Declarations", () => {
                  const lines = [];
                  for (const module of compilation.modules) {
                    const names = module.buildInfo.topLevelDeclarations;
                    lines.push(module.constructor.name + ": " + (names instanceof Set ? [...names].sort().join(",") : String(names)));
                  }
                  compilation.emitAsset("declarations.txt", new sources.RawSource(lines.sort().join("\n")));
                });
              });
            },
            """));
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal("ConcatenatedModule: count,greet,local", Read("declarations.txt"));
    }

    [Fact]
    public void Code_generation_results_give_each_module_its_generated_javascript()
    {
        // webpack's compilation.codeGenerationResults.get(module, runtime).sources.get("javascript"):
        // here a module's code written out as an asset of its own, read by a plugin that names it.
        _box.Write("src/index.js", "import data from './data.json';\nconsole.log(data.greeting.text);\n");
        _box.Write("src/data.json", """{ "greeting": { "text": "hello plugins", "unused": "left out" } }""");
        _box.Write("webpack.config.js", Config("""
            function dumpJson(compiler) {
              compiler.hooks.compilation.tap("DumpJson", (compilation) => {
                compilation.hooks.processAssets.tap("DumpJson", () => {
                  for (const module of compilation.modules) {
                    if (module.type !== "json") continue;
                    const results = compilation.codeGenerationResults;
                    const { sources: generated } = results.get(module, "main");
                    compilation.emitAsset("data.js", generated.get("javascript"));
                    compilation.emitAsset("checks.txt", new sources.RawSource([results.has(module, "main"), results.has(module, "other")].join(",")));
                  }
                });
              });
            },
            """, "optimization: { minimize: false, concatenateModules: false },"));
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        // Only the used property, under its mangled name, as the bundle itself has it.
        var json = Read("data.js");
        Assert.StartsWith("module.exports = ", json, StringComparison.Ordinal);
        Assert.Contains("hello plugins", json, StringComparison.Ordinal);
        Assert.DoesNotContain("left out", json, StringComparison.Ordinal);
        Assert.DoesNotContain("greeting", json, StringComparison.Ordinal);
        Assert.Equal("true,false", Read("checks.txt"));
        Assert.Equal("hello plugins\n", _box.RunBundle());
    }

    [Fact]
    public void Javascript_modules_plugin_bail_hooks_decide_how_the_entry_is_rendered()
    {
        // webpack.javascript.JavascriptModulesPlugin.getCompilationHooks(compilation): a reason from
        // inlineInRuntimeBailout keeps the entry a module of its own, with the reason as a comment.
        _box.Write("webpack.config.js", Config("""
            function bailout(compiler) {
              compiler.hooks.compilation.tap("Bailout", (compilation) => {
                const hooks = webpack.javascript.JavascriptModulesPlugin.getCompilationHooks(compilation);
                hooks.inlineInRuntimeBailout.tap("Bailout", (module) => "the plugin keeps " + module.readableIdentifier());
              });
            },
            """));
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Contains("// This entry module can't be inlined because the plugin keeps ./src/index.js", Read("main.js"), StringComparison.Ordinal);
        Assert.Equal("hello plugins\n", _box.RunBundle());
    }

    [Fact]
    public void Function_plugins_get_the_compiler_as_this_and_async_taps_are_awaited()
    {
        _box.Write("webpack.config.js", Config("""
            function asyncPlugin(compiler) {
              if (this !== compiler) throw new Error("this should be the compiler");
              compiler.hooks.compilation.tap("Async", (compilation) => {
                compilation.hooks.processAssets.tapPromise("Promise", async () => {
                  await new Promise((resolve) => setTimeout(resolve, 20));
                  compilation.emitAsset("promise.txt", new sources.RawSource("from a promise"));
                });
                compilation.hooks.processAssets.tapAsync("Callback", (assets, callback) => {
                  setTimeout(() => {
                    compilation.emitAsset("callback.txt", new sources.RawSource(String(compilation.getAsset("promise.txt").source.source())));
                    callback();
                  }, 10);
                });
              });
            },
            """));
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal("from a promise", Read("promise.txt"));
        Assert.Equal("from a promise", Read("callback.txt"));
    }

    [Fact]
    public void Compiler_hooks_see_options_modules_chunks_paths_and_stats()
    {
        _box.Write("webpack.config.js", Config("""
            {
              apply(compiler) {
                const lines = [];
                compiler.hooks.environment.tap("Info", () => lines.push(`environment ${compiler.options.mode} devtool=${compiler.options.devtool} ${compiler.outputPath === require("path").resolve(__dirname, "dist")}`));
                compiler.hooks.compilation.tap("Info", (compilation) => {
                  compilation.hooks.afterSeal.tap("Info", () => {
                    const chunk = compilation.namedChunks.get("main");
                    lines.push(`chunk ${chunk.name} files=${[...chunk.files].join(",")} initial=${chunk.canBeInitial()}`);
                    const modules = [...compilation.chunkGraph.getChunkModulesIterable(chunk)].map((m) => m.readableIdentifier()).sort();
                    lines.push(`modules ${modules.join(",")}`);
                    lines.push(`path ${compilation.getPath("[name]-[fullhash:6].js", { chunk }) === "main-" + compilation.hash.slice(0, 6) + ".js"}`);
                    lines.push(`entrypoints ${[...compilation.entrypoints.keys()].join(",")} ${compilation.entrypoints.get("main").getFiles().join(",")}`);
                  });
                });
                compiler.hooks.done.tap("Info", (stats) => {
                  lines.push(`done errors=${stats.hasErrors()} assets=${stats.toJson().assets.map((a) => a.name).join(",")} out=${stats.compilation.outputOptions.path === compiler.outputPath}`);
                  require("fs").writeFileSync(require("path").join(compiler.outputPath, "info.txt"), lines.join("\n"));
                });
              },
            },
            """));
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        var lines = Read("info.txt").Split('\n');
        Assert.Equal("environment production devtool=false true", lines[0]);
        Assert.Equal("chunk main files=main.js initial=true", lines[1]);
        Assert.StartsWith("modules ./src/index.js", lines[2], StringComparison.Ordinal);
        Assert.Equal("path true", lines[3]);
        Assert.Equal("entrypoints main main.js", lines[4]);
        Assert.Equal("done errors=false assets=main.js out=true", lines[5]);
    }

    [Fact]
    public void Errors_a_plugin_reports_or_throws_fail_the_build()
    {
        _box.Write("webpack.config.js", Config("""
            {
              apply(compiler) {
                compiler.hooks.compilation.tap("Report", (compilation) => {
                  compilation.hooks.processAssets.tap("Report", () => {
                    compilation.warnings.push(new webpack.WebpackError("a warning from a plugin"));
                    compilation.errors.push(new webpack.WebpackError("an error from a plugin"));
                  });
                  compilation.hooks.afterProcessAssets.tap("Thrower", () => { throw new Error("the tap threw"); });
                });
              },
            },
            """));
        var (code, output, err) = _box.Build();
        Assert.Equal(1, code);
        Assert.Contains("an error from a plugin", output + err, StringComparison.Ordinal);
        Assert.Contains("a warning from a plugin", output + err, StringComparison.Ordinal);
        Assert.Contains("compilation.hooks.afterProcessAssets tap 'Thrower' failed: Error: the tap threw", output + err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_box.Project, "dist")));
    }

    [Fact]
    public void A_plugin_that_throws_while_applied_stops_the_build_naming_it()
    {
        _box.Write("webpack.config.js", Config("""
            new (class BrokenPlugin { apply() { throw new Error("cannot apply"); } })(),
            """));
        var (code, output, err) = _box.Build();
        Assert.Equal(1, code);
        Assert.Contains("configuration.plugins[0] (BrokenPlugin): Error: cannot apply", output + err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_box.Project, "dist")));
    }

    [Fact]
    public void A_tap_on_a_hook_sharpack_never_calls_is_a_warning()
    {
        _box.Write("webpack.config.js", Config("""
            {
              apply(compiler) {
                compiler.hooks.compilation.tap("Exotic", (compilation) => {
                  compilation.hooks.dependencyReferencedExports.tap("Exotic", (exports) => exports);
                });
              },
            },
            """));
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Contains("The JavaScript plugin tap 'Exotic' on compilation.hooks.dependencyReferencedExports never runs", output + err, StringComparison.Ordinal);
    }

    [Fact]
    public void Additional_assets_taps_see_the_assets_later_stages_add()
    {
        _box.Write("webpack.config.js", Config("""
            {
              apply(compiler) {
                compiler.hooks.compilation.tap("Additional", (compilation) => {
                  const seen = [];
                  compilation.hooks.processAssets.tap({ name: "Early", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE, additionalAssets: true }, (assets) => {
                    seen.push("early:" + Object.keys(assets).sort().join(","));
                  });
                  compilation.hooks.processAssets.tap({ name: "Later", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
                    compilation.emitAsset("late.txt", new sources.RawSource("late"));
                  });
                  compilation.hooks.processAssets.tap({ name: "Last", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT, additionalAssets: (assets) => seen.push("never") }, () => {
                    compilation.emitAsset("seen.txt", new sources.RawSource(seen.join("\n")));
                  });
                });
              },
            },
            """));
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal("early:main.js\nearly:late.txt", Read("seen.txt"));
    }

    [Fact]
    public void Chunk_files_are_sets_that_still_answer_array_methods_and_reach_the_chunk()
    {
        _box.Write("webpack.config.js", Config("""
            {
              apply(compiler) {
                compiler.hooks.compilation.tap("Files", (compilation) => {
                  compilation.hooks.processAssets.tap({ name: "Files", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
                    const chunk = compilation.namedChunks.get("main");
                    const lines = [`${chunk.files.length} ${chunk.files[0]} ${chunk.files.join("+")} ${chunk.files.includes("main.js")}`];
                    try { chunk.files.pop(); } catch (e) { lines.push(e.message); }
                    compilation.emitAsset("extra.txt", new sources.RawSource("extra"));
                    chunk.files.push("extra.txt");
                    compilation.emitAsset("report.txt", new sources.RawSource(lines.join("\n")));
                  });
                });
              },
            },
            """));
        var (code, output, err) = _box.Build("--json", "stats.json");
        Assert.True(code == 0, err + output);
        Assert.Equal("1 main.js main.js true\nchunk.files was changed from Array to Set (using Array method 'pop' is not possible)", Read("report.txt"));
        var stats = File.ReadAllText(Path.Combine(_box.Project, "stats.json"));
        Assert.Matches("\"files\":\\s*\\[\\s*\"main.js\",\\s*\"extra.txt\"\\s*\\]", stats);
    }

    [Fact]
    public void EntryPlugin_adds_its_module_ahead_of_the_entry_it_joins_or_as_a_new_entry()
    {
        _box.Write("src/first.js", "console.log('first');\n");
        _box.Write("src/other.js", "console.log('other entry');\n");
        _box.Write("webpack.config.js", Config("""
            new webpack.EntryPlugin(require("path").join(__dirname, "src"), "./first.js", "main"),
            new webpack.EntryPlugin(__dirname, "./src/other.js", { name: "other" }),
            """, "output: { filename: '[name].js' },"));
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal("first\nhello plugins\n", _box.RunBundle());
        Assert.Equal("other entry\n", _box.RunBundle("dist/other.js"));
    }

    [Fact]
    public void Plugins_pick_assets_with_ModuleFilenameHelpers_and_keep_results_in_a_cache()
    {
        _box.Write("webpack.config.js", Config("""
            {
              apply(compiler) {
                const { ModuleFilenameHelpers } = compiler.webpack;
                compiler.hooks.compilation.tap("Pick", (compilation) => {
                  compilation.hooks.processAssets.tapPromise({ name: "Pick", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, async (assets) => {
                    const cache = compilation.getCache("Pick");
                    await cache.storePromise("names", null, Object.keys(assets).filter((name) => ModuleFilenameHelpers.matchObject({ test: /\.js$/, exclude: "skip" }, name)));
                    // Another facade of the same name reads the same store.
                    const picked = await compilation.getCache("Pick").getPromise("names", null);
                    compilation.emitAsset("picked.txt", new sources.RawSource(picked.join(",")));
                  });
                  compilation.hooks.processAssets.tap({ name: "Extra", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
                    compilation.emitAsset("skip.js", new sources.RawSource("0"));
                    compilation.emitAsset("notes.md", new sources.RawSource("0"));
                  });
                });
              },
            },
            """));
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal("main.js", Read("picked.txt"));
    }
}
