// Follows webpack lib/DefinePlugin.js: free names and dotted paths in the modules' code are
// replaced by code. A string is code as written (`JSON.stringify("x")` for a string value);
// numbers, booleans and null are their literals, a RegExp its literal; an object defines each of
// its paths (`process.env.API`) and itself as an object literal of its values' code. A runtime
// value (DefinePlugin.runtimeValue) is a JavaScript function asked for the code at each use, through
// the configuration's function host, and so is any object that holds one.
// Each top-level definition goes, as a DefineValue tree, to Parser/DefineParserPlugin.cs (through
// JavascriptParserExtensions, which keeps webpack's order: the `define` option's definitions come
// first; between plugins, the first to define a name wins), which taps the parser for it and each
// of its paths and merges it with every other plugin's definitions (DefineDefinitions), so
// `"process.env.A"` here and `"process.env": { B }` elsewhere make one `process.env` object.

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Options;
using Sharpack.Plugins.JavaScript;
using Sharpack.Plugins.JavaScript.Parser;

namespace Sharpack.Plugins.Builtin;

/// <summary>Replaces free names and paths by code at build time (webpack's DefinePlugin).</summary>
public sealed class DefinePlugin : IPlugin
{
    private const string Title = "Define Plugin";
    private readonly List<KeyValuePair<string, string>> _definitions = [];
    // The top-level definitions as given: DefineParserPlugin walks an object's paths itself.
    private readonly List<KeyValuePair<string, DefineValue>> _values = [];

    /// <summary>A plugin that defines each key (a name or dotted path) as its code.</summary>
    public DefinePlugin(IEnumerable<KeyValuePair<string, string>> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        foreach (var (key, code) in definitions)
        {
            ArgumentException.ThrowIfNullOrEmpty(key);
            ArgumentNullException.ThrowIfNull(code);
            _definitions.Add(new(key, code));
            _values.Add(new(key, DefineValue.OfCode(code)));
        }
    }

    /// <summary>A plugin from a configuration's definitions: an object of code strings, literals and nested objects.</summary>
    public DefinePlugin(JsonNode? options) : this(options, null)
    {
    }

    /// <summary>
    /// A plugin from a configuration's definitions, where a value may be a runtime value
    /// (<c>{"__runtimeValue": {fn, options}}</c>, from <c>DefinePlugin.runtimeValue</c>) whose function
    /// <paramref name="functions"/> calls for each module that uses it.
    /// </summary>
    public DefinePlugin(JsonNode? options, IJsFunctionHost? functions)
    {
        if (options is not JsonObject obj)
            throw BuiltinOptions.Invalid(Title, "definitions should be an object.");
        _functions = functions;
        Walk(obj, "");
        foreach (var (key, value) in obj)
            _values.Add(new(key, ToValue(value)));
    }

    private readonly IJsFunctionHost? _functions;

    /// <summary>The definitions, name → code, in the order given (nested objects flattened); runtime values are not among them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Definitions => _definitions;

    // webpack's walkDefinitions: an object (not a RegExp) defines its paths, then itself. A value
    // that is or holds a runtime value has no code until a module uses it.
    private void Walk(JsonObject obj, string prefix)
    {
        foreach (var (key, value) in obj)
        {
            if (value is JsonObject nested && !BuiltinOptions.IsRegExp(nested) && !IsRuntimeValue(nested))
                Walk(nested, prefix + key + ".");
            if (HoldsRuntimeValue(value))
                CheckRuntimeValues(value, prefix + key);
            else
                _definitions.Add(new(prefix + key, ToCode(value)));
        }
    }

    private static bool IsRuntimeValue(JsonNode? node) => node is JsonObject { Count: 1 } obj && obj["__runtimeValue"] is JsonObject;

    private static bool HoldsRuntimeValue(JsonNode? node) => node switch
    {
        JsonObject obj when IsRuntimeValue(obj) => true,
        JsonObject obj => obj.Any(item => HoldsRuntimeValue(item.Value)),
        JsonArray array => array.Any(HoldsRuntimeValue),
        _ => false,
    };

