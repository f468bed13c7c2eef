// Follows webpack lib/html/HtmlParser.js's constructor: module.parser.html (and a rule's parser)
// options. `sources` is true (the built-in table), false (only `style=""`), or an array of
// { tag?, attribute, type, filter? } entries and "..." (the built-in per-tag table under them);
// `type: false` turns a built-in source off. `as` parses the page as the contents of an element
// ("template", "tbody", "svg path") instead of as a document.

using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Sharpack.Html;

namespace Sharpack.Plugins.Html;

/// <summary>An HTML module's parser options.</summary>
/// <param name="Sources">The sources read.</param>
/// <param name="FragmentContext">The element the page is the contents of, or null for a document.</param>
/// <param name="FragmentNamespace">That element's namespace.</param>
/// <param name="Template">The <c>template(source, context)</c> function the source goes through before it is parsed, or null.</param>
internal sealed record HtmlParserOptions(HtmlSources Sources, string? FragmentContext, HtmlNamespace FragmentNamespace, JsFunction? Template = null)
{
    private static readonly HtmlParserOptions s_default = new(HtmlSources.Default, null, HtmlNamespace.Html);

    /// <summary>Reads <paramref name="options"/>; <paramref name="error"/> says what is wrong with them.</summary>
    public static HtmlParserOptions Read(JsonObject? options, IJsFunctionHost? functions, out string? error)
    {
        error = null;
        if (options is null)
            return s_default;
        var sources = HtmlSources.Default;
        switch (options["sources"])
        {
            case JsonValue value when value.GetValueKind() == JsonValueKind.False:
                sources = HtmlSources.Disabled;
                break;
            case JsonArray array:
                sources = ReadSources(array, functions, out error) ?? HtmlSources.Default;
                break;
        }
        string? context = null;
        var ns = HtmlNamespace.Html;
        if (options["as"] is JsonValue asValue && asValue.TryGetValue<string>(out var @as) && @as != "document")
        {
            context = @as.ToLowerInvariant();
            if (context.StartsWith("svg ", StringComparison.Ordinal))
                (ns, context) = (HtmlNamespace.Svg, context[4..]);
            else if (context.StartsWith("math ", StringComparison.Ordinal))
                (ns, context) = (HtmlNamespace.MathMl, context[5..]);
        }
        var template = options["template"] is { } templateNode && JsFunction.IsHandle(templateNode) ? functions?.Resolve(templateNode) : null;
        return new HtmlParserOptions(sources, context, ns, template);
    }

    private static HtmlSources? ReadSources(JsonArray array, IJsFunctionHost? functions, out string? error)
    {
        error = null;
        var withDefaults = false;
        var entries = new List<(string? Tag, string Attribute, HtmlSourceItem? Item)>();
        foreach (var node in array)
        {
            if (node is JsonValue marker && marker.TryGetValue<string>(out var text) && text == "...")
            {
                withDefaults = true;
                continue;
            }
            if (node is not JsonObject entry || entry["attribute"] is not JsonValue attributeValue || !attributeValue.TryGetValue<string>(out var attribute))
            {
                error = "module.parser.html.sources: an entry is \"...\" or { tag?, attribute, type, filter? }, got " + (node?.ToJsonString() ?? "null");
                return null;
            }
            var tag = entry["tag"] is JsonValue tagValue && tagValue.TryGetValue<string>(out var tagText) ? tagText : null;
            HtmlSourceItem? item = null;
            if (entry["type"] is not JsonValue typeValue || typeValue.GetValueKind() != JsonValueKind.False)
            {
                var typeName = entry["type"] is JsonValue named && named.TryGetValue<string>(out var name) ? name : "";
                if (TypeOf(typeName) is not { } type)
                {
                    error = $"module.parser.html.sources: unknown type \"{typeName}\" for attribute \"{attribute}\"";
                    return null;
                }
                var filter = entry["filter"] is { } filterNode && JsFunction.IsHandle(filterNode) ? functions?.Resolve(filterNode) : null;
                item = new HtmlSourceItem(type, Filter: filter is null ? null : (element, value) => Filter(filter, element, value));
            }
            entries.Add((tag, attribute, item));
        }
        return HtmlSources.From(entries, withDefaults);
    }

    // A user's filter(attributes, value): the element's attributes as a Map of decoded values.
    private static bool Filter(JsFunction filter, HtmlSourceElement element, string value)
    {
        var pairs = new JsonArray();
        foreach (var attribute in element.Element.Attributes)
            pairs.Add((JsonNode)new JsonArray(JsonValue.Create(attribute.Name), JsonValue.Create(attribute.Value)));
        return JsFunction.IsTruthy(filter.Call(new JsonObject { ["$map"] = pairs }, JsonValue.Create(value)));
    }

    private static HtmlSourceType? TypeOf(string name) => name switch
    {
        "src" => HtmlSourceType.Src,
        "srcset" => HtmlSourceType.Srcset,
        "css-url" => HtmlSourceType.CssUrl,
        "msapplication-task" => HtmlSourceType.MsapplicationTask,
        "script" => HtmlSourceType.Script,
        "script-module" => HtmlSourceType.ScriptModule,
        "modulepreload" => HtmlSourceType.Modulepreload,
        "stylesheet" => HtmlSourceType.Stylesheet,
        "html" => HtmlSourceType.Html,
        "preload" => HtmlSourceType.Preload,
        "prefetch" => HtmlSourceType.Prefetch,
        "stylesheet-style" => HtmlSourceType.StylesheetStyle,
        "stylesheet-style-attribute" => HtmlSourceType.StylesheetStyleAttribute,
        "srcdoc" => HtmlSourceType.Srcdoc,
        _ => null,
    };
}
