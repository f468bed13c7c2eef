// Follows webpack lib/EnvironmentPlugin.js: `process.env.KEY` (and `import.meta.env.KEY`) for each
// key becomes the JSON string of the build's environment variable, or of its default. A key with
// neither is an error of the compilation (EnvVariableNotDefinedError) and the use becomes undefined.

using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Stats;
using Sharpack.Plugins.JavaScript;

namespace Sharpack.Plugins.Builtin;

/// <summary>Defines <c>process.env.KEY</c> from the build's environment (webpack's EnvironmentPlugin).</summary>
public sealed class EnvironmentPlugin : IPlugin
{
    private const string Title = "Environment Plugin";
    private readonly List<string> _keys = [];
    // Code of each key's default (its JSON); a key without one must be in the environment.
    private readonly Dictionary<string, string> _defaults = new(StringComparer.Ordinal);

    /// <summary>Defines each key from the environment; a missing one is an error.</summary>
    public EnvironmentPlugin(params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys.AddRange(keys);
    }

    /// <summary>Defines each key from the environment, or from its default (a string; null: none, the key must be set).</summary>
    public EnvironmentPlugin(IReadOnlyDictionary<string, string?> defaultValues)
    {
        ArgumentNullException.ThrowIfNull(defaultValues);
        foreach (var (key, value) in defaultValues)
        {
            _keys.Add(key);
            if (value is not null)
                _defaults[key] = CodeGenerationContext.JsonString(value);
        }
    }

    /// <summary>
    /// A plugin from a configuration: the keys (a string or an array of strings), or an object of
    /// defaults (any JSON value; <c>{"__undefined": true}</c>, the config loader's undefined, for none).
    /// </summary>
    public EnvironmentPlugin(JsonNode? options)
    {
        switch (options)
        {
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                _keys.Add(value.GetValue<string>());
                break;
            case JsonArray array:
                foreach (var item in array)
                    _keys.Add(BuiltinOptions.String(item, Title, "keys[]") ?? throw BuiltinOptions.Invalid(Title, "keys should be strings."));
                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    _keys.Add(key);
                    if (!(value is JsonObject marker && marker.Count == 1 && BuiltinOptions.Kind(marker["__undefined"]) == JsonValueKind.True))
                        _defaults[key] = BuiltinOptions.Kind(value) == JsonValueKind.String ? CodeGenerationContext.JsonString(value!.GetValue<string>()) : value?.ToJsonString() ?? "null";
                }
                break;
            default:
                throw BuiltinOptions.Invalid(Title, "options should be the keys (strings) or an object of default values.");
        }
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        var extensions = JavascriptParserExtensions.For(compiler);
        compiler.Hooks.ThisCompilation.Tap("EnvironmentPlugin", (compilation, _) =>
        {
            foreach (var key in _keys)
            {
                var value = Environment.GetEnvironmentVariable(key) is { } set ? CodeGenerationContext.JsonString(set) : _defaults.GetValueOrDefault(key);
                if (value is null)
                {
                    compilation.Errors.Add(new BuildDiagnostic(
                        $"EnvVariableNotDefinedError: EnvironmentPlugin - {key} environment variable is undefined.\n\n" +
                        "You can pass an object with default values to suppress this warning.\n" +
                        "See https://webpack.js.org/plugins/environment-plugin for example."));
                }
                extensions.Define("process.env." + key, value ?? "undefined");
                extensions.Define("import.meta.env." + key, value ?? "undefined");
            }
        });
    }
}
