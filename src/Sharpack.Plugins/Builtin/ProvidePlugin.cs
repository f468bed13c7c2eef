// Follows webpack lib/ProvidePlugin.js: a name a module uses without declaring it (`$`,
// `Buffer`, `process`, or a path such as `a.b`) becomes a dependency on the module it is provided
// by: `{ $: "jquery" }` gives the module's exports, `{ join: ["lodash", "join"] }` one export of
// them. The module's code starts with `var $ = __webpack_require__(id);` (ProvidedDependency).
// Each name taps the parser's expression hook (Parser/ProvideParserPlugin.cs).

using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Plugins.JavaScript;

namespace Sharpack.Plugins.Builtin;

/// <summary>Turns free names into module imports (webpack's ProvidePlugin).</summary>
public sealed class ProvidePlugin : IPlugin
{
    private const string Title = "Provide Plugin";
    private readonly List<(string Name, string Request, string[] Path)> _definitions = [];

    /// <summary>A plugin providing each name by its module request.</summary>
    public ProvidePlugin(IEnumerable<KeyValuePair<string, string>> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        foreach (var (name, request) in definitions)
            Add(name, request, []);
    }

    /// <summary>A plugin providing each name by a module request followed by the export path taken from it (<c>["lodash", "join"]</c>).</summary>
    public ProvidePlugin(IEnumerable<KeyValuePair<string, string[]>> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        foreach (var (name, request) in definitions)
        {
            if (request is not { Length: > 0 })
                throw new ArgumentException($"ProvidePlugin: '{name}' needs at least a module request.", nameof(definitions));
            Add(name, request[0], request[1..]);
        }
    }

    /// <summary>A plugin from a configuration's definitions: name → request, or name → [request, ...path].</summary>
    public ProvidePlugin(JsonNode? options)
    {
        if (options is not JsonObject obj)
            throw BuiltinOptions.Invalid(Title, "definitions should be an object of name → request or [request, ...path].");
        foreach (var (name, value) in obj)
        {
            JsonNode?[] parts = value is JsonArray array ? [.. array] : [value];
            var strings = new string[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                strings[i] = BuiltinOptions.Kind(parts[i]) == JsonValueKind.String
                    ? parts[i]!.GetValue<string>()
                    : throw BuiltinOptions.Invalid(Title, $"definitions.{name} should be a string or an array of strings.");
            }
            if (strings.Length == 0 || strings[0].Length == 0)
                throw BuiltinOptions.Invalid(Title, $"definitions.{name} should name a module.");
            Add(name, strings[0], strings[1..]);
        }
    }

    private void Add(string name, string request, string[] path)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(request);
        _definitions.Add((name, request, path));
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        var extensions = JavascriptParserExtensions.For(compiler);
        foreach (var (name, request, path) in _definitions)
            extensions.Provide(name, request, path);
    }
}