    // Resolves every runtime value's function now, so a configuration without JavaScript beside it fails as the plugin is made.
    private void CheckRuntimeValues(JsonNode? node, string key)
    {
        if (IsRuntimeValue(node))
            BuiltinOptions.Function(node!["__runtimeValue"]!["fn"], _functions, Title, $"definitions.{key}");
        else if (node is JsonObject obj)
            foreach (var (_, item) in obj) CheckRuntimeValues(item, key);
        else if (node is JsonArray array)
            foreach (var item in array) CheckRuntimeValues(item, key);
    }

    // A configuration's value as the parser keeps it: objects and arrays stay trees (their paths
    // are definitions too, and whole-object reads merge other plugins' dotted keys into them).
    private DefineValue ToValue(JsonNode? value)
    {
        if (IsRuntimeValue(value))
        {
            var runtimeValue = (JsonObject)value!["__runtimeValue"]!;
            return DefineValue.OfRuntime((parser, key) => RuntimeCode(parser, key, runtimeValue));
        }
        if (value is JsonObject obj && !BuiltinOptions.IsRegExp(obj))
        {
            var properties = new List<KeyValuePair<string, DefineValue>>(obj.Count);
            foreach (var (key, item) in obj)
                properties.Add(new(key, ToValue(item)));
            return DefineValue.OfObject(properties);
        }
        if (value is JsonArray array)
        {
            var items = new List<DefineValue>(array.Count);
            foreach (var item in array)
                items.Add(ToValue(item));
            return DefineValue.OfArray(items);
        }
        return DefineValue.OfCode(ToCode(value));
    }

    /// <summary>Follows webpack's toCode for data a configuration can carry (a runtime value's answer too).</summary>
    internal static string ToCode(JsonNode? value)
    {
        switch (BuiltinOptions.Kind(value))
        {
            case JsonValueKind.Null:
                return "null";
            case JsonValueKind.String:
                return value!.GetValue<string>();
            case JsonValueKind.Array:
                return "[" + string.Join(",", ((JsonArray)value!).Select(ToCode)) + "]";
            case JsonValueKind.Object when BuiltinOptions.IsRegExp(value):
                return BuiltinOptions.RegExpText(value!);
            case JsonValueKind.Object:
                var builder = new StringBuilder("Object({");
                var first = true;
                foreach (var (key, item) in (JsonObject)value!)
                {
                    if (!first) builder.Append(',');
                    first = false;
                    builder.Append(CodeGenerationContext.JsonString(key)).Append(':').Append(ToCode(item));
                }
                return builder.Append("})").ToString();
            default:
                return value!.ToJsonString();
        }
    }

    // Follows webpack's RuntimeValue.exec: options true make the module uncacheable, listed
    // dependencies become the module's; then fn({ module, key, version }) answers a value whose code
    // (toCode) replaces the use. The module crosses as what JSON carries of it.
    private string RuntimeCode(JavascriptParser parser, string key, JsonObject runtimeValue)
    {
        var function = _functions!.Resolve(runtimeValue["fn"])!;
        var module = parser.Module;
        var options = runtimeValue["options"];
        if (BuiltinOptions.Kind(options) == JsonValueKind.True)
        {
            module.BuildInfo.Cacheable = false;
        }
        else if (options is JsonObject dependencies)
        {
            foreach (var path in Strings(dependencies["fileDependencies"])) module.BuildInfo.AddFileDependency(path);
            foreach (var path in Strings(dependencies["contextDependencies"])) module.BuildInfo.AddContextDependency(path);
            foreach (var path in Strings(dependencies["missingDependencies"])) module.BuildInfo.AddMissingDependency(path);
            foreach (var path in Strings(dependencies["buildDependencies"])) module.BuildInfo.AddBuildDependency(path);
        }
        var argument = new JsonObject
        {
            ["module"] = new JsonObject
            {
                ["resource"] = module.Resource,
                ["request"] = module.Identifier,
                ["userRequest"] = module.UserRequest,
                ["type"] = module.Type,
                ["context"] = module.Directory,
                ["layer"] = module.Layer,
            },
            ["key"] = key,
        };
        return ToCode(function.Call(argument));
    }

    private static IEnumerable<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()) : [];

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        var extensions = JavascriptParserExtensions.For(compiler);
        foreach (var (key, value) in _values)
            extensions.Define(key, value);
    }
}
