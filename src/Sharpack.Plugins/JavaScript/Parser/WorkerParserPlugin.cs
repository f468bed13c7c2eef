// Follows webpack lib/dependencies/WorkerAndWorkletPlugin.js (its worker half): the syntax in
// parser.worker (by default `new Worker(…)`, `new SharedWorker(…)`,
// `navigator.serviceWorker.register(…)` and `new Worker(…)` of worker_threads' Worker) given
// `new URL("./w.js", import.meta.url)` (or import.meta.url itself) starts a worker: the module is
// the entry of an async entrypoint (its own chunk and runtime, chunks loaded by
// output.workerChunkLoading), named by webpackChunkName or the options' `name`, whose runtime is
// named by a hash of the module and the worker's index in it; webpackEntryOptions sets any entry
// option (filename, runtime, chunkLoading, asyncChunks…). The options' `type` becomes
// "module" for module output, else undefined (classic workers load classic chunks).

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Core.Options;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;
using Sharpack.Plugins.JavaScript.Dependencies.Worker;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary><c>new Worker(new URL("./w.js", import.meta.url))</c>.</summary>
public static class WorkerParserPlugin
{
    private const string Name = "WorkerPlugin";

    /// <summary>webpack's WORKER_DEFAULT_SYNTAX, what <c>"..."</c> in parser.worker stands for.</summary>
    public static IReadOnlyList<string> DefaultSyntax { get; } = ["Worker", "SharedWorker", "navigator.serviceWorker.register()", "Worker from worker_threads"];

