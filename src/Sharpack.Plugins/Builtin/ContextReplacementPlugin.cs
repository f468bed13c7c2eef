// Follows webpack lib/ContextReplacementPlugin.js: a context (require.context, require("./x/" + y),
// import(`./x/${y}`)) whose request matches the pattern before resolution, or whose resolved
// folder matches after, gets another folder (relative to the resolved one, or absolute), another
// recursive flag, or another file pattern: `new ContextReplacementPlugin(/moment[/\\]locale$/, /de|fr/)`
// keeps two locales out of a bundle that would hold them all. A newContentCallback function from a
// configuration is called with the context's data through the JavaScript bridge, its changes read back.

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sharpack.Core;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;

namespace Sharpack.Plugins.Builtin;

/// <summary>Changes the folder, recursion or file pattern of matching contexts (webpack's ContextReplacementPlugin).</summary>
public sealed class ContextReplacementPlugin : IPlugin
{
    private const string Title = "Context Replacement Plugin";
    private readonly Regex _resourceRegExp;
    private readonly string? _newContentResource;
    private readonly bool? _newContentRecursive;
    private readonly string? _newContentPattern;
    private readonly string? _newContentPatternText;
    private readonly JsFunction? _newContentCallback;
    private readonly IReadOnlyList<KeyValuePair<string, string>>? _newContentMap;

    /// <summary>
    /// For contexts matching <paramref name="resourceRegExp"/>: the folder <paramref name="newContentResource"/>
    /// (relative to the matched one, or absolute), <paramref name="newContentRecursive"/> and the
    /// file pattern <paramref name="newContentRegExp"/> (JavaScript syntax, e.g. <c>/de|fr/</c>, or a
    /// .NET pattern when it does not start with a slash); null keeps what the context had.
    /// </summary>
    public ContextReplacementPlugin(Regex resourceRegExp, string? newContentResource = null, bool? newContentRecursive = null, string? newContentRegExp = null)
    {
        ArgumentNullException.ThrowIfNull(resourceRegExp);
        _resourceRegExp = resourceRegExp;
        _newContentResource = newContentResource;
        _newContentRecursive = newContentRecursive;
        if (newContentRegExp is not null)
        {
            if (newContentRegExp.StartsWith('/') && newContentRegExp.LastIndexOf('/') is var end and > 0)
            {
                _newContentPattern = Core.Options.JsRegExpTranslator.Translate(newContentRegExp[1..end], newContentRegExp[(end + 1)..], out var error)
                    ?? throw new ArgumentException($"newContentRegExp {newContentRegExp} cannot be used by sharpack: {error}", nameof(newContentRegExp));
                _newContentPatternText = newContentRegExp;
            }
            else
            {
                _newContentPattern = newContentRegExp;
                _newContentPatternText = "/" + newContentRegExp + "/";
            }
        }
    }

    /// <summary>
    /// A plugin from a configuration's arguments, as webpack's constructor reads them:
    /// [resourceRegExp, newContentResource?, newContentRecursive?, newContentRegExp?], where a
    /// missing folder or flag may be left out (<c>[/re/, /de|fr/]</c>, <c>[/re/, false, /x/]</c>).
    /// </summary>
    public ContextReplacementPlugin(JsonNode? options) : this(options, null)
    {
    }

    /// <summary>
    /// A plugin from a configuration's arguments, where the second may be webpack's
    /// newContentCallback: a JavaScript function that <paramref name="functions"/> calls with the
    /// context's data (before and after resolution) and whose changes are read back.
    /// </summary>
    public ContextReplacementPlugin(JsonNode? options, IJsFunctionHost? functions)
        : this(Arguments(options is JsonArray { Count: >= 2 } withCallback && JsFunction.IsHandle(withCallback[1]) ? new JsonArray(withCallback[0]!.DeepClone()) : options))
    {
        if (options is JsonArray { Count: >= 2 } array && JsFunction.IsHandle(array[1]))
            _newContentCallback = BuiltinOptions.Function(array[1], functions, Title, "newContentCallback");
    }


    private ContextReplacementPlugin((Regex Resource, string? Folder, bool? Recursive, string? Pattern, IReadOnlyList<KeyValuePair<string, string>>? Map) arguments)
        : this(arguments.Resource, arguments.Folder, arguments.Recursive, arguments.Pattern)
    {
        _newContentMap = arguments.Map;
    }

