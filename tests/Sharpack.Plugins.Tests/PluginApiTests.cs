// The public plugin API end to end: a C# plugin taps the compiler's and the compilation's hooks,
// which run in webpack's order; processAssets taps add and change assets by stage before emit;
// the normal module factory's hooks ignore a request, replace its resource, answer its resolution
// or make a plugin's own module; an optimizeChunks tap that answers true runs again; the
// runtimeRequirementIn* hook maps add requirements and runtime modules; renderMain wraps the
// main chunk; the bundle still runs in node.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript;
using Sharpack.Sources;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class PluginApiTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-plugins-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private SharpackOptions Options(string json = """{ "mode": "development", "target": "node", "entry": "./index.js" }""")
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse(json), new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        return result.Options!;
    }

    private sealed class DelegatePlugin(Action<Compiler> apply) : IPlugin
    {
        public void Apply(Compiler compiler) => apply(compiler);
    }

    [Fact]
    public void Hooks_run_in_webpacks_order()
    {
        Write("index.js", "import('./lazy');\n");
        Write("lazy.js", "module.exports = 1;\n");
        var log = new List<string>();
        var plugin = new DelegatePlugin(compiler =>
        {
            var hooks = compiler.Hooks;
            hooks.Environment.Tap("t", () => log.Add("environment"));
            hooks.AfterEnvironment.Tap("t", () => log.Add("afterEnvironment"));
            hooks.EntryOption.Tap("t", (_, entries) => { log.Add("entryOption " + entries.Count); return null; });
            hooks.AfterPlugins.Tap("t", _ => log.Add("afterPlugins"));
            hooks.Initialize.Tap("t", () => log.Add("initialize"));
            hooks.BeforeRun.Tap("t", _ => log.Add("beforeRun"));
            hooks.Run.TapAsync("t", async _ => { await Task.Yield(); log.Add("run"); });
            hooks.BeforeCompile.Tap("t", _ => log.Add("beforeCompile"));
            hooks.Compile.Tap("t", _ => log.Add("compile"));
            hooks.ThisCompilation.Tap("t", (_, _) => log.Add("thisCompilation"));
            hooks.Compilation.Tap("t", (compilation, _) =>
            {
                log.Add("compilation");
                var c = compilation.Hooks;
                c.BuildModule.Tap("t", m => log.Add("buildModule " + m.ReadableName));
                c.SucceedModule.Tap("t", m => log.Add("succeedModule " + m.ReadableName));
                c.FinishModules.Tap("t", modules => log.Add("finishModules " + modules.Count));
                c.Seal.Tap("t", () => log.Add("seal"));
                c.OptimizeDependencies.Tap("t", _ => { log.Add("optimizeDependencies"); return null; });
                c.AfterChunks.Tap("t", chunks => log.Add("afterChunks " + chunks.Count));
                c.OptimizeChunks.Tap(new Core.Hooks.TapOptions("t") { Stage = Compilation.StageAdvanced }, (_, _) => { log.Add("optimizeChunks"); return null; });
                c.ModuleIds.Tap(new Core.Hooks.TapOptions("t") { Stage = 1 }, modules => log.Add("moduleIds " + string.Join(",", modules.Select(m => m.Id).Order(StringComparer.Ordinal))));
                c.ChunkIds.Tap(new Core.Hooks.TapOptions("t") { Stage = 1 }, chunks => log.Add("chunkIds " + string.Join(",", chunks.Select(ch => ch.Id).Order(StringComparer.Ordinal))));
                c.BeforeCodeGeneration.Tap("t", () => log.Add("beforeCodeGeneration"));
                c.AfterHash.Tap("t", () => log.Add("afterHash"));
                c.ProcessAssets.Tap("t", assets => log.Add("processAssets " + string.Join(",", assets.Keys)));
                c.AfterSeal.Tap("t", () => log.Add("afterSeal"));
            });
            hooks.Make.Tap("t", _ => log.Add("make"));
            hooks.FinishMake.Tap("t", _ => log.Add("finishMake"));
            hooks.AfterCompile.Tap("t", _ => log.Add("afterCompile"));
            hooks.ShouldEmit.Tap("t", _ => { log.Add("shouldEmit"); return null; });
            hooks.Emit.Tap("t", _ => log.Add("emit"));
            hooks.AssetEmitted.Tap("t", (file, info) => log.Add($"assetEmitted {file} {info.Content.Length > 0}"));
            hooks.AfterEmit.Tap("t", _ => log.Add("afterEmit"));
            hooks.Done.Tap("t", stats => log.Add("done " + stats.Errors.Count));
            hooks.AfterDone.Tap("t", _ => log.Add("afterDone"));
        });
        var stats = SharpackPlugins.CreateCompiler(Options(), [plugin]).Run();
        Assert.Empty(stats.Errors);
        Assert.Equal(
        [
            "environment", "afterEnvironment", "entryOption 1", "afterPlugins", "initialize",
            "beforeRun", "run", "beforeCompile", "compile", "thisCompilation", "compilation", "make",
            "buildModule ./index.js", "succeedModule ./index.js", "buildModule ./lazy.js", "succeedModule ./lazy.js",
            "finishMake", "finishModules 2", "seal", "optimizeDependencies", "afterChunks 2", "optimizeChunks",
            "moduleIds ./index.js,./lazy.js", "chunkIds lazy_js,main", "beforeCodeGeneration", "afterHash",
            "processAssets lazy_js.js,main.js", "afterSeal", "afterCompile", "shouldEmit", "emit",
            "assetEmitted lazy_js.js True", "assetEmitted main.js True", "afterEmit", "done 0", "afterDone",
        ], log);
    }

    [Fact]
    public void Process_assets_taps_add_and_change_assets_by_stage()
    {
        Write("index.js", "console.log('hello');\n");
        var plugin = new DelegatePlugin(compiler => compiler.Hooks.ThisCompilation.Tap("assets", (compilation, _) =>
        {
            // Registered first, but a later stage: it sees the banner the additions stage put in.
            compilation.Hooks.ProcessAssets.Tap(new Core.Hooks.TapOptions("report") { Stage = Compilation.ProcessAssetsStageReport }, assets =>
                compilation.EmitAsset("report.txt", new RawSource(string.Join("\n", assets.Select(a => $"{a.Key} {a.Value.Source.Size}")))));
            compilation.Hooks.ProcessAssets.Tap(new Core.Hooks.TapOptions("banner") { Stage = Compilation.ProcessAssetsStageAdditions }, assets =>
            {
                foreach (var name in assets.Keys.Where(n => n.EndsWith(".js", StringComparison.Ordinal)).ToList())
                    compilation.UpdateAsset(name, source => new ConcatSource(new RawSource("/*! banner */\n"), source), info => info with { Minimized = true });
            });
        }));
        var stats = SharpackPlugins.CreateCompiler(Options(), [plugin]).Run();
        Assert.Empty(stats.Errors);
        var main = File.ReadAllText(Path.Combine(_root, "dist", "main.js"));
        Assert.StartsWith("/*! banner */\n", main, StringComparison.Ordinal);
        Assert.Equal($"main.js {System.Text.Encoding.UTF8.GetByteCount(main)}", File.ReadAllText(Path.Combine(_root, "dist", "report.txt")));
        Assert.Equal(["main.js", "report.txt"], stats.Assets.Select(a => a.Name));
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("hello\n", output);
    }

    [Fact]
    public void Module_factory_hooks_ignore_a_request_and_replace_a_resource()
    {
        Write("index.js", """
            let locale;
            try { locale = require("./locale/all"); } catch (e) { locale = e.code; }
            console.log(locale, require("./config"));
            """);
        Write("locale/all.js", "module.exports = 'all locales';\n");
        Write("config.js", "module.exports = 'development config';\n");
        Write("config.production.js", "module.exports = 'production config';\n");
        var plugin = new DelegatePlugin(compiler => compiler.Hooks.NormalModuleFactory.Tap("replace", factory =>
        {
            factory.Hooks.BeforeResolve.Tap("ignore", data => data.Request.StartsWith("./locale", StringComparison.Ordinal) ? false : null);
            factory.Hooks.AfterResolve.Tap("swap", data =>
            {
                if (data.Resource!.EndsWith("config.js", StringComparison.Ordinal))
                    data.Resource = data.Resource[..^"config.js".Length] + "config.production.js";
                return null;
            });
        }));
        var stats = SharpackPlugins.CreateCompiler(Options(), [plugin]).Run();
        Assert.Empty(stats.Errors);
        Assert.Empty(stats.Warnings);
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("MODULE_NOT_FOUND production config\n", output);
    }

    [Fact]
    public void Optimize_chunks_runs_again_while_a_tap_answers_true()
    {
        Write("index.js", "console.log(1);\n");
        var rounds = new List<string>();
        var plugin = new DelegatePlugin(compiler => compiler.Hooks.Compilation.Tap("loop", (compilation, _) =>
        {
            compilation.Hooks.OptimizeChunks.Tap(new Core.Hooks.TapOptions("basic") { Stage = Compilation.StageBasic }, (_, _) => { rounds.Add("basic"); return null; });
            compilation.Hooks.OptimizeChunks.Tap("twice", (_, _) => { rounds.Add("twice"); return rounds.Count < 3 ? true : null; });
        }));
        Assert.Empty(SharpackPlugins.CreateCompiler(Options(), [plugin]).Run().Errors);
        Assert.Equal(["basic", "twice", "basic", "twice"], rounds);
    }

    [Fact]
    public void An_exception_in_a_tap_reaches_the_failed_hook()
    {
        Write("index.js", "console.log(1);\n");
        Exception? failed = null;
        var plugin = new DelegatePlugin(compiler =>
        {
            compiler.Hooks.Emit.Tap("throws", _ => throw new InvalidOperationException("plugin bug"));
            compiler.Hooks.Failed.Tap("report", e => failed = e);
        });
        var thrown = Assert.Throws<InvalidOperationException>(() => SharpackPlugins.CreateCompiler(Options(), [plugin]).Run());
        Assert.Same(thrown, failed);
        Assert.False(Directory.Exists(Path.Combine(_root, "dist")));
    }

    [Fact]
    public void Module_runtime_requirements_and_runtime_modules_are_plugin_hooks()
    {
        Write("index.js", "console.log(1);\n");
        var added = new List<string>();
        var asked = new List<string>();
        var plugin = new DelegatePlugin(compiler => compiler.Hooks.Compilation.Tap("t", (compilation, _) =>
        {
            compilation.Hooks.AdditionalModuleRuntimeRequirements.Tap("t", (requirements, module) =>
            {
                asked.Add(module.ReadableName);
                return requirements | Core.Runtime.RuntimeGlobals.PublicPath;
            });
            compilation.Hooks.RuntimeModule.Tap("t", (runtimeModule, chunk) => added.Add(runtimeModule.Name + " in " + chunk.Name));
        }));
        var stats = SharpackPlugins.CreateCompiler(Options("""{ "mode": "development", "devtool": false, "target": "node", "entry": "./index.js", "output": { "publicPath": "/assets/" } }"""), [plugin]).Run();
        Assert.Empty(stats.Errors);
        Assert.Equal(["./index.js"], asked);
        // The added requirement brought the public path's runtime module, which the hook reported.
        Assert.Contains(added, name => name.Contains("publicPath", StringComparison.Ordinal) && name.EndsWith(" in main", StringComparison.Ordinal));
        var main = File.ReadAllText(Path.Combine(_root, "dist", "main.js"));
        Assert.Contains("__webpack_require__.p = \"/assets/\";", main, StringComparison.Ordinal);
    }

    private sealed class FixedPublicPathRuntimeModule : RuntimeModule
    {
        public override string Name => "webpack/runtime/fixed public path";

        public override string Generate(RuntimeTemplateContext context) => "__webpack_require__.p = \"/from-plugin/\";";
    }

    [Fact]
    public void A_runtime_requirement_in_tree_tap_adds_its_own_runtime_module()
    {
        Write("index.js", "console.log(__webpack_public_path__);\n");
        var asked = new List<string>();
        var plugin = new DelegatePlugin(compiler => compiler.Hooks.Compilation.Tap("fixed", (compilation, _) =>
            // Before RuntimePlugin's tap, and answering true: its public path module is not added.
            compilation.Hooks.RuntimeRequirementInTree.For("__webpack_require__.p").Tap(new Core.Hooks.TapOptions("fixed") { Stage = -1 }, (chunk, set) =>
            {
                asked.Add(chunk.Name!);
                compilation.AddRuntimeModule(chunk, new FixedPublicPathRuntimeModule());
                return true;
            })));
        var stats = SharpackPlugins.CreateCompiler(Options("""{ "mode": "development", "devtool": false, "target": "node", "entry": "./index.js", "output": { "publicPath": "/assets/" } }"""), [plugin]).Run();
        Assert.Empty(stats.Errors);
        Assert.Equal(["main"], asked);
        var main = File.ReadAllText(Path.Combine(_root, "dist", "main.js"));
        Assert.Contains("/* webpack/runtime/fixed public path */", main, StringComparison.Ordinal);
        Assert.DoesNotContain("/assets/", main, StringComparison.Ordinal);
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("/from-plugin/\n", output);
    }

    [Fact]
    public void Runtime_requirement_in_module_and_chunk_taps_add_requirements()
    {
        Write("index.js", "import { a } from './a';\nconsole.log(a);\n");
        Write("a.js", "export const a = 'a';\n");
        var modules = new List<string>();
        var chunks = new List<string>();
        var plugin = new DelegatePlugin(compiler => compiler.Hooks.Compilation.Tap("t", (compilation, _) =>
        {
            compilation.Hooks.RuntimeRequirementInModule.For(RuntimeGlobalNames.Of(RuntimeGlobals.DefinePropertyGetters)).Tap("t", (module, set) =>
            {
                modules.Add(module.ReadableName);
                set.Add(RuntimeGlobals.Global);
                return null;
            });
            // Called because the module tap added it: the chunk's requirements include what module taps add.
            compilation.Hooks.RuntimeRequirementInChunk.For("__webpack_require__.g").Tap("t", (chunk, set) =>
            {
                chunks.Add(chunk.Name!);
                set.Add(RuntimeGlobals.AmdOptions);
                return null;
            });
        }));
        var stats = SharpackPlugins.CreateCompiler(Options("""{ "mode": "development", "devtool": false, "target": "node", "entry": "./index.js" }"""), [plugin]).Run();
        Assert.Empty(stats.Errors);
        Assert.Equal(["./a.js"], modules);
        Assert.Equal(["main"], chunks);
        var main = File.ReadAllText(Path.Combine(_root, "dist", "main.js"));
        Assert.Contains("/* webpack/runtime/global */", main, StringComparison.Ordinal);
        Assert.Contains("/* webpack/runtime/amd options */", main, StringComparison.Ordinal);
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("a\n", output);
    }

    [Fact]
    public void Module_factory_hooks_answer_a_resolution_and_create_a_plugins_own_module()
    {
        Write("index.js", "console.log(require('virtual:config'), require('./answer.js').value);\n");
        Write("config.js", "module.exports = 'config';\n");
        Write("answer.js", "module.exports = { value: 'from the file' };\n");
        Write("answer.data", "{ \"value\": 42 }");
        var created = new List<string>();
        var plugin = new DelegatePlugin(compiler => compiler.Hooks.NormalModuleFactory.Tap("t", factory =>
        {
            factory.Hooks.Resolve.Tap("virtual", data =>
            {
                if (data.Request != "virtual:config")
                    return null;
                data.Resource = Path.Combine(_root, "config.js");
                return true;
            });
            factory.Hooks.CreateModule.Tap("answer", data =>
            {
                if (!data.Resource!.EndsWith("answer.js", StringComparison.Ordinal))
                    return null;
                var json = Path.Combine(_root, "answer.data");
                return new Json.JsonModule("json|" + json, json);
            });
            // Factorize runs on worker threads: the log is locked, and compared sorted.
            factory.Hooks.Module.Tap("log", (module, data) =>
            {
                lock (created)
                    created.Add(module.GetType().Name + " " + Path.GetFileName(data.Resource));
                return module;
            });
        }));
        var stats = SharpackPlugins.CreateCompiler(Options("""{ "mode": "development", "devtool": false, "target": "node", "entry": "./index.js" }"""), [plugin]).Run();
        Assert.Empty(stats.Errors);
        Assert.Equal(["JavaScriptModule config.js", "JavaScriptModule index.js", "JsonModule answer.js"], created.Order(StringComparer.Ordinal));
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("config 42\n", output);
    }

    [Fact]
    public void Render_main_wraps_the_runtime_chunk_only()
    {
        Write("index.js", "import('./lazy').then(m => console.log(m.default));\n");
        Write("lazy.js", "export default 'lazy';\n");
        var rendered = new List<string>();
        var plugin = new DelegatePlugin(compiler =>
        {
            var hooks = JavascriptModulesHooks.For(compiler);
            hooks.RenderMain.Tap("wrap", (source, chunk, _) =>
            {
                rendered.Add(chunk.Name!);
                return new ConcatSource(new RawSource("/* main start */\n"), source, new RawSource("/* main end */\n"));
            });
        });
        var stats = SharpackPlugins.CreateCompiler(Options("""{ "mode": "development", "devtool": false, "target": "node", "entry": "./index.js" }"""), [plugin]).Run();
        Assert.Empty(stats.Errors);
        Assert.Equal(["main"], rendered);
        var main = File.ReadAllText(Path.Combine(_root, "dist", "main.js"));
        Assert.StartsWith("/* main start */\n", main, StringComparison.Ordinal);
        // The IIFE's closing ";" comes after what renderMain returned, as in webpack.
        Assert.EndsWith("})()\n/* main end */\n;", main, StringComparison.Ordinal);
        Assert.DoesNotContain("/* main start */", File.ReadAllText(Path.Combine(_root, "dist", "lazy_js.js")), StringComparison.Ordinal);
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("lazy\n", output);
    }
}
