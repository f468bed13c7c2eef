// Follows webpack lib/config/defaults.js (applyResolveDefaults) and lib/rules/RuleSetCompiler.js
// for the subset Sharpack reads: `resolve` (extensions, mainFields, conditionNames, alias in
// object or array form, modules, mainFiles, symlinks) and `module.rules`: the conditions test,
// include, exclude, resource, realResource, issuer, resourceQuery, resourceFragment and
// descriptionData (strings, RegExps, arrays, { and, or, not }), the effects type, parser and
// loaders (use, or loader and options, with enforce; lib/rules/UseEffectRulePlugin.js), and
// nested rules and oneOf. `module.parser` is read in OptionsNormalizer.Parser.cs.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sharpack.Core.Options;

public static partial class OptionsNormalizer
{
    private static readonly string[] s_resolveSupported =
    [
        "alias", "aliasFields", "byDependency", "conditionNames", "descriptionFiles", "enforceExtension", "exportsFields", "extensionAlias", "extensions", "fallback", "fullySpecified", "importsFields", "mainFields", "mainFiles", "modules", "preferAbsolute", "preferRelative", "restrictions", "roots", "symlinks", "tsconfig",
    ];

    private static readonly string[] s_resolveIgnored =
    [
        "cache", "cachePredicate", "cacheWithContext", "fileSystem", "resolver", "unsafeCache", "useSyncFileSystemCalls",
    ];

    private static readonly string[] s_resolveNotImplemented = ["plugins"];

    private static readonly string[] s_moduleSupported = ["generator", "noParse", "parser", "rules"];

    // module.generator's keys (webpack's GeneratorOptionsByModuleType); only json's are read yet.
    private static readonly string[] s_generatorTypes =
    [
        "asset", "asset/bytes", "asset/inline", "asset/resource", "asset/source", "css", "css/auto", "css/global", "css/module",
        "html", "javascript", "javascript/auto", "javascript/dynamic", "javascript/esm", "json",
    ];

    private static readonly string[] s_moduleIgnored =
    [
        "unsafeCache",
    ];

    private static readonly string[] s_moduleNotImplemented = ["defaultRules"];

    private static readonly string[] s_ruleSupported =
    [
        "compiler", "dependency", "descriptionData", "enforce", "exclude", "extractSourceMap", "generator", "glob", "include", "issuer", "issuerLayer", "layer", "loader", "mimetype", "oneOf", "options", "parser", "phase", "realResource", "resource",
        "resourceFragment", "resourceQuery", "resolve", "rules", "scheme", "sideEffects", "test", "type", "use", "with", "assert",
    ];

    private static readonly string[] s_useItemSupported = ["ident", "loader", "options"];

    private static readonly string[] s_ruleIgnored = [];

    private static readonly string[] s_ruleNotImplemented = [];

    private static readonly string[] s_defaultExtensions = [".js", ".json", ".wasm", ".ts", ".tsx", ".mts", ".cts", ".jsx"];

    private static readonly string[] s_loaderExtensions = [".js"];

    private static readonly string[] s_loaderMainFields = ["loader", "main"];

    private static ResolveOptions ReadResolve(ConfigReader reader, JsonNode? node, TargetProperties? target, string context)
    {
        // webpack: the browser field is read when the target is web and not node (or Electron's renderer).
        IReadOnlyList<string> defaultMainFields = target?.BrowserField == true
            ? ["browser", "module", "main"]
            : ["module", "main"];
        return ReadResolve(reader, node, context, "configuration.resolve", s_defaultExtensions, defaultMainFields);
    }

    // webpack's resolveLoader: read as resolve is, over the loader resolver's defaults
    // (lib/config/defaults.js getResolveLoaderDefaults); null when the configuration has none.
    private static ResolveOptions? ReadResolveLoader(ConfigReader reader, JsonNode? node, string context) =>
        node is null ? null : ReadResolve(reader, node, context, "configuration.resolveLoader", s_loaderExtensions, s_loaderMainFields);

