// Follows webpack lib/DefinePlugin.js: free names and dotted paths in the modules' code are
// replaced by code. A string is code as written (`JSON.stringify("x")` for a string value);
// numbers, booleans and null are their literals, a RegExp its literal; an object defines each of
// its paths (`process.env.API`) and itself as an object literal of its values' code.
// Each definition taps the parser's expression hook for its name (Parser/DefineParserPlugin.cs,
// through JavascriptParserExtensions, which keeps webpack's order: the `define` option's
// definitions come first; between plugins, the first to define a name wins).

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.CodeGeneration;
using Sharpack.Plugins.JavaScript;

namespace Sharpack.Plugins.Builtin;

/// <summary>Replaces free names and paths by code at build time (webpack's DefinePlugin).</summary>
public sealed class DefinePlugin : IPlugin
{
    private const string Title = "Define Plugin";
    private readonly List<KeyValuePair<string, string>> _definitions = [];

    /// <summary>A plugin that defines each key (a name or dotted path) as its code.</summary>
    public DefinePlugin(IEnumerable<KeyValuePair<string, string>> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        foreach (var (key, code) in definitions)
        {
            ArgumentException.ThrowIfNullOrEmpty(key);
            ArgumentNullException.ThrowIfNull(code);
            _definitions.Add(new(key, code));
        }
    }

    /// <summary>A plugin from a configuration's definitions: an object of code strings, literals and nested objects.</summary>
    public DefinePlugin(JsonNode? options)
    {
        if (options is not JsonObject obj)
            throw BuiltinOptions.Invalid(Title, "definitions should be an object.");
        Walk(obj, "");
    }

    /// <summary>The definitions, name → code, in the order given (nested objects flattened).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Definitions => _definitions;

    // webpack's walkDefinitions: an object (not a RegExp) defines its paths, then itself.
    private void Walk(JsonObject obj, string prefix)
    {
        foreach (var (key, value) in obj)
        {
            if (value is JsonObject nested && !BuiltinOptions.IsRegExp(nested))
                Walk(nested, prefix + key + ".");
            _definitions.Add(new(prefix + key, ToCode(value)));
        }
    }

    /// <summary>Follows webpack's toCode for data a configuration can carry.</summary>
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

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        var extensions = JavascriptParserExtensions.For(compiler);
        foreach (var (key, code) in _definitions)
            extensions.Define(key, code);
    }
}
