// Follows webpack lib/ProgressPlugin.js: reports how far a build is from the compiler's and the
// compilation's hooks (by interceptors, so no hook's taps change): 0-9% setup, 10-65% building
// (modules built of modules found), 69% finishing the module graph, 70-95% sealing (one step per
// seal hook, at webpack's fractions), 95-98% emitting, 99% done, 100% at the end. The default
// handler writes to standard error as webpack-cli's --progress does: on a terminal one line that
// updates in place, otherwise one line per step ("70% sealing plugins").
// A handler function from a configuration is called at each step through the JavaScript bridge.
// Unlike webpack's, the building percentage follows modules only (not entries or dependencies),
// and make's end is not reported apart: Sharpack calls make's taps before it builds the graph.

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Hooks;
using Sharpack.Core.Options;

namespace Sharpack.Plugins.Builtin;

/// <summary>Reports the progress of a build (webpack's ProgressPlugin).</summary>
public sealed class ProgressPlugin : IPlugin
{
    private const string Title = "Progress Plugin";

    // webpack's seal hooks in order, with their titles; a hook Sharpack lacks keeps its place, so
    // the percentages are webpack's.
    private static readonly (string Hook, string Title)[] s_sealHooks =
    [
        ("finishModules", "finish module graph"), ("seal", "plugins"),
        ("optimizeDependencies", "dependencies optimization"), ("afterOptimizeDependencies", "after dependencies optimization"),
        ("beforeChunks", "chunk graph"), ("afterChunks", "after chunk graph"), ("optimize", "optimizing"),
        ("optimizeModules", "module optimization"), ("afterOptimizeModules", "after module optimization"),
        ("optimizeChunks", "chunk optimization"), ("afterOptimizeChunks", "after chunk optimization"),
        ("optimizeTree", "module and chunk tree optimization"), ("afterOptimizeTree", "after module and chunk tree optimization"),
        ("optimizeChunkModules", "chunk modules optimization"), ("afterOptimizeChunkModules", "after chunk modules optimization"),
        ("reviveModules", "module reviving"), ("beforeModuleIds", "before module ids"), ("moduleIds", "module ids"),
        ("optimizeModuleIds", "module id optimization"), ("afterOptimizeModuleIds", "module id optimization"),
        ("reviveChunks", "chunk reviving"), ("beforeChunkIds", "before chunk ids"), ("chunkIds", "chunk ids"),
        ("optimizeChunkIds", "chunk id optimization"), ("afterOptimizeChunkIds", "after chunk id optimization"),
        ("recordModules", "record modules"), ("recordChunks", "record chunks"), ("beforeModuleHash", "module hashing"),
        ("beforeCodeGeneration", "code generation"), ("beforeRuntimeRequirements", "runtime requirements"),
        ("beforeHash", "hashing"), ("afterHash", "after hashing"), ("recordHash", "record hash"),
        ("beforeModuleAssets", "module assets processing"), ("beforeChunkAssets", "chunk assets processing"),
        ("processAssets", "asset processing"), ("afterProcessAssets", "after asset optimization"),
        ("record", "recording"), ("afterSeal", "after seal"),
    ];

    private readonly Action<double, string, IReadOnlyList<string>> _handler;
    private readonly Lock _lock = new();
    private int _modulesFound;
    private int _modulesDone;

    /// <summary>A plugin that calls <paramref name="handler"/>(fraction 0..1, message, details) as the build goes on.</summary>
    public ProgressPlugin(Action<double, string, IReadOnlyList<string>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _handler = handler;
    }

    /// <summary>
    /// A plugin that writes the progress to <paramref name="output"/> (standard error by default):
    /// one updating line when <paramref name="interactive"/> (default: standard error is a terminal),
    /// else a line per step.
    /// </summary>
    public ProgressPlugin(TextWriter? output = null, bool? interactive = null)
    {
        var writer = new ProgressWriter(output ?? Console.Error, interactive ?? (output is null && !Console.IsErrorRedirected));
        _handler = writer.Report;
    }

    /// <summary>A plugin from a configuration's options (webpack's; all but the handler only shape what webpack shows, and are accepted).</summary>
    public ProgressPlugin(JsonNode? options) : this(options, null)
    {
    }

    /// <summary>
    /// A plugin from a configuration's options, where the handler (the options themselves, or
    /// <c>options.handler</c>) may be a JavaScript function of (percentage, message, ...details)
    /// that <paramref name="functions"/> calls at each step.
    /// </summary>
    public ProgressPlugin(JsonNode? options, IJsFunctionHost? functions) : this((TextWriter?)null)
    {
        if (options is null)
            return;
        var handler = JsFunction.IsHandle(options) ? options : options is JsonObject withHandler && JsFunction.IsHandle(withHandler["handler"]) ? withHandler["handler"] : null;
        if (handler is not null)
        {
            var function = BuiltinOptions.Function(handler, functions, Title, "options.handler");
            _handler = (percentage, message, details) => CallHandler(function, percentage, message, details);
            if (JsFunction.IsHandle(options))
                return;
        }
        if (options is not JsonObject obj)
            throw BuiltinOptions.Invalid(Title, "options should be an object.");
        BuiltinOptions.CheckKeys(obj, Title, "activeModules", "dependencies", "dependenciesCount", "entries", "modules", "modulesCount", "percentBy", "profile", "handler");
        if (obj["percentBy"] is { } percentBy && !(percentBy.GetValueKind() == JsonValueKind.String && percentBy.GetValue<string>() is "entries" or "modules" or "dependencies"))
            throw BuiltinOptions.Invalid(Title, "options.percentBy should be one of these:\n   \"entries\" | \"modules\" | \"dependencies\" | null");
    }