    private static (Regex, string?, bool?, string?, IReadOnlyList<KeyValuePair<string, string>>?) Arguments(JsonNode? options)
    {
        if (options is not JsonArray array || array.Count == 0)
            throw BuiltinOptions.Invalid(Title, "options should be the constructor's arguments [resourceRegExp, newContentResource?, newContentRecursive?, newContentRegExp?].");
        var resource = BuiltinOptions.RegExp(array[0], Title, "resourceRegExp") ?? throw BuiltinOptions.Invalid(Title, "resourceRegExp should be a RegExp.");
        var rest = array.Skip(1).ToList();
        string? folder = null;
        bool? recursive = null;
        string? pattern = null;
        // Shift as webpack's constructor does: a non-string second argument is the flag (or the pattern).
        if (rest.Count > 0 && BuiltinOptions.Kind(rest[0]) == JsonValueKind.String)
        {
            folder = rest[0]!.GetValue<string>();
            rest.RemoveAt(0);
            if (rest.Count > 0 && rest[0] is JsonObject map && !BuiltinOptions.IsRegExp(map))
            {
                // webpack's newContentCreateContextMap as an object: request -> request in the folder.
                var entries = new List<KeyValuePair<string, string>>(map.Count);
                foreach (var (key, value) in map)
                {
                    if (BuiltinOptions.Kind(value) != JsonValueKind.String)
                        throw BuiltinOptions.Invalid(Title, $"the map's value for '{key}' should be a request (a string).");
                    entries.Add(new(key, value!.GetValue<string>()));
                }
                return (resource, folder, null, null, entries);
            }
        }
        else if (rest.Count > 0 && BuiltinOptions.Kind(rest[0]) == JsonValueKind.Null)
        {
            rest.RemoveAt(0);
        }
        if (rest.Count > 0 && BuiltinOptions.Kind(rest[0]) is JsonValueKind.True or JsonValueKind.False)
        {
            recursive = rest[0]!.GetValue<bool>();
            rest.RemoveAt(0);
        }
        else if (rest.Count > 0 && BuiltinOptions.Kind(rest[0]) == JsonValueKind.Null)
        {
            rest.RemoveAt(0);
        }
        if (rest.Count > 0 && rest[0] is { } regexp)
        {
            if (!BuiltinOptions.IsRegExp(regexp))
                throw BuiltinOptions.Invalid(Title, "newContentRegExp should be a RegExp.");
            pattern = BuiltinOptions.RegExpText(regexp);
        }
        return (resource, folder, recursive, pattern, null);
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.ContextModuleFactory.Tap("ContextReplacementPlugin", factory =>
        {
            factory.Hooks.BeforeResolve.Tap("ContextReplacementPlugin", data =>
            {
                if (_resourceRegExp.IsMatch(data.Request))
                {
                    if (_newContentResource is not null)
                        data.Request = _newContentResource;
                    data.ContextOptions = Replace(data.ContextOptions);
                    if (_newContentCallback is not null)
                        CallBack(_newContentCallback, data, afterResolve: false);
                }
                return null;
            });
            factory.Hooks.AfterResolve.Tap("ContextReplacementPlugin", data =>
            {
                // A context over several folders matches when one of them does; a relative new
                // folder is taken from the first that matches.
                if (FirstMatch(data) is { } resource)
                {
                    if (_newContentResource is not null)
                    {
                        data.Resource = Absolute(resource, _newContentResource);
                        data.Resources = null;
                    }
                    data.ContextOptions = Replace(data.ContextOptions);
                    // webpack's resolveDependencies from the map: the map's requests instead of the folder's files.
                    if (_newContentMap is not null && data.ContextOptions is { } withMap)
                        data.ContextOptions = withMap with { ElementMap = _newContentMap };
                    if (_newContentCallback is not null)
                        CallBack(_newContentCallback, data, afterResolve: true);
                }
                return null;
            });
        });
    }

