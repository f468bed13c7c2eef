// Follows webpack lib/ExternalsPlugin.js and ExternalModuleFactoryPlugin.js (the externals
// option): on the normal module factory's factorize hook, a request the externals name becomes an
// ExternalModule instead of being resolved. A string names one request; a RegExp matches
// requests (the request is the value); an object maps requests to values (true: the request;
// false: not external; a string, maybe prefixed by its type, "commonjs lodash"; an array: the
// module then properties; an object: one value per type, { root, commonjs, commonjs2, amd });
// a function answers through the configuration's node process; an array tries each in order.

using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Make;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;

namespace Sharpack.Plugins.Externals;

/// <summary>Modules the environment provides, named by the <c>externals</c> option (webpack's ExternalsPlugin).</summary>
/// <param name="type">The type of an external whose value names none (webpack's externalsType).</param>
/// <param name="externals">The externals, as the configuration gives them.</param>
/// <param name="functions">Calls the configuration's functions, or null when it has none.</param>
public sealed class ExternalsPlugin(string type, JsonNode externals, IJsFunctionHost? functions = null) : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.NormalModuleFactory.Tap("ExternalsPlugin", factory =>
            factory.Hooks.Factorize.Tap("ExternalsPlugin", data => Handle(externals, data)));
    }

    private Module? Handle(JsonNode? node, ResolveData data)
    {
        var request = data.Request;
        // A context element's request is relative to the context's folder (`./a.js`); externals
        // are written against what the user wrote (`#configs/a.js`), and match either.
        var original = OriginalRequest(data);
        switch (node)
        {
            case JsonArray items:
                foreach (var item in items)
                {
                    if (Handle(item, data) is { } module)
                        return module;
                }
                return null;
            case JsonValue when Builtin.BuiltinOptions.Kind(node) == JsonValueKind.String:
                var name = node.GetValue<string>();
                return name == request || name == original || name == NodeTargetPlugin.AlternateCoreModuleRequest(request) ? External(JsonValue.Create(original), null) : null;
            case JsonObject obj when obj.Count == 1 && obj["__regexp"] is JsonObject:
                var regExp = RegExpOf(obj);
                return regExp.IsMatch(request) || (!ReferenceEquals(original, request) && regExp.IsMatch(original))
                    ? External(JsonValue.Create(original), null)
                    : null;
            case JsonObject handle when JsFunction.IsHandle(handle):
                return CallFunction(handle, data, original);
            case JsonObject layered when layered.ContainsKey("byLayer"):
                return Handle(ResolveLayer(layered, data.IssuerLayer), data);
            case JsonObject obj:
                return obj.TryGetPropertyValue(request, out var value) ? External(value, null, original)
                    : !ReferenceEquals(original, request) && obj.TryGetPropertyValue(original, out value) ? External(value, null, original)
                    // webpack's getAlternateCoreModuleRequest: "node:fs" matches a key "fs", and "fs" a key "node:fs".
                    : NodeTargetPlugin.AlternateCoreModuleRequest(request) is { } alternate && obj.TryGetPropertyValue(alternate, out value) ? External(value, null, original)
                    : null;
            default:
                return null;
        }
    }

    // webpack's resolveLayer: the object without byLayer, with the layer's externals merged over it
    // (byLayer[layer], or byLayer(layer) for a function); once per object and layer.
    private JsonObject ResolveLayer(JsonObject obj, string? layer)
    {
        var key = layer ?? "\0none";
        lock (_byLayer)
        {
            if (_byLayer.TryGetValue(obj, out var cached) && cached.TryGetValue(key, out var known))
                return known;
        }
        var result = new JsonObject();
        foreach (var (name, value) in obj)
        {
            if (name != "byLayer")
                result[name] = value?.DeepClone();
        }
        var byLayer = obj["byLayer"];
        JsonNode? layerExternals = null;
        if (byLayer is not null && JsFunction.IsHandle(byLayer))
        {
            var function = functions?.Resolve(byLayer)
                ?? throw new InvalidOperationException("configuration.externals holds a byLayer function, and no JavaScript runs beside this build to call it.");
            layerExternals = function.Call(layer is null ? null : JsonValue.Create(layer));
        }
        else if (byLayer is JsonObject layers && layer is not null)
        {
            layerExternals = layers[layer];
        }
        if (layerExternals is JsonObject extra)
        {
            foreach (var (name, value) in extra)
                result[name] = value?.DeepClone();
        }
        lock (_byLayer)
        {
            if (!_byLayer.TryGetValue(obj, out var cached))
                _byLayer.Add(obj, cached = new Dictionary<string, JsonObject>(StringComparer.Ordinal));
            cached[key] = result;
        }
        return result;
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<JsonObject, Dictionary<string, JsonObject>> _byLayer = [];

    private static string OriginalRequest(ResolveData data) =>
        data.Dependency is JavaScript.Dependencies.Misc.ModuleIncludeDependency { ContextRequest: not null } element
            && element.Request == data.Request
            && element.OriginalRequest is var original && original != data.Request
            ? original
            : data.Request;

    private Module? CallFunction(JsonNode handle, ResolveData data, string original)
    {
        var function = functions?.Resolve(handle)
            ?? throw new InvalidOperationException("configuration.externals holds a function, and no JavaScript runs beside this build to call it.");
        // The function may resolve requests through getResolve() before it answers.
        var answer = function.CallWithCallbacks(args => ResolveForFunction(data, args), new JsonObject
        {
            ["context"] = data.Context,
            ["request"] = data.Request,
            ["originalRequest"] = original,
            ["dependencyType"] = data.Dependency.Category.Name(),
            ["contextInfo"] = new JsonObject { ["issuer"] = data.Issuer?.Resource ?? "", ["issuerLayer"] = data.IssuerLayer },
        });
        if (answer is not JsonObject result || result["result"] is not { } value)
            return null;
        var answeredType = result["type"] is JsonValue typeValue && typeValue.GetValueKind() == JsonValueKind.String ? typeValue.GetValue<string>() : null;
        return External(value, answeredType, original);
    }

    // An externals function's getResolve()(context, request): the resolved path with its parts,
    // false when the request is ignored (resolve.alias to false), an error when it cannot be resolved.
    private static JsonNode? ResolveForFunction(ResolveData data, JsonNode? args)
    {
        if (args is not JsonObject call || call["op"]?.GetValue<string>() != "resolve")
            throw new InvalidOperationException("sharpack: an externals function called back for something it cannot answer");
        var resolve = data.ResolveWith ?? throw new InvalidOperationException("sharpack: no resolver is available to this externals function");
        var context = call["context"] is JsonValue contextValue && contextValue.TryGetValue<string>(out var folder) ? folder : data.Context;
        var request = call["request"] is JsonValue requestValue && requestValue.TryGetValue<string>(out var text) ? text : "";
        var result = resolve(context, request, call["options"] as JsonObject);
        return result.Kind switch
        {
            // With the parts enhanced-resolve's callback gets as its request object.
            Sharpack.Resolver.ResolveResultKind.Resolved => new JsonObject
            {
                ["result"] = result.FullPath,
                ["path"] = result.Path,
                ["query"] = result.Query,
                ["fragment"] = result.Fragment,
                ["descriptionFilePath"] = result.DescriptionFile?.Path,
            },
            Sharpack.Resolver.ResolveResultKind.Ignored => JsonValue.Create(false),
            _ => throw new InvalidOperationException(result.Error ?? $"Can't resolve '{request}' in '{context}'"),
        };
    }

    // webpack's handleExternal: false is no external, true the request itself; a string may name
    // its type before a space; an object picks the value for the type; { external, sideEffects }
    // says whether importing it has side effects.
    private ExternalModule? External(JsonNode? value, string? answeredType, string? request = null)
    {
        // webpack's options form, { external, sideEffects }: the target under `external` (an object
        // with other keys too is a record of types, whose `external` key is a type).
        bool? sideEffects = null;
        if (value is JsonObject withOptions && withOptions.ContainsKey("external") && IsOptionsForm(withOptions))
        {
            sideEffects = Builtin.BuiltinOptions.Kind(withOptions["sideEffects"]) switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => null,
            };
            value = withOptions["external"];
        }
        return Target(value, answeredType, request, sideEffects);
    }

    private static bool IsOptionsForm(JsonObject obj)
    {
        foreach (var (key, _) in obj)
        {
            if (key is not ("external" or "sideEffects"))
                return false;
        }
        return true;
    }

    private ExternalModule? Target(JsonNode? value, string? answeredType, string? request, bool? sideEffects)
    {
        var kind = Builtin.BuiltinOptions.Kind(value);
        if (kind == JsonValueKind.False || value is null)
            return null;
        if (kind == JsonValueKind.True)
            value = JsonValue.Create(request ?? "");
        var externalType = answeredType ?? type;
        if (value is JsonObject perType)
        {
            // webpack keeps the whole record: the module reads request[externalType], a library
            // wrapper (umd) reads each module system's value.
            var record = new Dictionary<string, ExternalRequest>(StringComparer.Ordinal);
            string? interop = null;
            foreach (var (key, item) in perType)
            {
                // webpack's reserved `interop` key: how the external's exports meet ES imports.
                if (key == "interop")
                {
                    interop = item is JsonValue interopValue && interopValue.TryGetValue<string>(out var text) ? text : null;
                    continue;
                }
                // Other keys (webpack's newer sideEffects, interop…) are not requests.
                if (item is null || Builtin.BuiltinOptions.Kind(item) is not (JsonValueKind.String or JsonValueKind.Array))
                    continue;
                record[key] = new ExternalRequest(Parts(item), item is JsonArray);
            }
            var chosen = record.TryGetValue(externalType, out var own) ? own : null;
            return new ExternalModule(externalType, chosen?.Parts ?? [], chosen?.IsArray ?? false, record, interop, sideEffects);
        }
        var parts = Parts(value);
        if (answeredType is null && parts.Count > 0 && TypePrefix(parts[0]) is { } prefix)
        {
            externalType = prefix;
            parts[0] = parts[0][(prefix.Length + 1)..];
        }
        return new ExternalModule(externalType, parts, value is JsonArray, null, sideEffects: sideEffects);
    }

    private static List<string> Parts(JsonNode value) => value is JsonArray array
        ? [.. array.Select(static part => part is JsonValue text && text.TryGetValue<string>(out var s) ? s : "")]
        : [value is JsonValue single && single.TryGetValue<string>(out var s) ? s : ""];

    // "commonjs lodash": a type made of lowercase letters, digits and dashes, then a space.
    private static string? TypePrefix(string value)
    {
        var space = value.IndexOf(' ');
        if (space <= 0)
            return null;
        foreach (var c in value.AsSpan(0, space))
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
                return null;
        }
        return value[..space];
    }

    // PERF: each RegExp is translated once, not per request.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<JsonObject, System.Text.RegularExpressions.Regex> _regExps = new(ReferenceEqualityComparer.Instance);

    private System.Text.RegularExpressions.Regex RegExpOf(JsonObject regexp) => _regExps.GetOrAdd(regexp, Translate);

    private static System.Text.RegularExpressions.Regex Translate(JsonObject regexp)
    {
        var source = regexp["__regexp"]!["source"]?.GetValue<string>() ?? "";
        var flags = regexp["__regexp"]!["flags"]?.GetValue<string>() ?? "";
        var pattern = JsRegExpTranslator.Translate(source, flags, out var error)
            ?? throw new InvalidOperationException($"configuration.externals: /{source}/{flags} cannot be used by sharpack: {error}");
        return new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }
}
