// Runs a configuration's JavaScript plugins in its node process (plugin-host.js) and ties the hooks
// they tap there to sharpack's hooks. Applying a plugin sends {"plugin": "apply"}; node answers
// with the taps the plugin made, and each becomes a tap of the same hook here, with its name and
// stage; when sharpack calls it, {"plugin": "call"} runs the JavaScript tap. A call that involves a
// compilation brings node the compilation's news first (JavaScriptPluginState: assets changed since
// node last saw them, hashes, module and chunk snapshots when the graph changed), and node's answer
// brings back what the plugin did (assets emitted, updated, renamed, deleted; errors and warnings),
// applied here before sharpack's hook goes on. Taps made inside a tap (compilation hooks tapped
// in compiler.hooks.compilation) come back with that answer and are tied the same way.
// A hook sharpack does not call gets a warning naming it; a plugin that throws is an error of the
// compilation (or, outside one, of the build).
// Calls are serialized (node runs one tap at a time anyway); make threads calling buildModule
// taps wait for each other.

using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Cli.Config;
using Sharpack.Core;
using Sharpack.Core.Hooks;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;
using Sharpack.Sources;

namespace Sharpack.Cli.Plugins;

/// <summary>The JavaScript plugins of the configurations one node process loaded.</summary>
public sealed class JavaScriptPluginHost(NodeChannel channel)
{
    // Monitor (not Lock): answers are settled, and taps bound, while the call still holds it.
    private readonly object _lock = new();
    private readonly ConditionalWeakTable<Compiler, CompilerState> _compilers = new();
    private readonly Dictionary<int, Compilation> _compilationsById = [];
    private readonly ConditionalWeakTable<Compilation, JavaScriptPluginState> _compilations = new();
    private int _nextCompilerId;
    private int _nextCompilationId;

    /// <summary>The plugin a configuration names as <c>{ "__jsPlugin": index, "name" }</c>.</summary>
    public JavaScriptPlugin CreatePlugin(PluginDescription description)
    {
        var options = description.Options as JsonObject;
        var index = options?["index"]?.GetValue<int>() ?? throw new ArgumentException("a JavaScript plugin needs its index", nameof(description));
        var name = options["name"]?.GetValue<string>() ?? "";
        return new JavaScriptPlugin(this, index, name, description.Path);
    }

    internal void Apply(JavaScriptPlugin plugin, Compiler compiler)
    {
        var state = CompilerStateOf(compiler);
        JsonObject answer;
        string? failure;
        lock (_lock)
        {
            var first = !state.Announced;
            state.Announced = true;
            answer = Send((Plugin: plugin, State: state, Compiler: compiler, First: first), static (writer, s) =>
            {
                writer.WriteString("plugin", "apply");
                writer.WriteNumber("index", s.Plugin.Index);
                writer.WriteNumber("compiler", s.State.Id);
                if (s.First)
                {
                    writer.WritePropertyName("data");
                    JavaScriptPluginState.WriteCompilerData(writer, s.Compiler, s.Plugin.Index);
                }
            });
            failure = Settle(answer, compiler);
        }
        if (failure is not null)
            throw new JavaScriptPluginException($"{plugin.OptionPath}{Named(plugin)}: {failure}");
    }

    private static string Named(JavaScriptPlugin plugin) => plugin.Name.Length > 0 ? $" ({plugin.Name})" : "";

    private CompilerState CompilerStateOf(Compiler compiler)
    {
        lock (_lock)
        {
            if (_compilers.TryGetValue(compiler, out var existing))
                return existing;
            var state = new CompilerState(_nextCompilerId++);
            _compilers.Add(compiler, state);
            // The compilation the compiler-level hooks after it (done, afterEmit…) belong to.
            compiler.Hooks.ThisCompilation.Tap(new TapOptions("JavaScriptPluginHost") { Stage = int.MinValue }, (compilation, _) => state.Current = compilation);
            return state;
        }
    }

    private JavaScriptPluginState CompilationStateOf(Compilation compilation)
    {
        if (_compilations.TryGetValue(compilation, out var existing))
            return existing;
        var state = new JavaScriptPluginState(_nextCompilationId++, compilation, CompilerStateOf(compilation.Compiler).Id);
        _compilations.Add(compilation, state);
        _compilationsById[state.Id] = compilation;
        return state;
    }

