// Follows webpack lib/ModuleFilenameHelpers.js: the name a module (or a source that is no module,
// e.g. a loader's original file) gets in a source map's sources and in a //# sourceURL. A
// template's placeholders ([resource-path], [absolute-resource-path], [loaders], [all-loaders],
// [query], [id], [hash], [namespace], [identifier], [short-identifier], [resource], and the
// spellings without dashes) are case-insensitive and filled lazily; [\name\] escapes to [name].
// A template function gets webpack's info object ({ identifier, shortIdentifier, resource,
// resourcePath, absoluteResourcePath, loaders, allLoaders, query, moduleId, hash, namespace }).

using System.Text;
using System.Text.Json.Nodes;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;

namespace Sharpack.Plugins.Devtool;

/// <summary>A module filename template: a string with placeholders, or a configuration's function.</summary>
/// <param name="Text">The template string (used when <paramref name="Function"/> is null).</param>
/// <param name="Function">webpack's template function of the module's info.</param>
public sealed record ModuleFilenameTemplate(string Text, JsFunction? Function = null)
{
    /// <summary>webpack's DEFAULT_MODULE_FILENAME_TEMPLATE.</summary>
    public static ModuleFilenameTemplate Default { get; } = new("webpack://[namespace]/[resourcePath]");

    /// <summary>webpack's DEFAULT_FALLBACK_MODULE_FILENAME_TEMPLATE.</summary>
    public static ModuleFilenameTemplate DefaultFallback { get; } = new("webpack://[namespace]/[resourcePath]?[hash]");
}

/// <summary>webpack's ModuleFilenameHelpers: module names in source maps.</summary>
public static class ModuleFilenameHelpers
{
    /// <summary>
    /// The name of <paramref name="module"/> (or, when it is null, of the source
    /// <paramref name="source"/>, an absolute path or request) by <paramref name="template"/>.
    /// </summary>
    public static string CreateFilename(Module? module, string? source, ModuleFilenameTemplate template, string @namespace, string context, OutputOptions output)
    {
        ArgumentNullException.ThrowIfNull(template);
        var info = new Info(module, source ?? "", context, output);
        if (template.Function is { } function)
        {
            var answer = function.Call(info.ToJson(@namespace));
            return answer is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String
                ? value.GetValue<string>()
                : throw JsFunctionException.Failed(function.OptionPath, $"returned {answer?.ToJsonString() ?? "undefined"} for {info.ShortIdentifier}; it should return a string.");
        }
        return Fill(template.Text, info, @namespace);
    }

