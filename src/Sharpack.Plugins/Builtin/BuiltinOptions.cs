// Reading the options of the built-in plugins as a JavaScript configuration hands them over (JSON,
// RegExp as {"__regexp": {source, flags}}), with webpack's schema-validation wording for what is
// wrong: "Invalid options object. Banner Plugin has been initialized using an options object that
// does not match the API schema." followed by the problem.

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sharpack.Core.Options;

namespace Sharpack.Plugins.Builtin;

internal static class BuiltinOptions
{
    /// <summary>webpack's validation error: <paramref name="title"/> is e.g. "Banner Plugin".</summary>
    public static ArgumentException Invalid(string title, string problem) =>
        new($"Invalid options object. {title} has been initialized using an options object that does not match the API schema.\n - {problem}");

    public static JsonValueKind Kind(JsonNode? node) => node is null ? JsonValueKind.Null : node.GetValueKind();

    public static bool IsRegExp(JsonNode? node) => node is JsonObject obj && obj.Count == 1 && obj["__regexp"] is JsonObject;

    /// <summary>A RegExp option as a .NET regular expression (webpack's RegExp.test semantics).</summary>
    public static Regex? RegExp(JsonNode? node, string title, string path)
    {
        if (node is null)
            return null;
        if (!IsRegExp(node))
            throw Invalid(title, $"{path} should be an instance of RegExp.");
        var regexp = node["__regexp"]!;
        var source = regexp["source"]?.GetValue<string>() ?? "";
        var flags = regexp["flags"]?.GetValue<string>() ?? "";
        var pattern = JsRegExpTranslator.Translate(source, flags, out var error)
            ?? throw Invalid(title, $"{path} /{source}/{flags} cannot be used by sharpack: {error}");
        return new Regex(pattern, RegexOptions.CultureInvariant);
    }

    /// <summary>The JavaScript text of a RegExp option (<c>/a|b/i</c>).</summary>
    public static string RegExpText(JsonNode node) => $"/{node["__regexp"]!["source"]}/{node["__regexp"]!["flags"]}";

    /// <summary>A JavaScript function option (a handle <paramref name="functions"/> resolves).</summary>
    public static JsFunction Function(JsonNode? node, IJsFunctionHost? functions, string title, string path)
    {
        if (!JsFunction.IsHandle(node))
            throw Invalid(title, $"{path} should be a function.");
        return functions?.Resolve(node)
            ?? throw Invalid(title, $"{path} is a function, and no JavaScript runs beside this build to call it.");
    }

    public static string? String(JsonNode? node, string title, string path)
    {
        if (node is null)
            return null;
        if (Kind(node) != JsonValueKind.String)
            throw Invalid(title, $"{path} should be a string.");
        return node.GetValue<string>();
    }

    public static bool? Bool(JsonNode? node, string title, string path) => Kind(node) switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Invalid(title, $"{path} should be a boolean."),
    };

    /// <summary>Rejects properties outside <paramref name="known"/>, as webpack's schemas (additionalProperties: false).</summary>
    public static void CheckKeys(JsonObject obj, string title, params string[] known)
    {
        foreach (var (key, _) in obj)
        {
            if (Array.IndexOf(known, key) < 0)
                throw Invalid(title, $"options has an unknown property '{key}'. These properties are valid:\n   object {{ {string.Join(", ", known.Select(k => k + "?"))} }}");
        }
    }

    /// <summary>
    /// Follows webpack's ModuleFilenameHelpers.matchPart: a string matches a file name it starts,
    /// a RegExp one it matches; an array, any of its items. Null when <paramref name="node"/> is absent.
    /// </summary>
    public static Func<string, bool>? MatchPart(JsonNode? node, string title, string path) => MatchPart(node, title, path, null);

    /// <summary>
    /// <see cref="MatchPart(JsonNode?, string, string)"/> where an item may also be a JavaScript
    /// function of the name, called through <paramref name="functions"/> (webpack's matchPart
    /// calls a function test).
    /// </summary>
    public static Func<string, bool>? MatchPart(JsonNode? node, string title, string path, IJsFunctionHost? functions)
    {
        if (node is null)
            return null;
        JsonNode?[] items = node is JsonArray array ? [.. array] : [node];
        var tests = new List<Func<string, bool>>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            var itemPath = node is JsonArray ? $"{path}[{i}]" : path;
            if (Kind(item) == JsonValueKind.String)
            {
                var prefix = item!.GetValue<string>();
                tests.Add(file => file.StartsWith(prefix, StringComparison.Ordinal));
            }
            else if (IsRegExp(item))
            {
                var regex = RegExp(item, title, itemPath)!;
                tests.Add(regex.IsMatch);
            }
            else if (functions is not null && JsFunction.IsHandle(item))
            {
                var function = Function(item, functions, title, itemPath);
                tests.Add(file => function.Call(JsonValue.Create(file)) is JsonValue answer && answer.GetValueKind() == JsonValueKind.True);
            }
            else
            {
                throw Invalid(title, $"{itemPath} should be a RegExp or a string (a prefix of the file name).");
            }
        }
        return file =>
        {
            foreach (var test in tests)
            {
                if (test(file))
                    return true;
            }
            return false;
        };
    }
}