    // webpack's newContentCallback(result): the context's data goes to JavaScript as JSON ({ context,
    // request, recursive, regExp }, and after resolution resource), and what the function left in
    // request, context, resource (relative: from the resolved folder), recursive and regExp comes back.
    private static void CallBack(JsFunction callback, ResolveData data, bool afterResolve)
    {
        var options = data.ContextOptions;
        var argument = new JsonObject
        {
            ["context"] = data.Context,
            ["request"] = data.Request,
            ["recursive"] = options?.Recursive,
            ["regExp"] = options is null ? null : RegExpNode(options.PatternText),
            ["mode"] = options?.Mode,
        };
        var resources = data.Resources;
        if (afterResolve)
        {
            if (resources is { Count: > 1 })
            {
                var array = new JsonArray();
                foreach (var item in resources) array.Add((JsonNode?)item);
                argument["resource"] = array;
            }
            else
            {
                argument["resource"] = data.Resource;
            }
        }
        var (_, arguments) = callback.CallAndReadBack(argument);
        if (arguments.Count == 0 || arguments[0] is not JsonObject after)
            return;
        if (after["request"] is JsonValue request && request.TryGetValue<string>(out var newRequest))
            data.Request = newRequest;
        if (after["context"] is JsonValue context && context.TryGetValue<string>(out var newContext))
            data.Context = newContext;
        if (afterResolve && after["resource"] is JsonValue resource && resource.TryGetValue<string>(out var newResource)
            && (resources is { Count: > 1 } || newResource != data.Resource))
        {
            data.Resource = Absolute(data.Resource!, newResource);
            data.Resources = null;
        }
        else if (afterResolve && after["resource"] is JsonArray newResources && !JsonNode.DeepEquals(newResources, argument["resource"]))
        {
            // webpack: a relative item of a new array is taken from the folder at its index.
            var original = resources is { Count: > 0 } ? resources : [data.Resource!];
            var list = new List<string>(newResources.Count);
            for (var i = 0; i < newResources.Count; i++)
            {
                if (newResources[i] is JsonValue item && item.TryGetValue<string>(out var text))
                    list.Add(Absolute(original[Math.Min(i, original.Count - 1)], text));
            }
            if (list.Count > 0)
            {
                data.Resource = list[0];
                data.Resources = list;
            }
        }
        if (options is null)
            return;
        if (after["recursive"] is JsonValue recursive && recursive.TryGetValue<bool>(out var newRecursive))
            options = options with { Recursive = newRecursive };
        if (BuiltinOptions.IsRegExp(after["regExp"]))
        {
            var text = BuiltinOptions.RegExpText(after["regExp"]!);
            if (text != options.PatternText)
            {
                var pattern = Core.Options.JsRegExpTranslator.Translate(after["regExp"]!["__regexp"]!["source"]!.GetValue<string>(), after["regExp"]!["__regexp"]!["flags"]!.GetValue<string>(), out var error)
                    ?? throw JsFunctionException.Failed(callback.OptionPath, $"set regExp to {text}, which has no .NET equivalent ({error}).");
                options = options with { Pattern = pattern, PatternText = text };
            }
        }
        data.ContextOptions = options;
    }

    private string? FirstMatch(ResolveData data)
    {
        if (data.Resources is { Count: > 1 } resources)
        {
            foreach (var item in resources)
            {
                if (_resourceRegExp.IsMatch(item)) return item;
            }
            return null;
        }
        return data.Resource is { } resource && _resourceRegExp.IsMatch(resource) ? resource : null;
    }

    // A new folder as webpack joins it: absolute as it is, relative from the resolved folder.
    private static string Absolute(string from, string folder) =>
        Path.IsPathFullyQualified(folder) || folder.StartsWith('/')
            ? folder
            : Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(from, folder)));

    // "/source/flags" as the configuration's RegExp JSON.
    private static JsonObject? RegExpNode(string text)
    {
        var end = text.LastIndexOf('/');
        return text.StartsWith('/') && end > 0
            ? new JsonObject { ["__regexp"] = new JsonObject { ["source"] = text[1..end], ["flags"] = text[(end + 1)..] } }
            : null;
    }

    private ContextOptions? Replace(ContextOptions? options)
    {
        if (options is null)
            return null;
        if (_newContentRecursive is { } recursive)
            options = options with { Recursive = recursive };
        if (_newContentPattern is not null)
            options = options with { Pattern = _newContentPattern, PatternText = _newContentPatternText! };
        return options;
    }
}
