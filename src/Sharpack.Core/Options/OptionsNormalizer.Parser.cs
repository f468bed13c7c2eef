// Follows webpack's schema for JavascriptParserOptions and lib/config/normalization.js (the
// deprecated `module.exprContextCritical`… keys feed `module.parser.javascript`): reads
// `module.parser` and each rule's `parser`, and resolves the options of one module by applying,
// in order, `javascript`, `javascript/<kind>` and the matched rules' objects over the defaults,
// as NormalModuleFactory's mergeGlobalOptions and cleverMerge do (later wins, `node` merges by key).

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sharpack.Core.Options;

public static partial class OptionsNormalizer
{
    private static readonly string[] s_javascriptParserKeys = ["javascript", "javascript/auto", "javascript/dynamic", "javascript/esm"];

    private static readonly string[] s_otherParserKeys =
    [
        "asset", "asset/bytes", "asset/inline", "asset/resource", "asset/source", "css", "css/auto", "css/global",
        "css/module", "html", "json",
    ];

    private static readonly string[] s_parserSupported =
    [
        "amd", "anonymousDefaultExportName", "commonjs", "commonjsMagicComments", "dynamicImportFetchPriority", "dynamicImportMode", "dynamicImportPrefetch",
        "dynamicImportPreload", "exportsPresence", "exprContextCritical", "harmony", "import", "importExportsPresence", "importMeta", "importMetaContext", "node", "url", "dynamicUrl", "worker", "createRequire", "reexportExportsPresence", "requireContext", "requireEnsure",
        "requireInclude", "requireJs", "strictExportPresence", "strictThisContextOnImports", "wrappedContextCritical", "deferImport", "sourceImport", "pureFunctions", "overrideStrict",
    ];

    // Valid in webpack's JavascriptParserOptions, not implemented by Sharpack (no analysis of
    // `require` used as a value yet, so unknownContext* are here too).
    private static readonly string[] s_parserIgnored =
    [
        "browserify",
        "dynamicImportCssPreload", "exprContextRecursive", "exprContextRegExp",
        "exprContextRequest", "parse",
        "strictModeViolations", "system", "typescript", "unknownContextCritical", "unknownContextRecursive",
        "unknownContextRegExp", "unknownContextRequest", "urlHints", "worklet",
        "wrappedContextRecursive", "wrappedContextRegExp",
    ];

    // The deprecated ModuleOptions keys webpack copies into module.parser.javascript.
    private static readonly string[] s_moduleParserKeys =
    [
        "exprContextCritical", "exprContextRecursive", "exprContextRegExp", "exprContextRequest", "strictExportPresence",
        "strictThisContextOnImports", "unknownContextCritical", "unknownContextRecursive", "unknownContextRegExp",
        "unknownContextRequest", "wrappedContextCritical", "wrappedContextRecursive", "wrappedContextRegExp",
    ];

    private static readonly string[] s_dynamicImportModes = ["eager", "weak", "lazy", "lazy-once"];

    /// <summary>
    /// The parser options of one module of <paramref name="type"/>: the defaults (with the
    /// global <c>node</c> option), then <c>module.parser.javascript</c>, then
    /// <c>module.parser[type]</c>, then <paramref name="ruleParsers"/> (the <c>parser</c> of each
    /// matched rule, in order).
    /// </summary>
    public static JavascriptParserOptions ResolveJavascriptParserOptions(SharpackOptions options, string type, IReadOnlyList<JsonObject> ruleParsers)
    {
        var result = JavascriptParserOptions.ForOptions(options);
        // webpack splits the type at "/" and merges each prefix: "javascript", then "javascript/auto".
        if (options.Parser.TryGetValue("javascript", out var common))
            result = ApplyJavascriptParser(result, common, options.Node);
        if (type != "javascript" && options.Parser.TryGetValue(type, out var specific))
            result = ApplyJavascriptParser(result, specific, options.Node);
        foreach (var parser in ruleParsers)
            result = ApplyJavascriptParser(result, parser, options.Node);
        return result;
    }

