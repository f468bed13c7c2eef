// The command line's JavaScript loader host: runs the steps Core's loader runner asks for in node,
// with loader-host.js (webpack's loader-runner semantics, see there for the protocol). It uses
// the configuration's node process when there is one (it stays while the configuration holds
// functions, and then loader options may hold them too); otherwise it starts node itself the first
// time a module needs a JavaScript loader, so a build without JavaScript loaders never starts
// node for them, and stops it with the build. Every make thread may have a step in flight; node
// runs them concurrently (loaders are mostly asynchronous) and answers each by id.
// What loaders report (dependencies, warnings, errors, emitted files) comes back with the step's
// answer and is applied to the loader context on the make thread that asked; a loader's
// this.resolve comes as a call from node, answered by Sharpack's resolver on the thread pool.

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Cli.Config;
using Sharpack.Core;
using Sharpack.Core.Make;
using Sharpack.Resolver;

namespace Sharpack.Cli.Loaders;

/// <summary>Runs JavaScript loaders in node for the builds of one command.</summary>
public sealed class NodeLoaderHost : IJavaScriptLoaderHost, IDisposable
{
    private readonly NodeChannel? _shared;
    private readonly string _workingDirectory;
    private readonly Lock _startLock = new();
    private readonly ConcurrentDictionary<long, LoaderContext> _active = new();
    private readonly Lock _defineLock = new();
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);
    private NodeChannel? _own;
    private string? _startFailure;
    private long _nextRun;
    private long _stepCount;
    private static string? s_script;

    /// <summary>
    /// A host that runs loaders in <paramref name="shared"/> (the configuration's node process) when
    /// given, else in a node process of its own, started in <paramref name="workingDirectory"/> on first use.
    /// </summary>
    public NodeLoaderHost(NodeChannel? shared, string workingDirectory)
    {
        _shared = shared;
        _workingDirectory = workingDirectory;
        if (shared is not null)
            shared.CallHandler = AnswerCall;
    }

    /// <summary>True once a node process of the host's own was started (for tests: builds without JavaScript loaders start none).</summary>
    public bool StartedNode => _own is not null;

    /// <summary>How many steps were sent to node (for tests and measurements).</summary>
    public long StepCount => Interlocked.Read(ref _stepCount);

    /// <inheritdoc />
    public JavaScriptLoaderOutcome Run(LoaderContext context, JavaScriptLoaderStep step)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(step);
        var channel = Channel();
        DefineShippedLoaders(channel, context, step);
        if (context.HostState is not long run)
            context.HostState = run = Interlocked.Increment(ref _nextRun);
        _active[run] = context;
        JsonObject answer;
        try
        {
            answer = channel.Request((Context: context, Step: step, Run: run), static (writer, state) => WriteStep(writer, state.Context, state.Step, state.Run));
        }
        catch (NodeChannelClosedException e)
        {
            throw new InvalidOperationException($"The JavaScript loader host cannot run loaders: {e.Reason}", e);
        }
        finally
        {
            _active.TryRemove(run, out _);
        }
        Interlocked.Increment(ref _stepCount);
        return ReadAnswer(context, answer);
    }

    // A loader Sharpack ships in JavaScript (LoaderRegistry.RegisterJavaScript) is sent to node once,
    // before the first step that runs it: under the lock, so no step naming it is written before it.
    private void DefineShippedLoaders(NodeChannel channel, LoaderContext context, JavaScriptLoaderStep step)
    {
        for (var i = step.Start; i < step.End; i++)
        {
            if (context.ShippedJavaScriptLoader(i) is not { } source)
                continue;
            var name = context.Loaders[i].Loader;
            lock (_defineLock)
            {
                if (!_defined.Add(name))
                    continue;
                channel.Post("define", _defined.Count, (name, source), static (writer, state) =>
                {
                    writer.WriteString("op", "define");
                    writer.WriteString("name", state.name);
                    writer.WriteString("source", state.source);
                });
            }
        }
    }

    /// <inheritdoc />
    public void Release(LoaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HostState is not long run)
            return;
        var channel = _shared ?? _own;
        channel?.Post("run", run, 0, static (writer, _) => writer.WriteString("op", "release"));
    }

    /// <summary>Stops the host's own node process (the configuration's belongs to the configuration).</summary>
    public void Dispose() => _own?.Dispose();

    private NodeChannel Channel()
    {
        if (_shared is not null)
            return _shared;
        if (_own is { } own)
            return own;
        lock (_startLock)
        {
            if (_own is not null)
                return _own;
            if (_startFailure is not null)
                throw new InvalidOperationException(_startFailure);
            var start = ConfigLoader.NodeStartInfo(_workingDirectory, Script());
            try
            {
                var process = Process.Start(start)!;
                // What loaders print (console output is moved to stderr in node) goes on to ours.
                new StderrForwarder(process.StandardError).ForwardTo(Console.Error);
                var channel = new NodeChannel(process) { CallHandler = AnswerCall };
                _own = channel;
                return channel;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                _startFailure = $"JavaScript loaders need node on PATH (or SHARPACK_NODE): {e.Message}";
                throw new InvalidOperationException(_startFailure, e);
            }
        }
    }

    private static string Script() =>
        s_script ??= ConfigLoader.Resource("Sharpack.Cli.Loaders.loader-host.js") + "\nstartLoaderHostProcess();\n";

    private static void WriteStep(Utf8JsonWriter writer, LoaderContext context, JavaScriptLoaderStep step, long run)
    {
        writer.WriteString("op", step.Phase == JavaScriptLoaderPhase.Pitch ? "pitch" : "normal");
        writer.WriteNumber("run", run);
        writer.WriteNumber("start", step.Start);
        writer.WriteNumber("end", step.End);
        if (step.Phase == JavaScriptLoaderPhase.Normal)
        {
            var input = step.Input ?? throw new ArgumentException("A normal step needs its input.", nameof(step));
            WriteContent(writer, input);
            if (input.SourceMap is { } map)
                writer.WriteString("sourceMap", map);
            if (input.Meta is JsonNode meta)
            {
                writer.WritePropertyName("meta");
                meta.WriteTo(writer);
            }
            return;
        }
        WriteModule(writer, context);
        if (step.ResourceError is { } error)
        {
            writer.WriteString("resourceError", error);
        }
        else if (step.Resource is { } bytes)
        {
            writer.WriteStartObject("resource");
            WriteBytes(writer, bytes);
            if (step.ResourceSourceMap is { } resourceMap)
                writer.WriteString("sourceMap", resourceMap);
            writer.WriteEndObject();
        }
    }

    // The chain and what webpack's loader context holds besides (NormalModule.createLoaderContext).
    private static void WriteModule(Utf8JsonWriter writer, LoaderContext context)
    {
        var options = context.Options;
        writer.WriteStartObject("module");
        writer.WriteStartArray("loaders");
        for (var i = 0; i < context.Loaders.Count; i++)
        {
            var item = context.Loaders[i];
            writer.WriteStartObject();
            writer.WriteString("path", item.Loader);
            writer.WriteString("name", context.LoaderName(i));
            if (item.Options is { } objectOptions)
            {
                writer.WritePropertyName("options");
                objectOptions.WriteTo(writer);
                if (item.Ident is { } ident)
                    writer.WriteString("ident", ident);
            }
            else if (item.Query is { Length: > 0 } query)
            {
                writer.WriteString("options", query);
            }
            if (item.Type is { } type)
                writer.WriteString("type", type);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteString("rootContext", context.RootContext);
        if (context.ResourcePath.Length == 0)
            writer.WriteNull("context");
        else
            writer.WriteString("context", context.Context);
        writer.WriteString("resourcePath", context.ResourcePath);
        writer.WriteString("resourceQuery", context.ResourceQuery);
        writer.WriteString("resourceFragment", context.ResourceFragment);
        writer.WriteString("mode", context.Mode);
        writer.WriteBoolean("hot", context.Hot);
        writer.WriteString("target", context.Target);
        writer.WriteBoolean("sourceMap", context.SourceMap);
        writer.WriteString("publicPath", options.Output.PublicPath);
        writer.WriteString("hashFunction", options.Output.HashFunction);
        writer.WriteString("hashDigest", options.Output.HashDigest);
        writer.WriteNumber("hashDigestLength", options.Output.HashDigestLength);
        if (options.Output.HashSalt is { } salt)
            writer.WriteString("hashSalt", salt);
        if (options.Loader is { } values)
        {
            writer.WritePropertyName("loaderValues");
            values.WriteTo(writer);
        }
        writer.WriteEndObject();
    }

    private static void WriteContent(Utf8JsonWriter writer, LoaderResult input)
    {
        if (input.IsBytes)
        {
            WriteBytes(writer, input.Bytes);
            return;
        }
        writer.WriteString("content", input.Text);
    }

    // Valid UTF-8 crosses as text (node turns it back into the same bytes for a raw loader); any
    // other bytes as base64.
    private static void WriteBytes(Utf8JsonWriter writer, byte[] bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            writer.WriteString("content", bytes);
            return;
        }
        writer.WriteBase64String("content", bytes);
        writer.WriteString("encoding", "base64");
    }

    private static JavaScriptLoaderOutcome ReadAnswer(LoaderContext context, JsonObject answer)
    {
        var effects = answer["effects"] as JsonObject;
        var resourceRead = effects?["resourceRead"] is JsonValue read && read.TryGetValue<bool>(out var wasRead) && wasRead;
        if (effects is not null)
            ApplyEffects(context, effects);
        if (answer["error"] is JsonObject error)
        {
            return new JavaScriptLoaderOutcome
            {
                ResourceRead = resourceRead,
                Error = error["message"]?.GetValue<string>() ?? "an error",
                ErrorDetails = error["details"]?.GetValue<string>(),
                FailedLoader = error["loader"] is JsonValue loader && loader.TryGetValue<int>(out var index) ? index : 0,
                ErrorWithoutLoader = error["noLoader"] is JsonValue noLoader && noLoader.TryGetValue<bool>(out var without) && without,
            };
        }
        if (answer["continue"] is not null)
            return new JavaScriptLoaderOutcome { ResourceRead = resourceRead };
        var sourceMap = answer["sourceMap"]?.GetValue<string>();
        var meta = answer["meta"];
        answer.Remove("meta");
        var content = answer["content"]?.GetValue<string>() ?? "";
        var result = answer["encoding"] is not null
            ? new LoaderResult(Convert.FromBase64String(content), sourceMap, meta)
            : new LoaderResult(content, sourceMap, meta);
        return new JavaScriptLoaderOutcome { Result = result, ResourceRead = resourceRead };
    }

    private static void ApplyEffects(LoaderContext context, JsonObject effects)
    {
        foreach (var file in Strings(effects["fileDependencies"]))
            context.AddDependency(file);
        foreach (var folder in Strings(effects["contextDependencies"]))
            context.AddContextDependency(folder);
        foreach (var missing in Strings(effects["missingDependencies"]))
            context.AddMissingDependency(missing);
        foreach (var file in Strings(effects["buildDependencies"]))
            context.AddBuildDependency(file);
        if (effects["cacheable"] is JsonValue cacheable && cacheable.TryGetValue<bool>(out var flag) && !flag)
            context.Cacheable(false);
        if (effects["warnings"] is JsonArray warnings)
        {
            foreach (var warning in warnings)
                context.EmitWarning(Index(warning), warning?["message"]?.GetValue<string>() ?? "", warning?["details"]?.GetValue<string>());
        }
        if (effects["errors"] is JsonArray errors)
        {
            foreach (var error in errors)
                context.EmitError(Index(error), error?["message"]?.GetValue<string>() ?? "", error?["details"]?.GetValue<string>());
        }
        if (effects["parseMeta"] is JsonObject parseMeta)
        {
            foreach (var (key, value) in parseMeta)
            {
                if (value is JsonValue text && text.TryGetValue<string>(out var meta))
                    context.SetParseMeta(key, meta);
            }
        }
        if (effects["assets"] is JsonArray assets)
        {
            foreach (var asset in assets)
            {
                if (asset?["name"]?.GetValue<string>() is not { Length: > 0 } name)
                    continue;
                context.EmitFile(name, Convert.FromBase64String(asset["content"]?.GetValue<string>() ?? ""), asset["sourceMap"]?.GetValue<string>(),
                    AssetInfoOf(asset["info"] as JsonObject));
            }
        }
    }

    private static int Index(JsonNode? node) => node?["loader"] is JsonValue value && value.TryGetValue<int>(out var index) ? index : 0;

    private static IEnumerable<string> Strings(JsonNode? node)
    {
        if (node is not JsonArray array)
            yield break;
        foreach (var item in array)
        {
            if (item is JsonValue value && value.TryGetValue<string>(out var text))
                yield return text;
        }
    }

    // webpack's AssetInfo fields a loader sets (file-loader: immutable, sourceFilename).
    private static AssetInfo AssetInfoOf(JsonObject? info)
    {
        if (info is null)
            return new AssetInfo();
        static bool Flag(JsonObject info, string name) => info[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
        return new AssetInfo
        {
            Immutable = Flag(info, "immutable"),
            Minimized = Flag(info, "minimized"),
            Development = Flag(info, "development"),
            HotModuleReplacement = Flag(info, "hotModuleReplacement"),
            JavascriptModule = Flag(info, "javascriptModule"),
            SourceFilename = info["sourceFilename"] is JsonValue source && source.TryGetValue<string>(out var file) ? file : null,
        };
    }

    // node's calls: a loader's this.resolve / getResolve()(…) and this.loadModule. Answered first,
    // written after.
    private Action<Utf8JsonWriter> AnswerCall(JsonObject call)
    {
        var op = call["op"]?.GetValue<string>();
        var run = call["run"] is JsonValue runNode && runNode.TryGetValue<long>(out var id) ? id : -1;
        if (op is not ("resolve" or "loadModule" or "importModule") || !_active.TryGetValue(run, out var context))
        {
            var message = op is "resolve" or "loadModule" or "importModule" ? "sharpack: the loader's module is no longer being built" : $"sharpack: unknown call '{op}'";
            return writer => writer.WriteString("error", message);
        }
        var directory = call["context"]?.GetValue<string>() ?? context.Context;
        var request = call["request"]?.GetValue<string>() ?? "";
        if (op == "loadModule")
            return WriteLoaded(context.LoadModule(directory, request));
        if (op == "importModule")
            return WriteImported(context.ImportModule(directory, request, new ImportOptions(OptionalString(call["publicPath"]), OptionalString(call["baseUri"]))));
        ResolveResult result;
        try
        {
            result = context.Resolve(directory, request, call["options"] as JsonObject);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var message = $"Can't resolve '{request}' in '{directory}': {e.Message}";
            return writer => writer.WriteString("error", message);
        }
        return writer =>
        {
            switch (result.Kind)
            {
                case ResolveResultKind.Resolved:
                    writer.WriteString("result", result.FullPath);
                    break;
                case ResolveResultKind.Ignored:
                    writer.WriteBoolean("result", false);
                    break;
                case ResolveResultKind.Error:
                    writer.WriteString("error", result.Error ?? $"Can't resolve '{request}' in '{directory}'");
                    break;
                default:
                    writer.WriteString("result", result.FullPath);
                    break;
            }
        };
    }

    // this.loadModule's answer: the source (base64 when it is bytes), its map and the files it came from.
    private static Action<Utf8JsonWriter> WriteLoaded(LoadedModule loaded) => writer =>
    {
        if (loaded.Error is { } error)
        {
            writer.WriteString("error", error);
            return;
        }
        if (loaded.Bytes is { } bytes)
            writer.WriteString("base64", Convert.ToBase64String(bytes));
        else
            writer.WriteString("source", loaded.Text ?? "");
        if (loaded.SourceMap is { } map)
            writer.WriteString("sourceMap", map);
        writer.WriteString("resource", loaded.Resource);
        writer.WriteString("identifier", loaded.Identifier);
        Reporting.StatsJson.WriteStrings(writer, "fileDependencies", loaded.FileDependencies);
        Reporting.StatsJson.WriteStrings(writer, "contextDependencies", loaded.ContextDependencies);
        Reporting.StatsJson.WriteStrings(writer, "missingDependencies", loaded.MissingDependencies);
    };

    private static string? OptionalString(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    // this.importModule's answer: the modules' and runtime modules' code to run, and the files they came from.
    private static Action<Utf8JsonWriter> WriteImported(ImportedModule imported) => writer =>
    {
        if (imported.Error is { } error)
        {
            writer.WriteString("error", error);
            return;
        }
        writer.WriteString("entry", imported.EntryId);
        writer.WriteStartArray("modules");
        foreach (var module in imported.Modules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", module.Id);
            writer.WriteString("code", module.Code);
            writer.WriteString("exportsArgument", module.ExportsArgument);
            writer.WriteString("name", module.Name);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("runtime");
        foreach (var module in imported.RuntimeModules)
        {
            writer.WriteStartObject();
            writer.WriteString("name", module.Name);
            writer.WriteString("code", module.Code);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        Reporting.StatsJson.WriteStrings(writer, "fileDependencies", imported.FileDependencies);
        Reporting.StatsJson.WriteStrings(writer, "contextDependencies", imported.ContextDependencies);
        Reporting.StatsJson.WriteStrings(writer, "missingDependencies", imported.MissingDependencies);
    };
}
