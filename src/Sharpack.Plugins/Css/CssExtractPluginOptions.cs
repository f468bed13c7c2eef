// mini-css-extract-plugin's options, read from a configuration (CssExtractPlugin takes the same):
// filename and chunkFilename (templates or functions of the path data), ignoreOrder, insert (a
// selector the link goes after, or a function run with the link), attributes of the link,
// linkType ("text/css" unless false), runtime (false: no loading code) and
// experimentalUseImportModule (accepted: the loader always builds with this.importModule).

using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Sharpack.Plugins.Builtin;

namespace Sharpack.Plugins.Css;

/// <summary>The options of <see cref="CssExtractPlugin"/> (mini-css-extract-plugin's).</summary>
public sealed record CssExtractPluginOptions
{
    private const string Title = "Mini CSS Extract Plugin";

    /// <summary>The file of an initial chunk's stylesheet; null for <c>output.cssFilename</c> (then <c>[name].css</c>).</summary>
    public string? Filename { get; init; }

    /// <summary><see cref="Filename"/> as a function of the path data, or null.</summary>
    public JsFunction? FilenameFunction { get; init; }

    /// <summary>The file of an async chunk's stylesheet; null to derive it from <see cref="Filename"/>.</summary>
    public string? ChunkFilename { get; init; }

    /// <summary><see cref="ChunkFilename"/> as a function of the path data, or null.</summary>
    public JsFunction? ChunkFilenameFunction { get; init; }

    /// <summary>No warning when chunks order the same stylesheets differently.</summary>
    public bool IgnoreOrder { get; init; }

    /// <summary>A selector: the link of an async chunk's stylesheet goes after the element it finds (else at the end of head).</summary>
    public string? Insert { get; init; }

    /// <summary>A function's source, called with the link to insert it.</summary>
    public string? InsertFunction { get; init; }

    /// <summary>Attributes set on the link.</summary>
    public IReadOnlyList<(string Name, string Value)> Attributes { get; init; } = [];

    /// <summary>The link's <c>type</c>; null for none.</summary>
    public string? LinkType { get; init; } = "text/css";

    /// <summary>Whether chunks' stylesheets are loaded by a runtime (false: the page links them itself).</summary>
    public bool Runtime { get; init; } = true;

    /// <summary>Reads <paramref name="node"/> (the plugin's options object, or null for the defaults).</summary>
    public static CssExtractPluginOptions Read(JsonNode? node, IJsFunctionHost? functions)
    {
        if (node is null)
            return new CssExtractPluginOptions();
        if (node is not JsonObject obj)
            throw BuiltinOptions.Invalid(Title, "options should be an object.");
        BuiltinOptions.CheckKeys(obj, Title, "filename", "chunkFilename", "ignoreOrder", "insert", "attributes", "linkType", "runtime", "experimentalUseImportModule");
        var options = new CssExtractPluginOptions
        {
            IgnoreOrder = BuiltinOptions.Bool(obj["ignoreOrder"], Title, "options.ignoreOrder") ?? false,
            Runtime = BuiltinOptions.Bool(obj["runtime"], Title, "options.runtime") ?? true,
        };
        BuiltinOptions.Bool(obj["experimentalUseImportModule"], Title, "options.experimentalUseImportModule");
        if (JsFunction.IsHandle(obj["filename"]))
            options = options with { FilenameFunction = BuiltinOptions.Function(obj["filename"], functions, Title, "options.filename") };
        else
            options = options with { Filename = NonEmpty(obj["filename"], "options.filename") };
        if (JsFunction.IsHandle(obj["chunkFilename"]))
            options = options with { ChunkFilenameFunction = BuiltinOptions.Function(obj["chunkFilename"], functions, Title, "options.chunkFilename") };
        else
            options = options with { ChunkFilename = NonEmpty(obj["chunkFilename"], "options.chunkFilename") };
        // A function crosses as its source (the JavaScript class reads it): it runs in the page.
        if (obj["insert"] is JsonObject { } insertFunction && insertFunction["$functionSource"] is JsonValue source && source.TryGetValue<string>(out var text))
            options = options with { InsertFunction = text };
        else
            options = options with { Insert = BuiltinOptions.String(obj["insert"], Title, "options.insert") };
        if (obj["attributes"] is { } attributesNode)
        {
            if (attributesNode is not JsonObject attributes)
                throw BuiltinOptions.Invalid(Title, "options.attributes should be an object of attribute names and values.");
            var list = new List<(string, string)>();
            foreach (var (name, value) in attributes)
            {
                if (value is not JsonValue v || v.GetValueKind() is not (JsonValueKind.String or JsonValueKind.Number))
                    throw BuiltinOptions.Invalid(Title, $"options.attributes.{name} should be a string.");
                list.Add((name, v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()));
            }
            options = options with { Attributes = list };
        }
        options = BuiltinOptions.Kind(obj["linkType"]) switch
        {
            JsonValueKind.False => options with { LinkType = null },
            JsonValueKind.True or JsonValueKind.Null => options,
            _ => options with { LinkType = BuiltinOptions.String(obj["linkType"], Title, "options.linkType") },
        };
        return options;
    }

    private static string? NonEmpty(JsonNode? node, string path)
    {
        var value = BuiltinOptions.String(node, Title, path);
        if (value is { Length: 0 })
            throw BuiltinOptions.Invalid(Title, $"{path} should be a non-empty string.");
        return value;
    }
}