    private static JavascriptParserOptions ApplyJavascriptParser(JavascriptParserOptions options, JsonObject parser, NodeOptions globalNode)
    {
        foreach (var (key, value) in parser)
        {
            var kind = ConfigReader.Kind(value);
            if (kind == JsonValueKind.Null)
                continue;
            var flag = kind != JsonValueKind.False;
            options = key switch
            {
                "amd" => options with { Amd = flag },
                "commonjs" => options with { Commonjs = flag },
                "anonymousDefaultExportName" => options with { AnonymousDefaultExportName = flag },
                "commonjsMagicComments" => options with { CommonjsMagicComments = flag },
                "requireContext" => options with { RequireContext = flag },
                "requireEnsure" => options with { RequireEnsure = flag },
                "requireInclude" => options with { RequireInclude = flag },
                "requireJs" => options with { RequireJs = flag },
                "import" => options with { Import = flag },
                "harmony" => options with { Harmony = flag },
                "importMeta" => ImportMeta(options, value!, kind),
                "importMetaContext" => options with { ImportMetaContext = flag },
                "dynamicUrl" => options with { DynamicUrl = flag },
                "createRequire" => options with { CreateRequire = kind == JsonValueKind.String ? value!.GetValue<string>() : flag ? "createRequire from module" : null },
                "worker" => options with { Worker = value is JsonArray syntax ? [.. syntax.Select(n => n?.GetValue<string>() ?? "")] : flag ? ["..."] : null },
                "url" => options with { Url = kind == JsonValueKind.String ? value!.GetValue<string>() : flag ? "true" : "false" },
                "exprContextCritical" => options with { ExprContextCritical = flag },
                // importExportsPresence over exportsPresence over strictExportPresence, in any key order.
                "importExportsPresence" => options with { ImportExportsPresence = Presence(value, flag), ExplicitImportExportsPresence = true },
                "reexportExportsPresence" => options with { ReexportExportsPresence = Presence(value, flag), ExplicitReexportExportsPresence = true },
                "exportsPresence" => options with
                {
                    ImportExportsPresence = options.ExplicitImportExportsPresence ? options.ImportExportsPresence : Presence(value, flag),
                    ReexportExportsPresence = options.ExplicitReexportExportsPresence ? options.ReexportExportsPresence : Presence(value, flag),
                    ExplicitExportsPresence = true,
                },
                "strictExportPresence" when !options.ExplicitExportsPresence => options with
                {
                    ImportExportsPresence = options.ExplicitImportExportsPresence ? options.ImportExportsPresence : flag ? "error" : "auto",
                    ReexportExportsPresence = options.ExplicitReexportExportsPresence ? options.ReexportExportsPresence : flag ? "error" : "auto",
                },
                "wrappedContextCritical" => options with { WrappedContextCritical = flag },
                "deferImport" => options with { DeferImport = flag },
                "sourceImport" => options with { SourceImport = flag },
                "overrideStrict" => options with { OverrideStrict = kind == JsonValueKind.String ? value!.GetValue<string>() : null },
                "pureFunctions" => options with { PureFunctions = value is JsonArray names ? [.. names.Select(n => n?.GetValue<string>() ?? "")] : null },
                "strictThisContextOnImports" => options with { StrictThisContextOnImports = flag },
                "dynamicImportMode" => options with { DynamicImportMode = value!.GetValue<string>() },
                "dynamicImportPrefetch" => options with { DynamicImportPrefetch = ImportOrder(value!) },
                "dynamicImportPreload" => options with { DynamicImportPreload = ImportOrder(value!) },
                "dynamicImportCssPreload" => options with { DynamicImportCssPreload = ImportOrder(value!) },
                "dynamicImportFetchPriority" => options with { DynamicImportFetchPriority = kind == JsonValueKind.String ? value!.GetValue<string>() : null },
                "node" => options with { Node = value is JsonObject node ? MergeNode(options.Node ?? globalNode, node) : null },
                _ => options,
            };
        }
        return options;
    }

    private static string Presence(JsonNode? value, bool flag) => flag ? value!.GetValue<string>() : "false";