    // webpack's handler(percentage, message, ...details). Progress reports come from hook
    // interceptors, where nothing can fail the build: a handler that throws says so once on standard
    // error and is not asked again.
    private int _handlerFailed;

    private void CallHandler(JsFunction function, double percentage, string message, IReadOnlyList<string> details)
    {
        if (Volatile.Read(ref _handlerFailed) != 0)
            return;
        var arguments = new JsonNode?[details.Count + 2];
        arguments[0] = JsonValue.Create(percentage);
        arguments[1] = JsonValue.Create(message);
        for (var i = 0; i < details.Count; i++)
            arguments[i + 2] = JsonValue.Create(details[i]);
        try
        {
            function.Call(arguments);
        }
        catch (JsFunctionException e)
        {
            if (Interlocked.Exchange(ref _handlerFailed, 1) == 0)
                Console.Error.WriteLine($"sharpack: ProgressPlugin: {e.Describe()}\n(the handler is not called again in this build)");
        }
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        var hooks = compiler.Hooks;
        hooks.BeforeRun.Intercept(new HookInterceptor { Call = _ => Report(0, "") });
        Intercept(hooks.BeforeRun, 0.01, "setup", "before run");
        Intercept(hooks.Run, 0.02, "setup", "run");
        Intercept(hooks.WatchRun, 0.03, "setup", "watch run");
        Intercept(hooks.NormalModuleFactory, 0.04, "setup", "normal module factory");
        Intercept(hooks.ContextModuleFactory, 0.05, "setup", "context module factory");
        Intercept(hooks.BeforeCompile, 0.06, "setup", "before compile");
        Intercept(hooks.Compile, 0.07, "setup", "compile");
        Intercept(hooks.ThisCompilation, 0.08, "setup", "compilation");
        Intercept(hooks.Compilation, 0.09, "setup", "compilation");
        hooks.Make.Intercept(new HookInterceptor { Call = _ => Report(0.1, "building") });
        Intercept(hooks.FinishMake, 0.69, "building", "finish");
        Intercept(hooks.Emit, 0.95, "emitting", "emit");
        Intercept(hooks.AfterEmit, 0.98, "emitting", "after emit");
        Intercept(hooks.Done, 0.99, "done", "plugins");
        hooks.Done.Intercept(new HookInterceptor { Done = () => Report(0.99, "") });
        hooks.AfterDone.Tap("ProgressPlugin", _ => Report(1, ""));
        hooks.Failed.Tap("ProgressPlugin", _ => Report(1, ""));
        hooks.ThisCompilation.Tap("ProgressPlugin", (compilation, _) =>
        {
            lock (_lock)
                (_modulesFound, _modulesDone) = (0, 0);
            var c = compilation.Hooks;
            c.BuildModule.Tap("ProgressPlugin", _ => ModuleProgress(found: 1, done: 0));
            c.SucceedModule.Tap("ProgressPlugin", _ => ModuleProgress(found: 0, done: 1));
            c.FailedModule.Tap("ProgressPlugin", (_, _) => ModuleProgress(found: 0, done: 1));
            var sealHooks = new Dictionary<string, Action<double, string>>(StringComparer.Ordinal)
            {
                ["finishModules"] = (p, t) => Intercept(c.FinishModules, p, "sealing", t),
                ["seal"] = (p, t) => Intercept(c.Seal, p, "sealing", t),
                ["optimizeDependencies"] = (p, t) => Intercept(c.OptimizeDependencies, p, "sealing", t),
                ["afterOptimizeDependencies"] = (p, t) => Intercept(c.AfterOptimizeDependencies, p, "sealing", t),
                ["beforeChunks"] = (p, t) => Intercept(c.BeforeChunks, p, "sealing", t),
                ["afterChunks"] = (p, t) => Intercept(c.AfterChunks, p, "sealing", t),
                ["optimize"] = (p, t) => Intercept(c.Optimize, p, "sealing", t),
                ["optimizeModules"] = (p, t) => Intercept(c.OptimizeModules, p, "sealing", t),
                ["afterOptimizeModules"] = (p, t) => Intercept(c.AfterOptimizeModules, p, "sealing", t),
                ["optimizeChunks"] = (p, t) => Intercept(c.OptimizeChunks, p, "sealing", t),
                ["afterOptimizeChunks"] = (p, t) => Intercept(c.AfterOptimizeChunks, p, "sealing", t),
                ["optimizeTree"] = (p, t) => Intercept(c.OptimizeTree, p, "sealing", t),
                ["afterOptimizeTree"] = (p, t) => Intercept(c.AfterOptimizeTree, p, "sealing", t),
                ["optimizeChunkModules"] = (p, t) => Intercept(c.OptimizeChunkModules, p, "sealing", t),
                ["afterOptimizeChunkModules"] = (p, t) => Intercept(c.AfterOptimizeChunkModules, p, "sealing", t),
                ["reviveModules"] = (p, t) => Intercept(c.ReviveModules, p, "sealing", t),
                ["beforeModuleIds"] = (p, t) => Intercept(c.BeforeModuleIds, p, "sealing", t),
                ["moduleIds"] = (p, t) => Intercept(c.ModuleIds, p, "sealing", t),
                ["optimizeModuleIds"] = (p, t) => Intercept(c.OptimizeModuleIds, p, "sealing", t),
                ["afterOptimizeModuleIds"] = (p, t) => Intercept(c.AfterOptimizeModuleIds, p, "sealing", t),
                ["reviveChunks"] = (p, t) => Intercept(c.ReviveChunks, p, "sealing", t),
                ["beforeChunkIds"] = (p, t) => Intercept(c.BeforeChunkIds, p, "sealing", t),
                ["chunkIds"] = (p, t) => Intercept(c.ChunkIds, p, "sealing", t),
                ["optimizeChunkIds"] = (p, t) => Intercept(c.OptimizeChunkIds, p, "sealing", t),
                ["afterOptimizeChunkIds"] = (p, t) => Intercept(c.AfterOptimizeChunkIds, p, "sealing", t),
                ["beforeCodeGeneration"] = (p, t) => Intercept(c.BeforeCodeGeneration, p, "sealing", t),
                ["beforeRuntimeRequirements"] = (p, t) => Intercept(c.BeforeRuntimeRequirements, p, "sealing", t),
                ["beforeHash"] = (p, t) => Intercept(c.BeforeHash, p, "sealing", t),
                ["afterHash"] = (p, t) => Intercept(c.AfterHash, p, "sealing", t),
                ["beforeModuleAssets"] = (p, t) => Intercept(c.BeforeModuleAssets, p, "sealing", t),
                ["beforeChunkAssets"] = (p, t) => Intercept(c.BeforeChunkAssets, p, "sealing", t),
                ["processAssets"] = (p, t) => Intercept(c.ProcessAssets, p, "sealing", t),
                ["afterProcessAssets"] = (p, t) => Intercept(c.AfterProcessAssets, p, "sealing", t),
                ["afterSeal"] = (p, t) => Intercept(c.AfterSeal, p, "sealing", t),
            };
            for (var i = 0; i < s_sealHooks.Length; i++)
            {
                if (sealHooks.TryGetValue(s_sealHooks[i].Hook, out var intercept))
                    intercept((double)i / s_sealHooks.Length * 0.25 + 0.7, s_sealHooks[i].Title);
            }
        });
    }