    private static ResolveOptions ReadResolve(ConfigReader reader, JsonNode? node, string context, string path,
        IReadOnlyList<string> defaultExtensions, IReadOnlyList<string> defaultMainFields)
    {
        var obj = reader.Object(node, path);
        if (obj is null)
        {
            return new ResolveOptions
            {
                Extensions = defaultExtensions,
                MainFields = defaultMainFields,
                // The project's tsconfig.json, when there is one (its `paths` and `baseUrl`), as esbuild reads it.
                TsConfig = path == "configuration.resolve" ? Path.Combine(context, "tsconfig.json") : null,
            };
        }
        reader.CheckKeys(obj, path, s_resolveSupported, s_resolveIgnored, s_resolveNotImplemented);
        var givenKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _) in obj)
            givenKeys.Add(key);
        Dictionary<string, ResolveOptions>? byDependency = null;
        if (reader.Object(obj["byDependency"], path + ".byDependency") is { } dependencies)
        {
            byDependency = new Dictionary<string, ResolveOptions>(StringComparer.Ordinal);
            foreach (var (category, value) in dependencies)
            {
                var categoryPath = ConfigReader.Child(path + ".byDependency", category);
                if (reader.Object(value, categoryPath) is not null)
                    byDependency[category] = ReadResolve(reader, value, context, categoryPath, defaultExtensions, defaultMainFields);
            }
        }
        return new ResolveOptions
        {
            GivenKeys = givenKeys,
            ByDependency = byDependency,
            Extensions = reader.StringArray(obj["extensions"], path + ".extensions", defaultExtensions) ?? [.. defaultExtensions],
            MainFields = reader.StringArray(obj["mainFields"], path + ".mainFields", defaultMainFields) ?? defaultMainFields,
            ConditionNames = reader.StringArray(obj["conditionNames"], path + ".conditionNames"),
            Alias = ReadAlias(reader, obj["alias"], path + ".alias"),
            Fallback = ReadAlias(reader, obj["fallback"], path + ".fallback"),
            Modules = reader.StringArray(obj["modules"], path + ".modules", ["node_modules"]) ?? ["node_modules"],
            MainFiles = reader.StringArray(obj["mainFiles"], path + ".mainFiles", ["index"]) ?? ["index"],
            Symlinks = reader.Bool(obj["symlinks"], path + ".symlinks") ?? true,
            ExtensionAlias = ReadExtensionAlias(reader, obj["extensionAlias"], path + ".extensionAlias"),
            ExportsFields = reader.StringArray(obj["exportsFields"], path + ".exportsFields"),
            ImportsFields = reader.StringArray(obj["importsFields"], path + ".importsFields"),
            AliasFields = ReadFieldNames(reader, obj["aliasFields"], path + ".aliasFields"),
            DescriptionFiles = reader.StringArray(obj["descriptionFiles"], path + ".descriptionFiles"),
            FullySpecified = reader.Bool(obj["fullySpecified"], path + ".fullySpecified"),
            EnforceExtension = reader.Bool(obj["enforceExtension"], path + ".enforceExtension"),
            PreferRelative = reader.Bool(obj["preferRelative"], path + ".preferRelative"),
            PreferAbsolute = reader.Bool(obj["preferAbsolute"], path + ".preferAbsolute"),
            Roots = reader.StringArray(obj["roots"], path + ".roots", allowEmptyItems: false)?.ConvertAll(r => Path.GetFullPath(r, context)),
            Restrictions = ReadRestrictions(reader, obj["restrictions"], path + ".restrictions", context, out var restrictionPatterns),
            RestrictionPatterns = restrictionPatterns,
            TsConfig = ConfigReader.Kind(obj["tsconfig"]) switch
            {
                // Not given: the project's tsconfig.json, when there is one (its `paths` and `baseUrl`), as esbuild reads it.
                JsonValueKind.Null when !obj.ContainsKey("tsconfig") && path == "configuration.resolve" => Path.Combine(context, "tsconfig.json"),
                JsonValueKind.Null or JsonValueKind.False => null,
                JsonValueKind.True => Path.Combine(context, "tsconfig.json"),
                JsonValueKind.String => Path.GetFullPath(obj["tsconfig"]!.GetValue<string>(), context),
                JsonValueKind.Object when obj["tsconfig"]!["configFile"] is JsonValue file && file.GetValueKind() == JsonValueKind.String
                    => Path.GetFullPath(file.GetValue<string>(), context),
                JsonValueKind.Object => Path.Combine(context, "tsconfig.json"),
                _ => Fail(reader, path + ".tsconfig", "should be a boolean, a path or an object { configFile?, references? }."),
            },
        };
    }

    private static string? Fail(ConfigReader reader, string path, string message)
    {
        reader.Error(path, message);
        return null;
    }

    // resolve.aliasFields: field names, or paths into the description file as arrays ("browser" or ["browser"]).
    private static List<string>? ReadFieldNames(ConfigReader reader, JsonNode? node, string path)
    {
        if (node is not JsonArray array)
            return node is null ? null : reader.StringArray(node, path);
        var result = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonArray nested)
                result.Add(string.Join('.', reader.StringArray(nested, ConfigReader.Item(path, i)) ?? []));
            else if (reader.String(array[i], ConfigReader.Item(path, i)) is { } name)
                result.Add(name);
        }
        return result;
    }

    // resolve.extensionAlias: { ".js": [".ts", ".js"] | ".ts" }.
    private static Dictionary<string, string[]>? ReadExtensionAlias(ConfigReader reader, JsonNode? node, string path)
    {
        if (node is null)
            return null;
        if (reader.Object(node, path) is not { } obj)
            return null;
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            var itemPath = ConfigReader.Child(path, key);
            var targets = ConfigReader.Kind(value) == JsonValueKind.String ? reader.String(value, itemPath) is { } one ? [one] : null : reader.StringArray(value, itemPath);
            if (targets is not null)
                result[key] = [.. targets];
        }
        return result;
    }

    // resolve.restrictions: paths (resolved against the context) or RegExps a result must match.
    private static List<string>? ReadRestrictions(ConfigReader reader, JsonNode? node, string path, string context, out List<System.Text.RegularExpressions.Regex>? patterns)
    {
        patterns = null;
        if (node is null)
            return null;
        if (node is not JsonArray array)
        {
            reader.Error(path, "should be an array of paths or RegExps.");
            return null;
        }
        var paths = new List<string>();
        for (var i = 0; i < array.Count; i++)
        {
            var item = array[i];
            if (ConfigReader.IsRegExp(item))
            {
                if (reader.RegExp(item!, ConfigReader.Item(path, i)) is { } pattern)
                    (patterns ??= []).Add(pattern);
            }
            else if (reader.String(item, ConfigReader.Item(path, i)) is { } restriction)
            {
                paths.Add(Path.GetFullPath(restriction, context));
            }
        }
        return paths;
    }

    // resolve.alias and resolve.fallback. Object form { key: target | [targets] | false }, or array form [{ name, alias, onlyModule }]
    // where onlyModule is the object form's `key$` (exact match).
    private static List<KeyValuePair<string, IReadOnlyList<string>>> ReadAlias(ConfigReader reader, JsonNode? node, string path)
    {
        var result = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                var itemPath = ConfigReader.Item(path, i);
                if (reader.Object(array[i] ?? JsonValue.Create(0), itemPath) is not { } item)
                    continue;
                reader.CheckKeys(item, itemPath, ["alias", "name", "onlyModule"], []);
                var name = reader.String(item["name"], ConfigReader.Child(itemPath, "name"));
                if (item["name"] is null)
                    reader.Error(itemPath, "misses the property 'name'.");
                var targets = ReadAliasTargets(reader, item["alias"], ConfigReader.Child(itemPath, "alias"));
                var onlyModule = reader.Bool(item["onlyModule"], ConfigReader.Child(itemPath, "onlyModule")) ?? false;
                if (name is not null && targets is not null)
                    result.Add(new(onlyModule ? name + "$" : name, targets));
            }
            return result;
        }
        if (reader.Object(node, path) is not { } obj)
            return result;
        foreach (var (key, value) in obj)
        {
            if (ReadAliasTargets(reader, value, ConfigReader.Child(path, key)) is { } targets)
                result.Add(new(key, targets));
        }
        return result;
    }

    private static List<string>? ReadAliasTargets(ConfigReader reader, JsonNode? node, string path)
    {
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.False:
                return [];
            case JsonValueKind.String:
                return reader.String(node, path) is { } single ? [single] : null;
            case JsonValueKind.Array:
                return reader.StringArray(node, path);
            default:
                reader.Error(path, "should be a non-empty string, an array of non-empty strings, or false.");
                return null;
        }
    }

    private static List<ModuleRule> ReadModule(ConfigReader reader, JsonNode? node, string context, out Dictionary<string, JsonObject> parser, out RuleCondition? noParse,
        out Dictionary<string, JsonObject> generator)
    {
        const string path = "configuration.module";
        parser = [];
        noParse = null;
        generator = [];
        if (reader.Object(node, path) is not { } obj)
            return [];
        reader.CheckKeys(obj, path, [.. s_moduleSupported, .. s_moduleParserKeys], s_moduleIgnored, s_moduleNotImplemented);
        parser = ReadParserOptionsByModuleType(reader, obj);
        if (reader.Object(obj["generator"], "configuration.module.generator") is { } generators)
        {
            foreach (var (type, value) in generators)
            {
                var typePath = ConfigReader.Child("configuration.module.generator", type);
                if (Array.IndexOf(s_generatorTypes, type) < 0)
                    reader.Error("configuration.module.generator", $"has an unknown property '{type}'. These properties are valid: {string.Join(", ", s_generatorTypes)}.");
                else if (reader.Object(value, typePath) is { } options)
                {
                    CheckGeneratorOptions(reader, options, typePath, type);
                    generator[type] = options;
                }
            }
        }
        if (obj["noParse"] is { } noParseNode)
            noParse = ReadNoParse(reader, noParseNode, "configuration.module.noParse", top: true);
        return ReadRules(reader, obj["rules"], "configuration.module.rules", context, "ruleSet[1].rules");
    }

    // webpackPath: where webpack's RuleSetCompiler puts the rules (the user's are ruleSet[1].rules;
    // it drops falsy items before numbering them), which names loader options in requests.
    private static List<ModuleRule> ReadRules(ConfigReader reader, JsonNode? node, string path, string context, string webpackPath)
    {
        var rules = new List<ModuleRule>();
        if (node is null)
            return rules;
        if (node is not JsonArray array)
        {
            reader.Error(path, "should be an array of rule objects.");
            return rules;
        }
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = ConfigReader.Item(path, i);
            // webpack allows falsy items ("...", false, 0, "", null, undefined) to switch rules off.
            if (ConfigReader.Kind(array[i]) is JsonValueKind.Null or JsonValueKind.False
                || (ConfigReader.Kind(array[i]) == JsonValueKind.String && array[i]!.GetValue<string>() is "" or "..."))
            {
                continue;
            }
            if (reader.Object(array[i], itemPath) is { } rule)
                rules.Add(ReadRule(reader, rule, itemPath, context, ConfigReader.Item(webpackPath, rules.Count)));
        }
        return rules;
    }

    // Follows webpack's NormalModuleFactory rule plugins: each condition key tests one value of
    // the request (exclude negated); type and parser are effects; rules and oneOf nest.
    private static ModuleRule ReadRule(ConfigReader reader, JsonObject rule, string path, string context, string webpackPath)
    {
        reader.CheckKeys(rule, path, s_ruleSupported, s_ruleIgnored, s_ruleNotImplemented);
        var conditions = new List<RuleConditionEntry>();
        foreach (var (key, value) in rule)
        {
            if (value is null)
                continue;
            var keyPath = ConfigReader.Child(path, key);
            switch (key)
            {
                case "test" or "include" or "resource":
                    AddRuleCondition(reader, conditions, RuleDataProperty.Resource, value, keyPath, context);
                    break;
                case "exclude":
                    if (ReadCondition(reader, value, keyPath, context) is { } exclude)
                        conditions.Add(new RuleConditionEntry(RuleDataProperty.Resource, RuleCondition.Not(exclude)));
                    break;
                case "realResource":
                    AddRuleCondition(reader, conditions, RuleDataProperty.RealResource, value, keyPath, context);
                    break;
                case "issuer":
                    AddRuleCondition(reader, conditions, RuleDataProperty.Issuer, value, keyPath, context);
                    break;
                case "issuerLayer":
                    AddRuleCondition(reader, conditions, RuleDataProperty.IssuerLayer, value, keyPath, null);
                    break;
                case "glob":
                    // webpack's GlobMatcherRulePlugin: a rule's glob selects the resource.
                    if (ReadGlob(reader, value, keyPath) is { } glob)
                        conditions.Add(new RuleConditionEntry(RuleDataProperty.Resource, glob));
                    break;
                case "compiler":
                    AddRuleCondition(reader, conditions, RuleDataProperty.Compiler, value, keyPath, null);
                    break;
                case "dependency":
                    AddRuleCondition(reader, conditions, RuleDataProperty.Dependency, value, keyPath, null);
                    break;
                case "scheme":
                    AddRuleCondition(reader, conditions, RuleDataProperty.Scheme, value, keyPath, null);
                    break;
                case "mimetype":
                    AddRuleCondition(reader, conditions, RuleDataProperty.Mimetype, value, keyPath, null);
                    break;
                case "phase":
                    AddRuleCondition(reader, conditions, RuleDataProperty.Phase, value, keyPath, null);
                    break;
                case "resourceQuery":
                    AddRuleCondition(reader, conditions, RuleDataProperty.ResourceQuery, value, keyPath, null);
                    break;
                case "resourceFragment":
                    AddRuleCondition(reader, conditions, RuleDataProperty.ResourceFragment, value, keyPath, null);
                    break;
                case "with" or "assert":
                    if (reader.Object(value, keyPath) is { } attributes)
                    {
                        foreach (var (attribute, attributeCondition) in attributes)
                        {
                            if (ReadCondition(reader, attributeCondition, ConfigReader.Child(keyPath, attribute), null) is { } condition)
                                conditions.Add(new RuleConditionEntry(RuleDataProperty.With, condition, [attribute]));
                        }
                    }
                    break;
                case "descriptionData":
                    if (reader.Object(value, keyPath) is { } fields)
                    {
                        foreach (var (field, fieldCondition) in fields)
                        {
                            if (ReadCondition(reader, fieldCondition, ConfigReader.Child(keyPath, field), null) is { } condition)
                                conditions.Add(new RuleConditionEntry(RuleDataProperty.DescriptionData, condition, field.Split('.')));
                        }
                    }
                    break;
            }
        }
        var parser = reader.Object(rule["parser"], ConfigReader.Child(path, "parser"));
        if (parser is not null)
        {
            CheckJavascriptParser(reader, parser, ConfigReader.Child(path, "parser"), strict: false);
            CheckHtmlParserFunctions(reader, parser, ConfigReader.Child(path, "parser"));
        }
        var generator = reader.Object(rule["generator"], ConfigReader.Child(path, "generator"));
        if (generator is not null)
            CheckGeneratorOptions(reader, generator, ConfigReader.Child(path, "generator"), type: null);
        // A rule's resolve options apply to the requests of the modules it matches (webpack's rule.resolve).
        var ruleResolve = reader.Object(rule["resolve"], ConfigReader.Child(path, "resolve")) is { } resolveObject
            ? ReadResolve(reader, resolveObject, context, ConfigReader.Child(path, "resolve"), s_defaultExtensions, ["module", "main"])
            : null;
        return new ModuleRule
        {
            Path = path,
            Resolve = ruleResolve,
            Layer = reader.String(rule["layer"], ConfigReader.Child(path, "layer")),
            WebpackPath = webpackPath,
            Description = DescribeRule(rule),
            Conditions = conditions,
            Type = reader.String(rule["type"], ConfigReader.Child(path, "type")),
            SideEffects = reader.Bool(rule["sideEffects"], ConfigReader.Child(path, "sideEffects")),
            ExtractSourceMap = reader.Bool(rule["extractSourceMap"], ConfigReader.Child(path, "extractSourceMap")),
            Parser = parser,
            Generator = generator,
            Use = ReadUse(reader, rule, path, webpackPath, out var enforce, out var useFunction),
            UseFunction = useFunction,
            Enforce = enforce,
            Rules = ReadRules(reader, rule["rules"], ConfigReader.Child(path, "rules"), context, webpackPath + ".rules"),
            OneOf = ReadRules(reader, rule["oneOf"], ConfigReader.Child(path, "oneOf"), context, webpackPath + ".oneOf"),
        };
    }

    // webpack's compileGlobCondition: a pattern or a non-empty list of them, each a valid glob.
    private static RuleCondition? ReadGlob(ConfigReader reader, JsonNode? value, string path)
    {
        var patterns = value is JsonArray ? reader.StringArray(value, path) : reader.String(value, path) is { } single ? [single] : null;
        if (patterns is null)
            return null;
        if (patterns.Count == 0)
        {
            reader.Error(path, "Expected glob pattern, but got empty list.");
            return null;
        }
        var condition = RuleCondition.Glob(patterns);
        if (condition is null)
            reader.Error(path, $"Invalid glob pattern {string.Join(", ", patterns)}.");
        return condition;
    }

    // webpack's describeRule (UnusedRuleWarningPlugin): the first of test, include, exclude,
    // resource, mimetype given as a RegExp or string, else the loader, else the type.
    private static string DescribeRule(JsonObject rule)
    {
        foreach (var key in (ReadOnlySpan<string>)["test", "include", "exclude", "resource", "mimetype"])
        {
            var value = rule[key];
            if (ConfigReader.IsRegExp(value) && value!["__regexp"] is JsonObject regexp)
                return $" ({key}: /{regexp["source"]?.GetValue<string>()}/{regexp["flags"]?.GetValue<string>()})";
            if (ConfigReader.Kind(value) == JsonValueKind.String)
                return $" ({key}: {value!.GetValue<string>()})";
        }
        if (ConfigReader.Kind(rule["loader"]) == JsonValueKind.String)
            return $" (loader: {rule["loader"]!.GetValue<string>()})";
        if (ConfigReader.Kind(rule["type"]) == JsonValueKind.String)
            return $" (type: {rule["type"]!.GetValue<string>()})";
        return "";
    }

    // Follows webpack's UseEffectRulePlugin: `use` (a loader name, { loader, options, ident }, or an
    // array of them) or `loader` with `options`, never both; object options without an ident go by
    // the rule's path (webpack's `ruleSet[1].rules[0].use[0]`), so the module's request names them.
    // A function as `use` (or as an item of it) is asked per module: see ReadUseFunction.
    private static List<ModuleGraph.LoaderItem> ReadUse(ConfigReader reader, JsonObject rule, string path, string webpackPath, out string? enforce,
        out Func<JsonObject, IReadOnlyList<ModuleGraph.LoaderItem>>? useFunction)
    {
        useFunction = null;
        enforce = null;
        var use = new List<ModuleGraph.LoaderItem>();
        var enforcePath = ConfigReader.Child(path, "enforce");
        if (rule["enforce"] is { } enforceNode)
        {
            enforce = reader.String(enforceNode, enforcePath);
            if (enforce is not (null or "pre" or "post"))
            {
                reader.Error(enforcePath, "should be one of these:\n\"pre\" | \"post\"");
                enforce = null;
            }
        }
        if (rule["use"] is { } useNode)
        {
            if (rule["loader"] is not null)
                reader.Error(ConfigReader.Child(path, "loader"), "A Rule must not have a 'loader' property when it has a 'use' property");
            if (rule["options"] is not null)
                reader.Error(ConfigReader.Child(path, "options"), "A Rule must not have a 'options' property when it has a 'use' property");
            var usePath = ConfigReader.Child(path, "use");
            if (JsFunction.IsHandle(useNode) || (useNode is JsonArray withFunctions && withFunctions.Any(JsFunction.IsHandle)))
                useFunction = ReadUseFunction(reader, useNode, usePath);
            else if (useNode is JsonArray items)
            {
                var kept = 0;
                for (var i = 0; i < items.Count; i++)
                {
                    // webpack filters falsy items out of the array.
                    if (ConfigReader.Kind(items[i]) is JsonValueKind.Null or JsonValueKind.False
                        || (ConfigReader.Kind(items[i]) == JsonValueKind.String && items[i]!.GetValue<string>().Length == 0))
                    {
                        continue;
                    }
                    // webpack numbers the items after dropping the falsy ones.
                    if (ReadUseItem(reader, items[i], ConfigReader.Item(usePath, i), $"{webpackPath}.use[{kept++}]") is { } item)
                        use.Add(item);
                }
            }
            else if (ReadUseItem(reader, useNode, usePath, webpackPath + ".use") is { } item)
            {
                use.Add(item);
            }
        }
        else if (rule["loader"] is { } loaderNode)
        {
            var loaderPath = ConfigReader.Child(path, "loader");
            if (reader.String(loaderNode, loaderPath) is { } loader)
            {
                if (loader.Contains('!'))
                    reader.Error(loaderPath, "Exclamation mark separated loader lists has been removed in favor of the 'use' property with arrays");
                else if (loader.Contains('?'))
                    reader.Error(loaderPath, "Query arguments on 'loader' has been removed in favor of the 'options' property");
                else if (ReadLoaderOptions(reader, rule["options"], ConfigReader.Child(path, "options"), out var query, out var options))
                    use.Add(new ModuleGraph.LoaderItem(loader, query, options, options is null ? null : webpackPath));
            }
        }
        else
        {
            if (rule["options"] is not null)
                reader.Error(ConfigReader.Child(path, "options"), "is only valid with 'loader'.");
            if (rule["enforce"] is not null)
                reader.Error(enforcePath, "is only valid with 'use' or 'loader'.");
        }
        return use;
    }

    // Follows webpack's UseEffectRulePlugin for functions: `use: (data) => items` (or a function
    // among the items) is called for each module the rule matches with webpack's effect data, and
    // its answer read as `use` is, options without an ident going by "[[missing ident]]". What it
    // answers wrong fails the module's request, naming the option.
    private static Func<JsonObject, IReadOnlyList<ModuleGraph.LoaderItem>>? ReadUseFunction(ConfigReader reader, JsonNode useNode, string usePath)
    {
        var parts = new List<(JsFunction? Function, JsonNode? Item, string Path)>();
        if (useNode is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
                parts.Add((JsFunction.IsHandle(array[i]) ? reader.Function(array[i], ConfigReader.Item(usePath, i)) : null, array[i], ConfigReader.Item(usePath, i)));
        }
        else
        {
            parts.Add((reader.Function(useNode, usePath), useNode, usePath));
        }
        if (parts.Any(part => part.Function is null && JsFunction.IsHandle(part.Item)))
            return null; // no host: reported by reader.Function
        return data =>
        {
            var loaders = new List<ModuleGraph.LoaderItem>();
            foreach (var (function, item, itemPath) in parts)
            {
                var answer = function is null ? item : function.Call(data);
                var answerReader = new ConfigReader();
                JsonNode?[] answers = answer is JsonArray answered ? [.. answered] : [answer];
                foreach (var one in answers)
                {
                    if (ConfigReader.Kind(one) is JsonValueKind.Null or JsonValueKind.False
                        || (ConfigReader.Kind(one) == JsonValueKind.String && one!.GetValue<string>().Length == 0))
                    {
                        continue;
                    }
                    if (ReadUseItem(answerReader, one, itemPath, "[[missing ident]]") is { } loader)
                        loaders.Add(loader);
                }
                if (answerReader.Errors.Count > 0 && function is not null)
                    throw JsFunctionException.Failed(function.OptionPath, $"answered what `use` cannot be: {string.Join("; ", answerReader.Errors)}");
            }
            return loaders;
        };
    }

    // One item of `use`: "name" or "name?query", or { loader, options?, ident? }.
    private static ModuleGraph.LoaderItem? ReadUseItem(ConfigReader reader, JsonNode? node, string path, string defaultIdent)
    {
        if (ConfigReader.Kind(node) == JsonValueKind.String)
            return reader.String(node, path) is { Length: > 0 } name ? Make.InlineLoaderRequest.Item(name) : null;
        if (node is not JsonObject item || ConfigReader.IsRegExp(node))
        {
            reader.Error(path, "should be a loader name or an object { loader, options?, ident? }.");
            return null;
        }
        reader.CheckKeys(item, path, s_useItemSupported, []);
        var loaderPath = ConfigReader.Child(path, "loader");
        if (item["loader"] is null)
        {
            reader.Error(path, "misses the property 'loader'.");
            return null;
        }
        var loader = reader.String(item["loader"], loaderPath);
        var ident = item["ident"] is null ? null : reader.String(item["ident"], ConfigReader.Child(path, "ident"));
        if (loader is null || !ReadLoaderOptions(reader, item["options"], ConfigReader.Child(path, "options"), out var query, out var options))
            return null;
        if (query is null && options is null && loader.Contains('?'))
            return Make.InlineLoaderRequest.Item(loader);
        return new ModuleGraph.LoaderItem(loader, query, options, options is null ? null : ident ?? defaultIdent);
    }

    // A loader's options: an object, or a string (webpack deprecates it but still passes it on).
    private static bool ReadLoaderOptions(ConfigReader reader, JsonNode? node, string path, out string? query, out JsonObject? options)
    {
        query = null;
        options = null;
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.String:
                query = node!.GetValue<string>();
                return true;
            case JsonValueKind.Object when !ConfigReader.IsRegExp(node):
                reader.PassFunctionsThrough(node);
                options = (JsonObject)node!.DeepClone();
                return true;
            default:
                reader.Error(path, "should be an object or a string.");
                return false;
        }
    }

    private static void AddRuleCondition(ConfigReader reader, List<RuleConditionEntry> conditions, RuleDataProperty property, JsonNode value, string path, string? context)
    {
        if (ReadCondition(reader, value, path, context) is { } condition)
            conditions.Add(new RuleConditionEntry(property, condition));
    }

    /// <summary>
    /// Follows webpack's RuleSetCompiler.compileCondition: a string (the value starts with it; a
    /// path condition's relative string is resolved against <paramref name="context"/>, because a
    /// JSON config cannot call path.resolve), a RegExp, an array (any), or { and, or, not }.
    /// Null after an error.
    /// </summary>
    private static RuleCondition? ReadCondition(ConfigReader reader, JsonNode? node, string path, string? context)
    {
        if (JsFunction.IsHandle(node))
            return ReadFunctionCondition(reader, node!, path);
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.String:
                var text = node!.GetValue<string>();
                // webpack: "" matches only an empty value.
                if (text.Length == 0)
                    return RuleCondition.Pattern(@"^\z", "\"\"");
                return RuleCondition.Prefix(context is null ? text : Path.GetFullPath(text, context));
            case JsonValueKind.Array:
                {
                    var array = (JsonArray)node!;
                    var items = new List<RuleCondition>(array.Count);
                    var ok = true;
                    for (var i = 0; i < array.Count; i++)
                    {
                        if (ReadCondition(reader, array[i], ConfigReader.Item(path, i), context) is { } item)
                            items.Add(item);
                        else
                            ok = false;
                    }
                    return ok ? RuleCondition.Any(items) : null;
                }
            case JsonValueKind.Object when ConfigReader.IsRegExp(node):
                return reader.RegExpPattern(node!, path, out var display) is { } pattern ? RuleCondition.Pattern(pattern, display) : null;
            case JsonValueKind.Object:
                return ReadLogicalCondition(reader, (JsonObject)node!, path, context);
            default:
                reader.Error(path, "should be a RegExp, a string, an array of conditions or an object { and?, glob?, not?, or? }.");
                return null;
        }
    }

    // The generator options of each module type Sharpack builds (webpack's GeneratorOptionsByModuleType):
    // json's JSONParse, the asset types' (AssetGeneratorOptions and its inline and resource
    // halves), CSS's (read by the CSS modules plugin) and HTML's extract (read by the HTML modules
    // plugin). A rule's generator (type null) may be for any type.
    private static readonly string[] s_assetGeneratorKeys = ["binary", "dataUrl", "emit", "filename", "outputPath", "publicPath"];
    private static readonly string[] s_assetInlineGeneratorKeys = ["binary", "dataUrl"];
    private static readonly string[] s_cssGeneratorKeys =
    [
        "esModule", "exportsConvention", "exportsOnly", "localIdentHashDigest", "localIdentHashDigestLength", "localIdentHashFunction",
        "localIdentHashSalt", "localIdentName",
    ];
    private static readonly string[] s_assetResourceGeneratorKeys = ["binary", "emit", "filename", "outputPath", "publicPath"];

    private static void CheckGeneratorOptions(ConfigReader reader, JsonObject options, string path, string? type)
    {
        var assetKeys = type switch
        {
            "asset" => s_assetGeneratorKeys,
            "asset/inline" => s_assetInlineGeneratorKeys,
            "asset/resource" => s_assetResourceGeneratorKeys,
            "asset/source" or "asset/bytes" => [],
            _ => null,
        };
        foreach (var (key, value) in options)
        {
            var keyPath = ConfigReader.Child(path, key);
            if (key == "JSONParse" && type is null or "json")
                reader.Bool(value, keyPath);
            else if (type == "json")
                reader.Error(path, $"has an unknown property '{key}'. These properties are valid: JSONParse.");
            else if (assetKeys is not null && Array.IndexOf(assetKeys, key) < 0)
                reader.Error(path, $"has an unknown property '{key}'. These properties are valid:\nobject {{ {string.Join("?, ", assetKeys)}? }}");
            else if (assetKeys is not null || (type is null && Array.IndexOf(s_assetGeneratorKeys, key) >= 0))
                CheckAssetGeneratorOption(reader, key, value, keyPath);
            else if ((type is null || type.StartsWith("css", StringComparison.Ordinal)) && Array.IndexOf(s_cssGeneratorKeys, key) >= 0)
            {
                // exportsConvention (name) => name | names and localIdentName may be functions.
                if (key is "exportsConvention" && JsFunction.IsHandle(value))
                    reader.Function(value, keyPath);
            }
            else if (key == "extract" && type is null or "html")
            {
                // true, false or "inline".
                if (value is not JsonValue extract || !(extract.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                    || (extract.TryGetValue<string>(out var inline) && inline == "inline")))
                    reader.Error(keyPath, "should be true, false or \"inline\".");
            }
            else
                reader.Warning($"{keyPath} is not supported by sharpack yet and is ignored (it is for CSS or HTML modules).");
        }
    }

    private static void CheckAssetGeneratorOption(ConfigReader reader, string key, JsonNode? value, string path)
    {
        if (value is null)
            return;
        if (JsFunction.IsHandle(value))
        {
            // filename, outputPath, publicPath (pathData, assetInfo) and dataUrl (content, { filename, module }).
            if (key is "filename" or "outputPath" or "publicPath" or "dataUrl")
                reader.Function(value, path);
            else
                reader.Error(path, "should not be a function.");
            return;
        }
        switch (key)
        {
            case "emit" or "binary":
                reader.Bool(value, path);
                break;
            case "filename" or "outputPath" or "publicPath":
                reader.String(value, path, allowEmpty: key != "filename");
                break;
            case "dataUrl":
                if (reader.Object(value, path) is { } dataUrl)
                {
                    foreach (var (dataKey, dataValue) in dataUrl)
                    {
                        var dataPath = ConfigReader.Child(path, dataKey);
                        if (dataKey == "encoding")
                        {
                            if (ConfigReader.Kind(dataValue) != JsonValueKind.False)
                                reader.OneOf(dataValue, dataPath, "base64");
                        }
                        else if (dataKey == "mimetype")
                            reader.String(dataValue, dataPath);
                        else
                            reader.Error(path, $"has an unknown property '{dataKey}'. These properties are valid:\nobject {{ encoding?, mimetype? }}");
                    }
                }
                break;
        }
    }

    // Follows webpack's NormalModule.shouldPreventParsing: module.noParse is an absolute path the
    // request starts with, a RegExp, a function of the request, or an array of those (any matches).
    private static RuleCondition? ReadNoParse(ConfigReader reader, JsonNode node, string path, bool top)
    {
        if (JsFunction.IsHandle(node))
            return reader.Function(node, path) is { } function ? RuleCondition.Function(function, matchesWhenEmpty: false) : null;
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.String:
                var text = node.GetValue<string>();
                if (Path.IsPathFullyQualified(text))
                    return RuleCondition.Prefix(text);
                reader.Error(path, $"The provided value \"{text}\" is not an absolute path!");
                return null;
            case JsonValueKind.Object when ConfigReader.IsRegExp(node):
                return reader.RegExpPattern(node, path, out var display) is { } pattern ? RuleCondition.Pattern(pattern, display) : null;
            case JsonValueKind.Array when top:
                var array = (JsonArray)node;
                var items = new List<RuleCondition>(array.Count);
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item && ReadNoParse(reader, item, ConfigReader.Item(path, i), top: false) is { } condition)
                        items.Add(condition);
                }
                return items.Count == array.Count ? RuleCondition.Any(items) : null;
            default:
                reader.Error(path, top
                    ? "should be one of these:\n[RegExp | string | function, ...] (should not have fewer than 1 item) | RegExp | string | function"
                    : "should be one of these:\nRegExp | string | function");
                return null;
        }
    }

    // Follows webpack's compileCondition for a function: called with "" once, now, for whether it
    // matches an absent value (a throw there is a configuration error, as webpack's "Evaluation of
    // condition function threw error"), then with each value tested.
    private static RuleCondition? ReadFunctionCondition(ConfigReader reader, JsonNode node, string path)
    {
        if (reader.Function(node, path) is not { } function)
            return null;
        try
        {
            return RuleCondition.Function(function, JsFunction.IsTruthy(function.Call(JsonValue.Create(""))));
        }
        catch (JsFunctionException e)
        {
            reader.Error(path, $"Evaluation of condition function threw error: {e.Describe()}");
            return null;
        }
    }

    // { and: [...], or: [...], not: condition }: every key present must hold.
    private static RuleCondition? ReadLogicalCondition(ConfigReader reader, JsonObject obj, string path, string? context)
    {
        var parts = new List<RuleCondition>();
        var ok = true;
        foreach (var (key, value) in obj)
        {
            var keyPath = ConfigReader.Child(path, key);
            switch (key)
            {
                case "and" or "or":
                    if (value is null)
                        break;
                    if (value is not JsonArray items)
                    {
                        reader.Error(keyPath, "should be an array of conditions.");
                        ok = false;
                        break;
                    }
                    var list = new List<RuleCondition>(items.Count);
                    for (var i = 0; i < items.Count; i++)
                    {
                        if (ReadCondition(reader, items[i], ConfigReader.Item(keyPath, i), context) is { } item)
                            list.Add(item);
                        else
                            ok = false;
                    }
                    parts.Add(key == "and" ? RuleCondition.All(list) : RuleCondition.Any(list));
                    break;
                case "not":
                    if (value is null)
                        break;
                    if (ReadCondition(reader, value, keyPath, context) is { } negated)
                        parts.Add(RuleCondition.Not(negated));
                    else
                        ok = false;
                    break;
                case "glob":
                    if (ReadGlob(reader, value, keyPath) is { } glob)
                        parts.Add(glob);
                    else
                        ok = false;
                    break;
                default:
                    reader.Error(path, $"has an unknown property '{key}'. These properties are valid:\nobject {{ and?, glob?, not?, or? }}");
                    ok = false;
                    break;
            }
        }
        if (ok && parts.Count == 0)
        {
            reader.Error(path, "should be a non-empty condition object { and?, glob?, not?, or? }.");
            return null;
        }
        return ok ? RuleCondition.All(parts) : null;
    }
}