    // importMeta: a boolean, "preserve-unknown", or an object of fields (each true or false; the
    // object form preserves unknown properties too).
    private static JavascriptParserOptions ImportMeta(JavascriptParserOptions options, JsonNode value, JsonValueKind kind)
    {
        if (value is JsonObject fields)
        {
            var result = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var (field, on) in fields)
                result[field] = ConfigReader.Kind(on) != JsonValueKind.False;
            return options with { ImportMeta = true, ImportMetaPreserveUnknown = true, ImportMetaFields = result };
        }
        var preserve = kind == JsonValueKind.String && value.GetValue<string>() == "preserve-unknown";
        return options with { ImportMeta = kind != JsonValueKind.False, ImportMetaPreserveUnknown = preserve, ImportMetaFields = null };
    }

    private static double? ImportOrder(JsonNode value) => ConfigReader.Kind(value) switch
    {
        JsonValueKind.True => 0,
        JsonValueKind.Number => value.GetValue<double>(),
        _ => null,
    };

    // `node: false` globally still lets a parser's node object switch a variable on: NodeStuffPlugin
    // starts from { __filename: false, __dirname: false } then, a NodeOptions of nulls here.
    private static NodeOptions MergeNode(NodeOptions baseOptions, JsonObject node) => new()
    {
        Filename = node.ContainsKey("__filename") ? NodeHandling(node["__filename"]) : baseOptions.Filename,
        Dirname = node.ContainsKey("__dirname") ? NodeHandling(node["__dirname"]) : baseOptions.Dirname,
        Global = node["global"] is { } global ? ConfigReader.Kind(global) != JsonValueKind.False : baseOptions.Global,
    };

    private static string? NodeHandling(JsonNode? value) => ConfigReader.Kind(value) switch
    {
        // true: the path relative to the context (webpack's NodeStuffPlugin `case true`).
        JsonValueKind.True => "true",
        JsonValueKind.String => value!.GetValue<string>(),
        _ => null,
    };

    /// <summary>
    /// <c>module.parser</c>: the JavaScript keys' objects (validated; the deprecated
    /// <c>module.exprContextCritical</c>… keys folded into <c>javascript</c>, which wins over them).
    /// </summary>
    private static Dictionary<string, JsonObject> ReadParserOptionsByModuleType(ConfigReader reader, JsonObject module)
    {
        const string path = "configuration.module.parser";
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        if (reader.Object(module["parser"], path) is { } parser)
        {
            foreach (var (key, value) in parser)
            {
                var keyPath = ConfigReader.Child(path, key);
                if (Array.IndexOf(s_javascriptParserKeys, key) >= 0)
                {
                    if (reader.Object(value, keyPath) is { } options)
                    {
                        CheckJavascriptParser(reader, options, keyPath, strict: true);
                        result[key] = options;
                    }
                }
                else if (key == "asset")
                {
                    if (reader.Object(value, keyPath) is { } options)
                    {
                        CheckAssetParser(reader, options, keyPath);
                        result[key] = options;
                    }
                }
                else if (key == "json")
                {
                    if (reader.Object(value, keyPath) is { } options)
                    {
                        CheckJsonParser(reader, options, keyPath);
                        result[key] = options;
                    }
                }
                else if (key is "css" or "css/auto" or "css/global" or "css/module" or "html")
                {
                    // Read by the CSS and HTML modules plugins (import, url, namedExports, exportType, …; sources, as).
                    if (reader.Object(value, keyPath) is { } options)
                    {
                        if (key == "html")
                            CheckHtmlParserFunctions(reader, options, keyPath);
                        result[key] = options;
                    }
                }
                else if (value is not null)
                {
                    // webpack accepts an object for any module type; only JavaScript's, JSON's, CSS's, HTML's and assets' are read here.
                    if (reader.Object(value, keyPath) is not null)
                        reader.Warning($"{keyPath} is not supported by sharpack yet and is ignored.");
                }
            }
        }
        JsonObject? deprecated = null;
        foreach (var key in s_moduleParserKeys)
        {
            if (module[key] is not { } value)
                continue;
            deprecated ??= [];
            deprecated[key] = value.DeepClone();
        }
        if (deprecated is not null)
        {
            CheckJavascriptParser(reader, deprecated, "configuration.module", strict: true);
            if (result.TryGetValue("javascript", out var javascript))
            {
                foreach (var (key, value) in javascript)
                    deprecated[key] = value?.DeepClone();
            }
            result["javascript"] = deprecated;
        }
        return result;
    }

    // webpack's AssetParserOptions: { dataUrlCondition: { maxSize } | function (source, { filename, module }) }.
    private static void CheckAssetParser(ConfigReader reader, JsonObject obj, string path)
    {
        foreach (var (key, value) in obj)
        {
            if (key != "dataUrlCondition")
                reader.Error(path, $"has an unknown property '{key}'. These properties are valid:\nobject {{ dataUrlCondition? }}");
            else
                CheckDataUrlCondition(reader, value, ConfigReader.Child(path, key));
        }
    }

    // webpack's JsonParserOptions: { exportsDepth?: number, namedExports?: boolean, parse?: function }.
    private static void CheckJsonParser(ConfigReader reader, JsonObject obj, string path)
    {
        foreach (var (key, value) in obj)
        {
            var keyPath = ConfigReader.Child(path, key);
            switch (key)
            {
                case "exportsDepth":
                    if (value is not null && ConfigNumbers.Value(value) is null)
                        reader.Error(keyPath, "should be a number.");
                    break;
                case "namedExports":
                    reader.Bool(value, keyPath);
                    break;
                case "parse":
                    reader.Warning($"{keyPath} is not supported by sharpack yet and is ignored (JSON is parsed as JSON).");
                    break;
                default:
                    reader.Error(path, $"has an unknown property '{key}'. These properties are valid:\nobject {{ exportsDepth?, namedExports?, parse? }}");
                    break;
            }
        }
    }

    // The functions HTML parser options take: a source's filter(attributes, value) and template(source, context).
    private static void CheckHtmlParserFunctions(ConfigReader reader, JsonObject options, string path)
    {
        if (JsFunction.IsHandle(options["template"]))
            reader.Function(options["template"], ConfigReader.Child(path, "template"));
        if (options["sources"] is not JsonArray sources)
            return;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonObject entry && JsFunction.IsHandle(entry["filter"]))
                reader.Function(entry["filter"], ConfigReader.Child(ConfigReader.Item(ConfigReader.Child(path, "sources"), i), "filter"));
        }
    }

    private static void CheckDataUrlCondition(ConfigReader reader, JsonNode? value, string path)
    {
        if (value is null)
            return;
        if (JsFunction.IsHandle(value))
        {
            reader.Function(value, path);
            return;
        }
        if (reader.Object(value, path) is not { } condition)
            return;
        foreach (var (key, conditionValue) in condition)
        {
            if (key != "maxSize")
                reader.Error(path, $"has an unknown property '{key}'. These properties are valid:\nobject {{ maxSize? }}");
            else if (ConfigNumbers.Value(conditionValue) is null)
                reader.Error(ConfigReader.Child(path, key), "should be a number.");
        }
    }

    /// <summary>
    /// Checks the JavaScript parser options in <paramref name="obj"/>: the supported keys' types
    /// (errors), webpack keys Sharpack ignores (warnings), and with <paramref name="strict"/>
    /// (<c>module.parser.javascript…</c>, whose schema is closed) unknown keys (errors). A rule's
    /// <c>parser</c> may hold options for other module types, so unknown keys pass there, as in webpack.
    /// </summary>
    private static void CheckJavascriptParser(ConfigReader reader, JsonObject obj, string path, bool strict)
    {
        foreach (var (key, value) in obj)
        {
            var keyPath = ConfigReader.Child(path, key);
            var kind = ConfigReader.Kind(value);
            if (!strict && key == "dataUrlCondition")
            {
                // A rule's parser may be an asset's.
                CheckDataUrlCondition(reader, value, keyPath);
                continue;
            }
            if (Array.IndexOf(s_parserSupported, key) < 0)
            {
                if (Array.IndexOf(s_parserIgnored, key) >= 0)
                    reader.Warning($"{keyPath} is not supported by sharpack yet and is ignored.");
                else if (strict)
                    reader.Error(path, $"has an unknown property '{key}'. These properties are valid:\n" +
                        $"object {{ {string.Join("?, ", s_parserSupported.Concat(s_parserIgnored).Order(StringComparer.Ordinal))}? }}");
                continue;
            }
            if (kind == JsonValueKind.Null)
                continue;
            switch (key)
            {
                case "amd":
                    if (kind != JsonValueKind.False && value is not JsonObject)
                        reader.Error(keyPath, "should be one of these:\nfalse | object { … }");
                    break;
                case "node":
                    if (kind == JsonValueKind.False)
                        break;
                    if (reader.Object(value, keyPath) is { } node)
                        CheckNodeObject(reader, node, keyPath);
                    break;
                case "exportsPresence" or "importExportsPresence" or "reexportExportsPresence":
                    if (kind != JsonValueKind.False)
                        reader.OneOf(value, keyPath, "error", "warn", "auto");
                    break;
                case "strictExportPresence":
                    reader.Bool(value, keyPath);
                    break;
                case "dynamicImportMode":
                    reader.OneOf(value, keyPath, s_dynamicImportModes);
                    break;
                case "overrideStrict":
                    reader.OneOf(value, keyPath, "strict", "non-strict");
                    break;
                case "pureFunctions":
                    if (value is not JsonArray names || names.Any(n => ConfigReader.Kind(n) != JsonValueKind.String))
                        reader.Error(keyPath, "should be an array of strings (function names).");
                    break;
                case "createRequire":
                    if (kind is not (JsonValueKind.True or JsonValueKind.False)
                        && !(kind == JsonValueKind.String && value!.GetValue<string>() is var form && form.IndexOf(" from ", StringComparison.Ordinal) is > 0 and var at && at + 6 < form.Length))
                        reader.Error(keyPath, "should be a boolean or a string \"name from module\" (the specifier and the module it is imported from).");
                    break;
                case "worker":
                    if (kind is not (JsonValueKind.True or JsonValueKind.False) && (value is not JsonArray syntax || syntax.Any(n => ConfigReader.Kind(n) != JsonValueKind.String)))
                        reader.Error(keyPath, "should be a boolean or an array of strings (the syntax that starts a worker, \"...\" for the defaults).");
                    break;
                case "url":
                    if (kind is not (JsonValueKind.True or JsonValueKind.False))
                        reader.OneOf(value, keyPath, "relative");
                    break;
                case "importMeta":
                    if (value is JsonObject fields)
                    {
                        foreach (var (field, on) in fields)
                            reader.Bool(on, ConfigReader.Child(keyPath, field));
                    }
                    else if (kind is not (JsonValueKind.True or JsonValueKind.False)
                        && !(kind == JsonValueKind.String && value!.GetValue<string>() == "preserve-unknown"))
                    {
                        reader.Error(keyPath, "should be one of these:\nboolean | \"preserve-unknown\" | object { … }");
                    }
                    break;
                case "dynamicImportPrefetch" or "dynamicImportPreload":
                    if (kind is not (JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False))
                        reader.Error(keyPath, "should be a number or a boolean.");
                    break;
                case "dynamicImportFetchPriority":
                    if (kind != JsonValueKind.False && !(kind == JsonValueKind.String && value!.GetValue<string>() is "low" or "high" or "auto"))
                        reader.Error(keyPath, "should be one of these:\n\"low\" | \"high\" | \"auto\" | false");
                    break;
                default:
                    reader.Bool(value, keyPath);
                    break;
            }
        }
    }

    // The object form of `node` (top level and parser): __filename, __dirname, global.
    private static void CheckNodeObject(ConfigReader reader, JsonObject obj, string path)
    {
        reader.CheckKeys(obj, path, ["__dirname", "__filename", "global"], []);
        if (obj["global"] is { } global && ConfigReader.Kind(global) is not (JsonValueKind.True or JsonValueKind.False)
            && !(ConfigReader.Kind(global) == JsonValueKind.String && global.GetValue<string>() == "warn"))
        {
            reader.Error(ConfigReader.Child(path, "global"), "should be a boolean or \"warn\".");
        }
        foreach (var key in (ReadOnlySpan<string>)["__filename", "__dirname"])
        {
            var node = obj[key];
            switch (ConfigReader.Kind(node))
            {
                case JsonValueKind.Null or JsonValueKind.False or JsonValueKind.True:
                    break;
                case JsonValueKind.String when Array.IndexOf(s_nodeHandling, node!.GetValue<string>()) >= 0:
                    break;
                default:
                    reader.Error(ConfigReader.Child(path, key), "should be one of these:\nfalse | true | \"mock\" | \"warn-mock\" | \"node-module\" | \"eval-only\"");
                    break;
            }
        }
    }
}