    private void ModuleProgress(int found, int done)
    {
        int total, built;
        lock (_lock)
        {
            _modulesFound += found;
            _modulesDone += done;
            (total, built) = (_modulesFound, _modulesDone);
        }
        Report(0.1 + (double)built / Math.Max(1, total) * 0.55, "building", $"{built}/{total} modules");
    }

    private void Intercept<TFn>(Hook<TFn> hook, double percentage, string category, string name) where TFn : Delegate =>
        hook.Intercept(new HookInterceptor
        {
            Call = _ => Report(percentage, category, name),
            Tap = tap => Report(percentage, category, name, tap.Name),
            Done = () => Report(percentage, category, name),
            Result = _ => Report(percentage, category, name),
            Error = _ => Report(percentage, category, name),
        });

    private void Report(double percentage, string message, params string[] details)
    {
        lock (_lock)
            _handler(percentage, message, details);
    }

    // webpack-cli's --progress output: "NN% message details…", in place on a terminal.
    private sealed class ProgressWriter(TextWriter output, bool interactive)
    {
        private string _last = "";
        private int _lastWidth;

        public void Report(double percentage, string message, IReadOnlyList<string> details)
        {
            var line = new StringBuilder().Append((int)Math.Floor(percentage * 100)).Append('%');
            if (message.Length > 0) line.Append(' ').Append(message);
            foreach (var detail in details)
                line.Append(' ').Append(detail);
            var text = line.ToString();
            if (text == _last)
                return;
            _last = text;
            if (interactive)
            {
                output.Write("\r" + text + new string(' ', Math.Max(0, _lastWidth - text.Length)));
                _lastWidth = text.Length;
                if (percentage >= 1)
                {
                    output.Write("\r" + new string(' ', _lastWidth) + "\r");
                    _lastWidth = 0;
                }
            }
            else
            {
                output.WriteLine(text);
            }
            output.Flush();
        }
    }
}
