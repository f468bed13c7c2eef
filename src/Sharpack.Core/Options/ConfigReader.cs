// Reads typed values out of a raw configuration (a JsonNode tree) and records every problem
// with the option's path (`configuration.output.filename`), so normalization reports all errors
// at once. JSON null counts as "not set"; RegExp values arrive as {"__regexp": {source, flags}}.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sharpack.Core.Options;

internal sealed class ConfigReader
{
    private readonly HashSet<JsonNode> _usedFunctions = new(ReferenceEqualityComparer.Instance);
    // Options warned about as ignored: a function there is ignored with them, not an error.
    private readonly HashSet<string> _ignoredPaths = new(StringComparer.Ordinal);

    public List<string> Errors { get; } = [];

    /// <summary>Resolves the configuration's function handles; null when it holds none (or is JSON).</summary>
    public IJsFunctionHost? Functions { get; init; }

    /// <summary>
    /// The function a handle at <paramref name="path"/> stands for; null when <paramref name="node"/>
    /// is not a handle. A handle read this way is an option that takes a function; any other left in
    /// the configuration is refused by <see cref="CheckUnusedFunctions"/>.
    /// </summary>
    public JsFunction? Function(JsonNode? node, string path)
    {
        if (!JsFunction.IsHandle(node))
            return null;
        _usedFunctions.Add(node!);
        if (Functions?.Resolve(node) is { } function)
            return function;
        Error(path, "is a function, and no JavaScript runs beside this build to call it.");
        return null;
    }

    /// <summary>
    /// Accepts every function handle under <paramref name="node"/> as passed on whole: a loader's
    /// options travel to the loader in the node process that holds the functions (webpack hands
    /// loaders their options object as it is, functions included).
    /// </summary>
    public void PassFunctionsThrough(JsonNode? node)
    {
        if (JsFunction.IsHandle(node))
        {
            _usedFunctions.Add(node!);
            return;
        }
        if (node is JsonObject obj)
        {
            foreach (var (_, value) in obj)
                PassFunctionsThrough(value);
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
                PassFunctionsThrough(item);
        }
    }