    private JsonObject Send<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        try
        {
            return channel.Request(state, write);
        }
        catch (NodeChannelClosedException e)
        {
            return new JsonObject { ["error"] = new JsonObject { ["message"] = $"node cannot run the plugin: {e.Reason}" } };
        }
    }

    // Calls JavaScript tap `tap` with `args` (written by `writeArgs`); the compilation (if any) gets
    // node up to date first and takes what the plugin did. Answers the tap's return value.
    private JsonNode? Call(Tap tap, Compilation? compilation, Action<Utf8JsonWriter, int> writeArgs, bool additional = false)
    {
        JsonObject answer;
        string? failure;
        lock (_lock)
        {
            var state = compilation is null ? null : CompilationStateOf(compilation);
            answer = Send((Tap: tap, State: state, WriteArgs: writeArgs, Additional: additional), static (writer, s) =>
            {
                writer.WriteString("plugin", "call");
                writer.WriteNumber("tap", s.Tap.Id);
                if (s.Additional)
                    writer.WriteBoolean("additional", true);
                if (s.State is not null)
                {
                    writer.WritePropertyName("state");
                    s.State.WriteNews(writer, s.Tap.ReadsCodeGeneration);
                }
                writer.WriteStartArray("args");
                s.WriteArgs(writer, s.State?.Id ?? -1);
                writer.WriteEndArray();
            });
            failure = Settle(answer, tap.Compiler);
        }
        if (failure is null)
            return answer["result"]?["value"];
        var message = $"{tap.Hook} tap '{tap.Name}' failed: {failure}";
        var target = compilation ?? CompilerStateOf(tap.Compiler).Current;
        if (target is null || tap.AfterStats)
            throw new JavaScriptPluginException(message);
        lock (target.Errors)
            target.Errors.Add(new BuildDiagnostic(message));
        return null;
    }

    // Applies an answer: ops on compilations, new taps. Answers the failure's message, if any.
    private string? Settle(JsonObject answer, Compiler compiler)
    {
        if (answer["result"] is JsonObject result)
        {
            if (result["ops"] is JsonArray ops)
            {
                foreach (var op in ops)
                {
                    if (op is JsonObject item && item["cid"]?.GetValue<int>() is int cid && _compilationsById.TryGetValue(cid, out var target))
                        CompilationStateOf(target).Apply(item);
                }
            }
            if (result["taps"] is JsonArray taps)
            {
                foreach (var report in taps)
                {
                    if (report is JsonObject obj)
                        Bind(obj, compiler);
                }
            }
        }
        if (answer["error"] is not JsonObject error)
            return null;
        var message = error["message"]?.GetValue<string>() ?? "an error";
        var stack = error["stack"]?.GetValue<string>();
        return string.IsNullOrEmpty(stack) ? message : $"{message}\n{stack}";
    }

    private sealed class CompilerState(int id)
    {
        public int Id { get; } = id;
        public bool Announced { get; set; }
        public Compilation? Current { get; set; }
    }

    // ReadsCodeGeneration: the tap's plugin mentions compilation.codeGenerationResults, so node gets the modules' generated code.
    private sealed record Tap(int Id, string Hook, string Name, Compiler Compiler, bool AfterStats, bool ReadsCodeGeneration);

    // Ties one JavaScript tap to sharpack's hook of the same name.
    private void Bind(JsonObject report, Compiler compiler)
    {
        var target = report["target"]?.GetValue<string>() ?? "";
        var hook = report["hook"]?.GetValue<string>() ?? "";
        var name = report["name"]?.GetValue<string>() ?? "";
        var options = new TapOptions(name)
        {
            Stage = report["stage"] is JsonValue stage && stage.TryGetValue<double>(out var s) ? (int)Math.Clamp(s, int.MinValue, int.MaxValue) : 0,
            Before = report["before"] is JsonArray before ? [.. before.Select(b => b?.GetValue<string>() ?? "")] : null,
        };
        var id = report["tap"]!.GetValue<int>();
        var tap = new Tap(id, $"{target switch { "compilation" => "compilation", "javascriptModules" => "javascriptModules", "cssLoading" => "cssLoading", _ => "compiler" }}.hooks.{hook}", name, compiler,
            hook is "done" or "afterDone" or "failed" or "shutdown" or "watchClose",
            report["readsCodeGeneration"] is JsonValue reads && reads.GetValueKind() == JsonValueKind.True);
        var bound = target switch
        {
            "compiler" => BindCompilerHook(compiler, hook, options, tap),
            "compilation" => report["targetId"]?.GetValue<int>() is int cid && _compilationsById.TryGetValue(cid, out var compilation)
                && BindCompilationHook(compilation, hook, options, tap, report["additionalAssets"] is JsonValue additional && additional.GetValueKind() == JsonValueKind.True),
            "javascriptModules" => report["targetId"]?.GetValue<int>() is int jid && _compilationsById.TryGetValue(jid, out var owner)
                && BindJavascriptModulesHook(owner, hook, options, tap),
            "cssLoading" => report["targetId"]?.GetValue<int>() is int sid && _compilationsById.TryGetValue(sid, out var styled)
                && BindCssLoadingHook(styled, hook, options, tap),
            _ => false,
        };
        if (bound)
            return;
        var where = target is "compiler" or "compilation" ? $"{target}.hooks.{hook}"
            : target == "javascriptModules" ? $"JavascriptModulesPlugin.getCompilationHooks(compilation).{hook}"
            : target == "cssLoading" ? $"CssLoadingRuntimeModule.getCompilationHooks(compilation).{hook}" : hook;
        var warning = new BuildDiagnostic($"The JavaScript plugin tap '{name}' on {where} never runs: sharpack does not call that hook.");
        var current = CompilerStateOf(compiler).Current;
        if (current is not null)
        {
            lock (current.Warnings)
                current.Warnings.Add(warning);
        }
        else
        {
            compiler.Hooks.ThisCompilation.Tap("JavaScriptPluginHost", (c, _) => c.Warnings.Add(warning));
        }
    }

    private static void Compilation(Utf8JsonWriter writer, int cid) => Marker(writer, "$compilation", cid);

    private static void Marker(Utf8JsonWriter writer, string name, int cid)
    {
        writer.WriteStartObject();
        writer.WriteNumber(name, cid);
        writer.WriteEndObject();
    }

    private static void Factory(Utf8JsonWriter writer, string kind)
    {
        writer.WriteStartObject();
        writer.WriteString("$factory", kind);
        writer.WriteEndObject();
    }

    private static void CompilationParams(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("normalModuleFactory");
        Factory(writer, "normalModuleFactory");
        writer.WritePropertyName("contextModuleFactory");
        Factory(writer, "contextModuleFactory");
        writer.WriteEndObject();
    }

    private bool BindCompilerHook(Compiler compiler, string hook, TapOptions options, Tap tap)
    {
        var hooks = compiler.Hooks;
        var compilerId = CompilerStateOf(compiler).Id;
        void Plain() => Call(tap, null, static (_, _) => { });
        void WithCompiler() => Call(tap, null, (w, _) => Marker(w, "$compiler", compilerId));
        void WithCompilation(Compilation c) => Call(tap, c, static (w, cid) => Compilation(w, cid));
        switch (hook)
        {
            case "environment": hooks.Environment.Tap(options, Plain); return true;
            case "afterEnvironment": hooks.AfterEnvironment.Tap(options, Plain); return true;
            case "initialize": hooks.Initialize.Tap(options, Plain); return true;
            case "afterPlugins": hooks.AfterPlugins.Tap(options, _ => WithCompiler()); return true;
            case "afterResolvers": hooks.AfterResolvers.Tap(options, _ => WithCompiler()); return true;
            case "beforeRun": hooks.BeforeRun.Tap(options, _ => WithCompiler()); return true;
            case "run": hooks.Run.Tap(options, _ => WithCompiler()); return true;
            case "watchRun": hooks.WatchRun.Tap(options, _ => WithCompiler()); return true;
            case "beforeCompile": hooks.BeforeCompile.Tap(options, _ => Call(tap, null, static (w, _) => CompilationParams(w))); return true;
            case "compile": hooks.Compile.Tap(options, _ => Call(tap, null, static (w, _) => CompilationParams(w))); return true;
            case "thisCompilation":
                hooks.ThisCompilation.Tap(options, (c, _) => Call(tap, c, static (w, cid) => { Compilation(w, cid); CompilationParams(w); }));
                return true;
            case "compilation":
                hooks.Compilation.Tap(options, (c, _) => Call(tap, c, static (w, cid) => { Compilation(w, cid); CompilationParams(w); }));
                return true;
            case "normalModuleFactory": hooks.NormalModuleFactory.Tap(options, _ => Call(tap, null, static (w, _) => Factory(w, "normalModuleFactory"))); return true;
            case "contextModuleFactory": hooks.ContextModuleFactory.Tap(options, _ => Call(tap, null, static (w, _) => Factory(w, "contextModuleFactory"))); return true;
            case "make": hooks.Make.Tap(options, WithCompilation); return true;
            case "finishMake": hooks.FinishMake.Tap(options, WithCompilation); return true;
            case "afterCompile": hooks.AfterCompile.Tap(options, WithCompilation); return true;
            case "emit": hooks.Emit.Tap(options, WithCompilation); return true;
            case "afterEmit": hooks.AfterEmit.Tap(options, WithCompilation); return true;
            case "shouldEmit":
                hooks.ShouldEmit.Tap(options, c =>
                {
                    var value = Call(tap, c, static (w, cid) => Compilation(w, cid));
                    return value is JsonValue v && v.GetValueKind() == JsonValueKind.False ? false : null;
                });
                return true;
            case "assetEmitted":
                hooks.AssetEmitted.Tap(options, (file, info) => Call(tap, info.Compilation, (w, cid) =>
                {
                    w.WriteStringValue(file);
                    w.WriteStartObject();
                    w.WriteStartObject("content");
                    w.WriteBase64String("$buffer", info.Content);
                    w.WriteEndObject();
                    w.WriteStartObject("source");
                    w.WriteBase64String("$rawSource", info.Content);
                    w.WriteEndObject();
                    w.WriteString("outputPath", info.OutputPath);
                    w.WriteString("targetPath", info.TargetPath);
                    w.WritePropertyName("compilation");
                    Compilation(w, cid);
                    w.WriteEndObject();
                }));
                return true;
            case "done":
                hooks.Done.Tap(options, stats => Call(tap, CompilerStateOf(compiler).Current, (w, cid) => WriteStats(w, cid, stats, compiler)));
                return true;
            case "afterDone":
                hooks.AfterDone.Tap(options, stats => Call(tap, CompilerStateOf(compiler).Current, (w, cid) => WriteStats(w, cid, stats, compiler)));
                return true;
            case "failed":
                hooks.Failed.Tap(options, e => Call(tap, null, (w, _) =>
                {
                    w.WriteStartObject();
                    w.WriteString("$error", e.Message);
                    w.WriteEndObject();
                }));
                return true;
            case "invalid":
                hooks.Invalid.Tap(options, (file, time) => Call(tap, null, (w, _) =>
                {
                    if (file is null)
                        w.WriteNullValue();
                    else
                        w.WriteStringValue(file);
                    w.WriteNumberValue(time.ToUnixTimeMilliseconds());
                }));
                return true;
            case "watchClose": hooks.WatchClose.Tap(options, Plain); return true;
            case "shutdown": hooks.Shutdown.Tap(options, Plain); return true;
            default: return false;
        }
    }

    private static void WriteStats(Utf8JsonWriter writer, int cid, BuildStats stats, Compiler compiler)
    {
        writer.WriteStartObject();
        writer.WriteNumber("$stats", cid);
        writer.WriteStartObject("data");
        writer.WriteNumber("errors", stats.Errors.Count);
        writer.WriteNumber("warnings", stats.Warnings.Count);
        var end = stats.BuiltAt.ToUnixTimeMilliseconds();
        writer.WriteNumber("endTime", end);
        writer.WriteNumber("startTime", end - (long)stats.Time.TotalMilliseconds);
        writer.WritePropertyName("json");
        using (var memory = new MemoryStream())
        {
            Reporting.StatsJson.Write(memory, [new Reporting.BuildResult(compiler.Options.Name, compiler.Options, stats, [])]);
            using var document = JsonDocument.Parse(memory.ToArray());
            document.RootElement.WriteTo(writer);
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    // webpack's JavascriptModulesPlugin hooks of one compilation: the bail hooks on how an entry
    // is rendered, answered by the tap (a string: the reason it bails).
    private bool BindJavascriptModulesHook(Compilation compilation, string hook, TapOptions options, Tap tap)
    {
        var hooks = Sharpack.Plugins.JavaScript.JavascriptModulesHooks.For(compilation.Compiler);
        string? Reason(Module? module)
        {
            // The hooks are the compiler's: a tap answers for its own compilation only.
            if (CompilerStateOf(compilation.Compiler).Current != compilation)
                return null;
            var value = Call(tap, compilation, (w, _) =>
            {
                if (module is null)
                    return;
                w.WriteStartObject();
                w.WritePropertyName("$moduleData");
                JavaScriptPluginState.WriteModule(w, module, compilation, null);
                w.WriteEndObject();
            });
            return value is JsonValue text && text.GetValueKind() == JsonValueKind.String ? text.GetValue<string>() : null;
        }
        switch (hook)
        {
            case "inlineInRuntimeBailout": hooks.InlineInRuntimeBailout.Tap(options, (module, _, _) => Reason(module)); return true;
            case "embedInRuntimeBailout": hooks.EmbedInRuntimeBailout.Tap(options, (module, _, _) => Reason(module)); return true;
            case "strictRuntimeBailout": hooks.StrictRuntimeBailout.Tap(options, (_, _) => Reason(null)); return true;
            default: return false;
        }
    }

    // webpack's CssLoadingRuntimeModule hooks of one compilation: waterfalls over the runtime's code,
    // answered by the tap (the code to write; anything else keeps it).
    private bool BindCssLoadingHook(Compilation compilation, string hook, TapOptions options, Tap tap)
    {
        var hooks = Sharpack.Plugins.Css.CssLoadingRuntimeModuleHooks.For(compilation.Compiler);
        string Code(string source, Sharpack.Core.ChunkGraph.Chunk? chunk)
        {
            // The hooks are the compiler's: a tap answers for its own compilation only.
            if (CompilerStateOf(compilation.Compiler).Current != compilation)
                return source;
            var value = Call(tap, compilation, (w, _) =>
            {
                w.WriteStringValue(source);
                if (chunk is null)
                {
                    w.WriteNullValue();
                    return;
                }
                w.WriteStartObject();
                w.WriteString("id", chunk.Id);
                if (chunk.Name is { } chunkName)
                    w.WriteString("name", chunkName);
                w.WriteEndObject();
            });
            return value is JsonValue text && text.GetValueKind() == JsonValueKind.String ? text.GetValue<string>() : source;
        }
        switch (hook)
        {
            case "createStylesheet": hooks.CreateStylesheet.Tap(options, Code); return true;
            case "linkInsert": hooks.LinkInsert.Tap(options, Code); return true;
            default: return false;
        }
    }

    private bool BindCompilationHook(Compilation compilation, string hook, TapOptions options, Tap tap, bool additionalAssets)
    {
        var hooks = compilation.Hooks;
        void Plain() => Call(tap, compilation, static (_, _) => { });
        void Modules() => Call(tap, compilation, static (w, cid) => Marker(w, "$modules", cid));
        void Chunks() => Call(tap, compilation, static (w, cid) => Marker(w, "$chunks", cid));
        void ChunksAndModules() => Call(tap, compilation, static (w, cid) => { Marker(w, "$chunks", cid); Marker(w, "$modules", cid); });
        void Assets() => Call(tap, compilation, static (w, cid) => Marker(w, "$assets", cid));
        void OneModule(Module module) => Call(tap, compilation, (w, _) =>
        {
            w.WriteStartObject();
            w.WritePropertyName("$moduleData");
            JavaScriptPluginState.WriteModule(w, module, compilation, null);
            w.WriteEndObject();
        });
        switch (hook)
        {
            case "buildModule": hooks.BuildModule.Tap(options, OneModule); return true;
            case "succeedModule": hooks.SucceedModule.Tap(options, OneModule); return true;
            case "stillValidModule": hooks.StillValidModule.Tap(options, OneModule); return true;
            case "failedModule":
                hooks.FailedModule.Tap(options, (module, diagnostic) => Call(tap, compilation, (w, _) =>
                {
                    w.WriteStartObject();
                    w.WritePropertyName("$moduleData");
                    JavaScriptPluginState.WriteModule(w, module, compilation, null);
                    w.WriteEndObject();
                    w.WriteStartObject();
                    w.WriteString("$error", diagnostic.Message);
                    w.WriteEndObject();
                }));
                return true;
            case "finishModules": hooks.FinishModules.Tap(options, _ => Modules()); return true;
            case "seal": hooks.Seal.Tap(options, Plain); return true;
            case "optimizeDependencies": hooks.OptimizeDependencies.Tap(options, _ => { Modules(); return null; }); return true;
            case "afterOptimizeDependencies": hooks.AfterOptimizeDependencies.Tap(options, _ => Modules()); return true;
            case "beforeChunks": hooks.BeforeChunks.Tap(options, Plain); return true;
            case "afterChunks": hooks.AfterChunks.Tap(options, _ => Chunks()); return true;
            case "optimize": hooks.Optimize.Tap(options, Plain); return true;
            case "optimizeModules": hooks.OptimizeModules.Tap(options, _ => { Modules(); return null; }); return true;
            case "afterOptimizeModules": hooks.AfterOptimizeModules.Tap(options, _ => Modules()); return true;
            case "optimizeChunks": hooks.OptimizeChunks.Tap(options, (_, _) => { Chunks(); return null; }); return true;
            case "afterOptimizeChunks": hooks.AfterOptimizeChunks.Tap(options, (_, _) => Chunks()); return true;
            case "optimizeTree": hooks.OptimizeTree.Tap(options, (_, _) => ChunksAndModules()); return true;
            case "afterOptimizeTree": hooks.AfterOptimizeTree.Tap(options, (_, _) => ChunksAndModules()); return true;
            case "optimizeChunkModules": hooks.OptimizeChunkModules.Tap(options, (_, _) => { ChunksAndModules(); return null; }); return true;
            case "afterOptimizeChunkModules": hooks.AfterOptimizeChunkModules.Tap(options, (_, _) => ChunksAndModules()); return true;
            case "reviveModules": hooks.ReviveModules.Tap(options, _ => Modules()); return true;
            case "beforeModuleIds": hooks.BeforeModuleIds.Tap(options, _ => Modules()); return true;
            case "moduleIds": hooks.ModuleIds.Tap(options, _ => Modules()); return true;
            case "optimizeModuleIds": hooks.OptimizeModuleIds.Tap(options, _ => Modules()); return true;
            case "afterOptimizeModuleIds": hooks.AfterOptimizeModuleIds.Tap(options, _ => Modules()); return true;
            case "reviveChunks": hooks.ReviveChunks.Tap(options, _ => Chunks()); return true;
            case "beforeChunkIds": hooks.BeforeChunkIds.Tap(options, _ => Chunks()); return true;
            case "chunkIds": hooks.ChunkIds.Tap(options, _ => Chunks()); return true;
            case "optimizeChunkIds": hooks.OptimizeChunkIds.Tap(options, _ => Chunks()); return true;
            case "afterOptimizeChunkIds": hooks.AfterOptimizeChunkIds.Tap(options, _ => Chunks()); return true;
            case "optimizeCodeGeneration": hooks.OptimizeCodeGeneration.Tap(options, _ => Modules()); return true;
            case "beforeCodeGeneration": hooks.BeforeCodeGeneration.Tap(options, Plain); return true;
            case "afterCodeGeneration": hooks.AfterCodeGeneration.Tap(options, Plain); return true;
            case "beforeRuntimeRequirements": hooks.BeforeRuntimeRequirements.Tap(options, Plain); return true;
            case "afterRuntimeRequirements": hooks.AfterRuntimeRequirements.Tap(options, Plain); return true;
            case "beforeHash": hooks.BeforeHash.Tap(options, Plain); return true;
            case "afterHash": hooks.AfterHash.Tap(options, Plain); return true;
            case "beforeModuleAssets": hooks.BeforeModuleAssets.Tap(options, Plain); return true;
            case "beforeChunkAssets": hooks.BeforeChunkAssets.Tap(options, Plain); return true;
            case "processAssets":
                hooks.ProcessAssets.Tap(options, _ => Assets());
                if (additionalAssets)
                {
                    // The assets later taps add, for a tap registered with additionalAssets (node runs it once the tap itself has run).
                    hooks.ProcessAdditionalAssets.Tap(options.Name, added => Call(tap, compilation, (w, cid) =>
                    {
                        w.WriteStartObject();
                        w.WriteNumber("$assetSubset", cid);
                        w.WriteStartArray("names");
                        foreach (var (name, _) in added)
                            w.WriteStringValue(name);
                        w.WriteEndArray();
                        w.WriteEndObject();
                    }, additional: true));
                }
                return true;
            case "afterProcessAssets": hooks.AfterProcessAssets.Tap(options, _ => Assets()); return true;
            case "afterSeal": hooks.AfterSeal.Tap(options, Plain); return true;
            default: return false;
        }
    }
}