    // The template with each [placeholder] replaced (webpack's SQUARE_BRACKET_TAG_REGEXP pass,
    // after [all-loaders][resource] → [identifier] and [loaders][resource] → [short-identifier]).
    private static string Fill(string template, Info info, string @namespace)
    {
        if (template.IndexOf('[', StringComparison.Ordinal) < 0)
            return template;
        template = ReplaceIgnoreCase(template, "[allloaders][resource]", "[identifier]");
        template = ReplaceIgnoreCase(template, "[all-loaders][resource]", "[identifier]");
        template = ReplaceIgnoreCase(template, "[loaders][resource]", "[short-identifier]");
        var builder = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('[', i);
            if (open < 0)
                break;
            builder.Append(template, i, open - i);
            // A tag is [ \* name \* ] with name of word chars and dashes.
            var j = open + 1;
            var leading = j;
            while (j < template.Length && template[j] == '\\')
                j++;
            var nameStart = j;
            while (j < template.Length && (char.IsAsciiLetterOrDigit(template[j]) || template[j] is '_' or '-'))
                j++;
            var nameEnd = j;
            while (j < template.Length && template[j] == '\\')
                j++;
            if (nameEnd == nameStart || j >= template.Length || template[j] != ']')
            {
                builder.Append('[');
                i = open + 1;
                continue;
            }
            var name = template[nameStart..nameEnd];
            var escaped = nameStart > leading || j > nameEnd;
            string? value = null;
            if (!escaped)
                value = Placeholder(name.ToLowerInvariant(), info, @namespace);
            else if (nameStart > leading && j > nameEnd)
                value = "[" + template[(open + 2)..(j - 1)] + "]";
            builder.Append(value ?? template[open..(j + 1)]);
            i = j + 1;
        }
        builder.Append(template, i, template.Length - i);
        return builder.ToString();
    }

    private static string? Placeholder(string name, Info info, string @namespace) => name switch
    {
        "identifier" => info.Identifier,
        "short-identifier" => info.ShortIdentifier,
        "resource" => info.Resource,
        "resource-path" or "resourcepath" => info.ResourcePath,
        "absolute-resource-path" or "abs-resource-path" or "absoluteresource-path" or "absresource-path"
            or "absolute-resourcepath" or "abs-resourcepath" or "absoluteresourcepath" or "absresourcepath" => info.AbsoluteResourcePath,
        "all-loaders" or "allloaders" => info.AllLoaders,
        "loaders" => info.Loaders,
        "query" => info.Query,
        "id" => info.ModuleId,
        "hash" => info.Hash,
        "namespace" => @namespace,
        _ => null,
    };

    private static string ReplaceIgnoreCase(string text, string find, string replacement) =>
        text.Contains(find, StringComparison.OrdinalIgnoreCase) ? text.Replace(find, replacement, StringComparison.OrdinalIgnoreCase) : text;

    /// <summary>
    /// webpack's replaceDuplicates as EvalSourceMapDevToolPlugin uses it: every name that occurs
    /// more than once gets <c>*</c> appended as often as it occurred before.
    /// </summary>
    public static void ReplaceDuplicates(string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        Dictionary<string, int>? counts = null;
        for (var i = 0; i < names.Length; i++)
        {
            for (var k = i + 1; k < names.Length; k++)
            {
                if (names[k] == names[i])
                {
                    counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                    counts.TryAdd(names[i], 0);
                    break;
                }
            }
        }
        if (counts is null)
            return;
        for (var i = 0; i < names.Length; i++)
        {
            if (!counts.TryGetValue(names[i], out var seen))
                continue;
            counts[names[i]] = seen + 1;
            names[i] = names[i] + new string('*', seen);
        }
    }

    // The parts of a module's (or a source's) name, each computed on first use.
    private sealed class Info(Module? module, string source, string context, OutputOptions output)
    {
        private string? _identifier;
        private string? _shortIdentifier;
        private string? _resource;
        private string? _hash;

        public string Identifier => _identifier ??= module is null
            ? ShortIdentifier
            : RequestShortener.ShortenRequest(context, module.Identifier);

        public string ShortIdentifier => _shortIdentifier ??= module is null
            ? RequestShortener.ShortenRequest(context, source)
            : module.ReadableIdentifier;

        // [resource] and [loaders] stay request paths (a readable name may carry decorations).
        private string ResourceIdentifier => module is NormalModule normal
            ? RequestShortener.ShortenRequest(context, normal.Loaders.Count == 0 ? normal.Resource : LoadersRequest(normal))
            : ShortIdentifier;

        public string Resource => _resource ??= AfterLast(ResourceIdentifier, '!');

        public string Query
        {
            get
            {
                var index = Resource.IndexOf('?', StringComparison.Ordinal);
                return index < 0 ? "" : Resource[index..];
            }
        }

        public string ResourcePath => Resource[..(Resource.Length - Query.Length)];

        public string AbsoluteResourcePath => module is NormalModule normal
            ? normal.Resource
            : AfterLast(module?.Identifier ?? source, '!');

        public string Loaders => BeforeLast(ResourceIdentifier, '!');

        public string AllLoaders => BeforeLast(Identifier, '!');

        public string ModuleId => module?.Id ?? "";

        public string Hash => _hash ??= Sharpack.Core.Hashing.Hash.ShortHex(output, Identifier, 4);

        public JsonObject ToJson(string @namespace) => new()
        {
            ["identifier"] = Identifier,
            ["shortIdentifier"] = ShortIdentifier,
            ["resource"] = Resource,
            ["resourcePath"] = ResourcePath,
            ["absoluteResourcePath"] = AbsoluteResourcePath,
            ["loaders"] = Loaders,
            ["allLoaders"] = AllLoaders,
            ["query"] = Query,
            ["moduleId"] = module is null ? "" : ModuleIdValue(module.Id),
            ["hash"] = Hash,
            ["namespace"] = @namespace,
        };

        private static JsonNode ModuleIdValue(string id) =>
            int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(id);

        private static string LoadersRequest(NormalModule module)
        {
            var builder = new StringBuilder();
            foreach (var loader in module.Loaders)
                builder.Append(loader.ToIdent()).Append('!');
            return builder.Append(module.Resource).ToString();
        }

        private static string AfterLast(string text, char c)
        {
            var index = text.LastIndexOf(c);
            return index < 0 ? text : text[(index + 1)..];
        }

        private static string BeforeLast(string text, char c)
        {
            var index = text.LastIndexOf(c);
            return index < 0 ? "" : text[..index];
        }
    }
}