    /// <summary>
    /// Refuses every function handle under <paramref name="node"/> that no option read (an option
    /// that takes no function, or one sharpack cannot call yet), replacing the type errors the readers
    /// gave for it, so the message names the option and says why. Options ignored with a warning
    /// (<see cref="CheckKeys"/>) are skipped: their functions are ignored with them.
    /// </summary>
    public void CheckUnusedFunctions(JsonNode? node, string path)
    {
        if (_ignoredPaths.Contains(path))
            return;
        if (JsFunction.IsHandle(node))
        {
            if (_usedFunctions.Contains(node!))
                return;
            Errors.RemoveAll(error => error.StartsWith(path + " ", StringComparison.Ordinal));
            Error(path, "is a function. sharpack calls JavaScript functions only where it knows webpack's signature " +
                "(output.filename, chunkFilename and publicPath, an entry's filename, module.rules conditions and use, optimization.splitChunks, DefinePlugin.runtimeValue and webpack's plugins that take functions); use a value instead.");
            return;
        }
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
                CheckUnusedFunctions(value, Child(path, key));
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
                CheckUnusedFunctions(array[i], Item(path, i));
        }
    }

    public List<string> Warnings { get; } = [];

    public void Error(string path, string message) => Errors.Add($"{path} {message}");

    /// <summary>Unknown properties are warnings, not errors (webpack's <c>validate: false</c>).</summary>
    public bool LenientUnknownProperties { get; set; }

    public void Warning(string message) => Warnings.Add(message);

    /// <summary>The path of a property: <c>a.b</c>, or <c>a['b-c']</c> when the key is not an identifier.</summary>
    public static string Child(string path, string key) =>
        IsIdentifier(key) ? $"{path}.{key}" : $"{path}['{key.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Item(string path, int index) => $"{path}[{index}]";

    public static JsonValueKind Kind(JsonNode? node) => node is null ? JsonValueKind.Null : node.GetValueKind();

    public static bool IsRegExp(JsonNode? node) =>
        node is JsonObject obj && obj.Count == 1 && obj["__regexp"] is JsonObject;

    /// <summary>
    /// The .NET pattern of a RegExp node (<see cref="IsRegExp"/>) and its JavaScript text
    /// (<c>/a|b/i</c>); null, with an error at <paramref name="path"/>, when .NET has no equivalent.
    /// </summary>
    public string? RegExpPattern(JsonNode node, string path, out string text)
    {
        var regexp = node["__regexp"]!;
        var source = regexp["source"]?.GetValue<string>() ?? "";
        var flags = regexp["flags"]?.GetValue<string>() ?? "";
        text = $"/{source}/{flags}";
        if (JsRegExpTranslator.Translate(source, flags, out var error) is { } pattern)
            return pattern;
        Error(path, $"cannot be used: the regular expression {text} has no .NET equivalent ({error}).");
        return null;
    }

    /// <summary>A RegExp node as a .NET regular expression, or null with an error (see <see cref="RegExpPattern"/>).</summary>
    public System.Text.RegularExpressions.Regex? RegExp(JsonNode node, string path) =>
        RegExpPattern(node, path, out _) is { } pattern
            ? new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant)
            : null;

    /// <summary>
    /// Checks an object's keys against webpack's schema: supported ones pass; webpack options
    /// Sharpack does not implement give a warning when leaving them out cannot change what the
    /// output means (<paramref name="ignored"/>: caching, stats, optimizations), and an error when
    /// it can (<paramref name="notImplemented"/>: a library format, externals, loaders); anything
    /// else is an unknown property, an error listing the valid ones. An ignored key set to
    /// <c>false</c> passes silently when it is in <paramref name="offWhenFalse"/>: turned off, the
    /// option asks for what Sharpack does anyway.
    /// </summary>
    public void CheckKeys(JsonObject obj, string path, string[] supported, string[] ignored, string[]? notImplemented = null, string[]? offWhenFalse = null)
    {
        foreach (var (key, value) in obj)
        {
            if (Array.IndexOf(supported, key) >= 0)
                continue;
            if (Array.IndexOf(ignored, key) >= 0)
            {
                if (offWhenFalse is not null && Kind(value) == JsonValueKind.False && Array.IndexOf(offWhenFalse, key) >= 0)
                    continue;
                Warning($"{Child(path, key)} is not supported by sharpack yet and is ignored.");
                _ignoredPaths.Add(Child(path, key));
                continue;
            }
            if (notImplemented is not null && Array.IndexOf(notImplemented, key) >= 0)
            {
                Errors.Add($"{Child(path, key)} is not implemented by sharpack yet, and the build would not be what it asks for without it. Remove it to build anyway.");
                continue;
            }
            if (LenientUnknownProperties)
            {
                Warning($"{Child(path, key)} is not a webpack option and is ignored (validate: false).");
                _ignoredPaths.Add(Child(path, key));
                continue;
            }
            var valid = new SortedSet<string>(supported, StringComparer.Ordinal);
            valid.UnionWith(ignored);
            if (notImplemented is not null)
                valid.UnionWith(notImplemented);
            Error(path, $"has an unknown property '{key}'. These properties are valid:\n" +
                $"object {{ {string.Join("?, ", valid)}? }}");
        }
    }

    /// <summary>A string (non-empty unless <paramref name="allowEmpty"/>); null when absent or wrong (then an error).</summary>
    public string? String(JsonNode? node, string path, bool allowEmpty = false)
    {
        if (node is null)
            return null;
        if (Kind(node) == JsonValueKind.String)
        {
            var value = node.GetValue<string>();
            if (value.Length > 0 || allowEmpty)
                return value;
        }
        Error(path, allowEmpty ? "should be a string." : "should be a non-empty string.");
        return null;
    }

    /// <summary>A boolean; null when absent or wrong (then an error).</summary>
    public bool? Bool(JsonNode? node, string path)
    {
        switch (Kind(node))
        {
            case JsonValueKind.Null: return null;
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            default:
                Error(path, "should be a boolean.");
                return null;
        }
    }

    /// <summary>One of <paramref name="allowed"/>; null when absent or not one of them (then an error).</summary>
    public string? OneOf(JsonNode? node, string path, params string[] allowed)
    {
        if (node is null)
            return null;
        if (Kind(node) == JsonValueKind.String && Array.IndexOf(allowed, node.GetValue<string>()) >= 0)
            return node.GetValue<string>();
        Error(path, $"should be one of these:\n\"{string.Join("\" | \"", allowed)}\"");
        return null;
    }

    /// <summary>
    /// An array of strings; "..." stands for <paramref name="defaults"/> (webpack's way of
    /// extending a default list). Null when absent or wrong.
    /// </summary>
    public List<string>? StringArray(JsonNode? node, string path, IReadOnlyList<string>? defaults = null, bool allowEmptyItems = false)
    {
        if (node is null)
            return null;
        if (node is not JsonArray array)
        {
            Error(path, "should be an array of strings.");
            return null;
        }
        var result = new List<string>(array.Count);
        var ok = true;
        for (var i = 0; i < array.Count; i++)
        {
            var item = String(array[i] ?? JsonValue.Create(0), Item(path, i), allowEmptyItems);
            if (item is null)
            {
                ok = false;
            }
            else if (item == "..." && defaults is not null)
            {
                result.AddRange(defaults);
            }
            else
            {
                result.Add(item);
            }
        }
        return ok ? result : null;
    }

    /// <summary>An object; null when absent or not an object (then an error).</summary>
    public JsonObject? Object(JsonNode? node, string path)
    {
        if (node is null)
            return null;
        if (node is JsonObject obj && !IsRegExp(obj))
            return obj;
        Error(path, "should be an object.");
        return null;
    }

    private static bool IsIdentifier(string key)
    {
        if (key.Length == 0 || char.IsAsciiDigit(key[0]))
            return false;
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '$')
                return false;
        }
        return true;
    }
}