    /// <summary>Taps <paramref name="hooks"/> for the default syntax and every item the configuration's parser.worker lists.</summary>
    public static void Apply(JavascriptParserHooks hooks, SharpackOptions options)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        ArgumentNullException.ThrowIfNull(options);
        var items = new List<string>(DefaultSyntax);
        foreach (var type in (string[])["javascript", "javascript/auto", "javascript/esm"])
        {
            if (options.Parser.TryGetValue(type, out var parser)) AddItems(items, parser);
        }
        AddRuleItems(items, options.Rules);
        foreach (var item in items)
            Tap(hooks, item);
    }

    // A rule's parser.worker may name syntax of its own; each module then checks its own list.
    private static void AddRuleItems(List<string> items, IReadOnlyList<ModuleRule> rules)
    {
        foreach (var rule in rules)
        {
            if (rule.Parser is { } parser) AddItems(items, parser);
            AddRuleItems(items, rule.Rules);
            AddRuleItems(items, rule.OneOf);
        }
    }

    private static void AddItems(List<string> items, System.Text.Json.Nodes.JsonObject parser)
    {
        if (parser["worker"] is not System.Text.Json.Nodes.JsonArray list)
            return;
        foreach (var item in list)
        {
            if (item is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) && text != "..." && !items.Contains(text)) items.Add(text);
        }
    }

    private static void Tap(JavascriptParserHooks hooks, string item)
    {
        var from = item.IndexOf(" from ", StringComparison.Ordinal);
        if (from > 0)
        {
            // `Worker from worker_threads`: a `new` (or, with "()", a call) of an imported binding.
            var imported = item[..from].Trim();
            var call = imported.EndsWith("()", StringComparison.Ordinal);
            if (call) imported = imported[..^2];
            var source = item[(from + 6)..].Trim();
            if (call)
            {
                hooks.Call.For(EsmImportParserPlugin.SpecifierTag).Tap(Name, (parser, expression) =>
                    ImportedBinding(parser, expression.Callee, imported, source) && Enabled(parser, item) ? Handle(parser, expression, expression.Arguments, null, item) : null);
            }
            else
            {
                hooks.New.For(EsmImportParserPlugin.SpecifierTag).Tap(Name, (parser, expression) =>
                    ImportedBinding(parser, expression.Callee, imported, source) && Enabled(parser, item) ? Handle(parser, expression, expression.Arguments, null, item) : null);
            }
            return;
        }
        if (item.StartsWith('*') && item.Contains('.') && item.EndsWith("()", StringComparison.Ordinal))
        {
            // `*variable.member()`: a call of that member chain on a variable of that name.
            var path = item[..^2];
            var root = path[..path.IndexOf('.')];
            hooks.CallMemberChain.For(root).Tap(Name, (parser, expression, chain) =>
                chain == path && Enabled(parser, item) ? Handle(parser, expression, expression.Arguments, null, item) : null);
            return;
        }
        if (item.StartsWith('*'))
            return;
        if (item.EndsWith("()", StringComparison.Ordinal))
        {
            hooks.Call.For(item[..^2]).Tap(Name, (parser, expression) => Enabled(parser, item) ? Handle(parser, expression, expression.Arguments, null, item) : null);
            return;
        }
        var isGlobalWorker = item == "Worker";
        hooks.New.For(item).Tap(Name, (parser, expression) =>
            Enabled(parser, item) ? Handle(parser, expression, expression.Arguments, isGlobalWorker ? expression.Callee : null, item) : null);
    }

    // The module's parser.worker lists the item (or "..." and the item is a default).
    private static bool Enabled(JavascriptParser parser, string item)
    {
        if (parser.ParserOptions.Worker is not { } syntax)
            return false;
        foreach (var entry in syntax)
        {
            if (entry == item || (entry == "..." && DefaultSyntax.Contains(item))) return true;
        }
        return false;
    }

    private static bool ImportedBinding(JavascriptParser parser, Node callee, string name, string source) =>
        callee is Identifier { Symbol: >= 0 } identifier && parser.GetTag(identifier.Symbol) is { Tag: EsmImportParserPlugin.SpecifierTag, Data: EsmImportBinding binding }
        && binding.Name == name && binding.Import.Request == source;

    private static bool? Handle(JavascriptParser parser, Node expression, Node[] arguments, Node? globalConstructor, string syntax)
    {
        if (arguments.Length is 0 or > 2 || arguments[0] is SpreadElement || (arguments.Length == 2 && arguments[1] is SpreadElement))
            return null;
        var first = arguments[0];
        var options = arguments.Length == 2 ? arguments[1] : null;
        if (WorkerUrl(parser, first) is not var (request, start, end, needNewUrl))
            return null;
        var magic = parser.ParseCommentOptions(expression);
        if (magic.TryGetValue("webpackIgnore", out var ignore))
        {
            if (ignore.Boolean is not { } ignored)
                parser.Result.Warnings.Add(parser.Warning(expression.Start, $"`webpackIgnore` expected a boolean, but received: {ignore}."));
            else if (ignored)
                return null;
        }
        string? name = null;
        IReadOnlyDictionary<string, MagicValue>? entryOptions = null;
        if (magic.TryGetValue("webpackEntryOptions", out var entryValue))
        {
            if (entryValue.Object is { } given)
            {
                entryOptions = given;
                if (given.TryGetValue("name", out var givenName) && givenName.String is { } text) name = text;
            }
            else
            {
                parser.Result.Warnings.Add(parser.Warning(expression.Start, $"`webpackEntryOptions` expected a object, but received: {entryValue}."));
            }
        }
        if (magic.TryGetValue("webpackChunkName", out var chunkName))
        {
            if (chunkName.String is { } text) name = text;
            else parser.Result.Warnings.Add(parser.Warning(expression.Start, $"`webpackChunkName` expected a string, but received: {chunkName}."));
        }
        var properties = options as ObjectExpression;
        Property? typeProperty = null;
        // webpack keeps `type: false` as written (options.type !== false); any other type is replaced.
        var keepType = false;
        var spread = false;
        if (properties is not null)
        {
            foreach (var element in properties.Properties)
            {
                if (element is SpreadElement) { spread = true; continue; }
                if (element is not Property { Computed: false, Method: false, Key: Identifier key } property) continue;
                if (key.Name == "name" && name is null && !property.Shorthand && parser.EvaluateExpression(property.Value)?.AsString() is { } workerName)
                    name = workerName;
                if (key.Name == "type")
                {
                    typeProperty = property;
                    keepType = property.Value is Literal { Kind: LiteralKind.Boolean, BooleanValue: false };
                }
            }
        }
        var output = parser.Options.Output;
        // webpack: { chunkLoading, wasmLoading, ...webpackEntryOptions, worker: true }, a runtime of its own unless given.
        string? Option(string key) => entryOptions is not null && entryOptions.TryGetValue(key, out var value) ? value.String : null;
        string? Loading(string key, string? fallback) =>
            entryOptions is not null && entryOptions.TryGetValue(key, out var value) ? value.Boolean == false ? "" : value.String ?? fallback : fallback;
        var entry = new EntryDescription
        {
            Name = name ?? "",
            Imports = [],
            ChunkLoading = Loading("chunkLoading", output.WorkerChunkLoading ?? ""),
            WasmLoading = Loading("wasmLoading", output.WorkerWasmLoading),
            Runtime = Option("runtime") ?? RuntimeName(parser),
            Filename = Option("filename"),
            PublicPath = Option("publicPath"),
            BaseUri = Option("baseUri"),
            AsyncChunks = entryOptions is not null && entryOptions.TryGetValue("asyncChunks", out var asyncChunks) ? asyncChunks.Boolean : null,
            Worker = true,
        };
        var block = new AsyncDependenciesBlock(new ChunkGroupOptions(name) { EntryOptions = entry }, request, expression.Start) { End = expression.End };
        var dependency = new WorkerDependency(request, block)
        {
            Start = start,
            End = end,
            NeedNewUrl = needNewUrl,
            PublicPath = output.WorkerPublicPath,
            ConstructorStart = globalConstructor?.Start ?? -1,
            ConstructorEnd = globalConstructor?.End ?? 0,
        };
        parser.AddBlock(block);
        parser.AddToBlock(block, dependency);
        // output.trustedTypes: the worker's URL goes through the policy (webpack's CreateScriptUrlDependency).
        if (output.TrustedTypes is not null)
        {
            parser.Replace(first.Start, first.Start, "__webpack_require__.tu(", RuntimeGlobals.CreateScriptUrl);
            parser.Replace(first.End, first.End, ")");
        }
        // The worker's `type`: module chunks for module output, classic scripts otherwise.
        var type = output.Module ? "\"module\"" : "undefined";
        if (typeProperty is not null)
        {
            if (!keepType)
                parser.Replace(typeProperty.Value.Start, typeProperty.Value.End, type);
        }
        else if (properties is not null)
        {
            if (properties.Properties.Length > 0 && (output.Module || spread))
                parser.Replace(properties.Properties[^1].End, properties.Properties[^1].End, ", type: " + type);
        }
        else if (options is not null)
        {
            var environment = output.Environment;
            var prefix = environment.Spread ? "{ ...(" : "Object.assign({}, ";
            var suffix = environment.Spread ? "), type: " + type + " }" : ", { type: " + type + " })";
            // A SharedWorker's options may be its name, a string: kept one (webpack 5.112).
            if (syntax == "SharedWorker" || syntax.EndsWith(".SharedWorker", StringComparison.Ordinal))
            {
                if (options is Literal { Kind: LiteralKind.String })
                {
                    prefix = output.Module ? "{ name: " : "";
                    suffix = output.Module ? ", type: " + type + " }" : "";
                }
                else
                {
                    var stringOptions = output.Module ? "{ name: options, type: " + type + " }" : "options";
                    var body = "typeof options === \"string\" ? " + stringOptions + " : " + prefix + "options" + suffix;
                    prefix = "(" + Runtime.FunctionSyntax.Returning(body, environment.ArrowFunction, "options") + ")((";
                    suffix = "))";
                }
            }
            if (prefix.Length > 0)
            {
                parser.Replace(options.Start, options.Start, prefix);
                parser.Replace(options.End, options.End, suffix);
            }
        }
        else if (output.Module)
        {
            parser.Replace(first.End, first.End, ", { type: \"module\" }");
        }
        if (expression is NewExpression newExpression)
            parser.Walk(newExpression.Callee);
        else if (expression is CallExpression call)
            parser.Walk(call.Callee);
        if (properties is not null)
        {
            foreach (var element in properties.Properties)
            {
                if (element is Property { Key: Identifier { Name: "type" } } && !keepType) continue;
                if (element is Property { Computed: false } property) parser.Walk(property.Value);
                else parser.Walk(element);
            }
        }
        else if (options is not null)
        {
            parser.Walk(options);
        }
        return true;
    }

    // webpack's resolveWorkerUrl: `import.meta.url` itself (the module starts itself), or
    // `new URL("./w.js", import.meta.url)` / `new URL(import.meta.url)`; the range replaced is
    // the URL's arguments (or import.meta.url).
    private static (string Request, int Start, int End, bool NeedNewUrl)? WorkerUrl(JavascriptParser parser, Node argument)
    {
        var metaUrl = parser.ParserOptions.IsImportMetaFieldEnabled("url");
        if (metaUrl && UrlParserPlugin.IsImportMetaUrl(argument))
            return (ModuleUrl(parser), argument.Start, argument.End, true);
        if (argument is not NewExpression { Callee: Identifier { Name: "URL", Symbol: -1 } } url)
            return null;
        if (url.Arguments is [var only] && metaUrl && UrlParserPlugin.IsImportMetaUrl(only))
            return (ModuleUrl(parser), only.Start, only.End, false);
        if (url.Arguments is [not SpreadElement and var request, var @base] && metaUrl && UrlParserPlugin.IsImportMetaUrl(@base)
            && parser.EvaluateExpression(request)?.AsString() is { } value)
            return (value, request.Start, @base.End, false);
        return null;
    }

    private static string ModuleUrl(JavascriptParser parser) => new Uri(Module.ResourcePathOf(parser.Module.Resource)).AbsoluteUri;

    // webpack's ensureRuntime: each worker its own runtime, named by a hash of the module's
    // identifier (relative to the context) and the worker's index in the module.
    private static string RuntimeName(JavascriptParser parser)
    {
        var index = parser.WorkerIndex++;
        var output = parser.Options.Output;
        var hash = Core.Hashing.Hash.Create(output);
        hash.Append(RequestShortener.ShortenRequest(parser.Options.Context, parser.Module.Identifier) + "|" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var digest = hash.Digest(output.HashDigest);
        return digest.Length > output.HashDigestLength ? digest[..output.HashDigestLength] : digest;
    }
}
