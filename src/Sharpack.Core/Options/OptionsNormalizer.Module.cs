// Follows webpack lib/config/defaults.js (applyResolveDefaults) and lib/rules/RuleSetCompiler.js
// for the subset Sharpack reads: `resolve` (extensions, mainFields, conditionNames, alias in
// object or array form, modules, mainFiles, symlinks) and `module.rules` (test, include,
// exclude, resourceQuery, type, oneOf). Every rule condition becomes a .NET regular expression:
// a RegExp translated, a string an anchored prefix of its absolute path, as webpack matches them.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sharpack.Core.Options;

public static partial class OptionsNormalizer
{
    private static readonly string[] s_resolveSupported =
        ["alias", "conditionNames", "extensions", "mainFields", "mainFiles", "modules", "symlinks"];

    private static readonly string[] s_resolveIgnored =
    [
        "aliasFields", "byDependency", "cache", "cachePredicate", "cacheWithContext", "descriptionFiles",
        "enforceExtension", "exportsFields", "extensionAlias", "fallback", "fileSystem", "fullySpecified",
        "importsFields", "plugins", "preferAbsolute", "preferRelative", "resolver", "restrictions", "roots",
        "tsconfig", "unsafeCache", "useSyncFileSystemCalls",
    ];

    private static readonly string[] s_moduleIgnored =
    [
        "defaultRules", "exprContextCritical", "exprContextRecursive", "exprContextRegExp", "exprContextRequest",
        "generator", "noParse", "parser", "strictExportPresence", "strictThisContextOnImports", "unknownContextCritical",
        "unknownContextRecursive", "unknownContextRegExp", "unknownContextRequest", "unsafeCache",
        "wrappedContextCritical", "wrappedContextRecursive", "wrappedContextRegExp",
    ];

    private static readonly string[] s_ruleSupported = ["exclude", "include", "oneOf", "resourceQuery", "test", "type"];

    private static readonly string[] s_ruleIgnored =
    [
        "assert", "compiler", "dependency", "descriptionData", "enforce", "generator", "issuer", "issuerLayer",
        "layer", "loader", "mimetype", "options", "parser", "realResource", "resolve", "resource", "resourceFragment",
        "rules", "scheme", "sideEffects", "use", "with",
    ];

    private static readonly string[] s_defaultExtensions = [".js", ".json", ".wasm"];

    private static ResolveOptions ReadResolve(ConfigReader reader, JsonNode? node, TargetProperties? target)
    {
        const string path = "configuration.resolve";
        // webpack: the browser field is read when the target is web and not node.
        IReadOnlyList<string> defaultMainFields = target?.Web == true && target.Node != true
            ? ["browser", "module", "main"]
            : ["module", "main"];
        var obj = reader.Object(node, path);
        if (obj is null)
            return new ResolveOptions { MainFields = defaultMainFields };
        reader.CheckKeys(obj, path, s_resolveSupported, s_resolveIgnored);
        return new ResolveOptions
        {
            Extensions = reader.StringArray(obj["extensions"], "configuration.resolve.extensions", s_defaultExtensions) ?? [.. s_defaultExtensions],
            MainFields = reader.StringArray(obj["mainFields"], "configuration.resolve.mainFields", defaultMainFields) ?? defaultMainFields,
            ConditionNames = reader.StringArray(obj["conditionNames"], "configuration.resolve.conditionNames"),
            Alias = ReadAlias(reader, obj["alias"]),
            Modules = reader.StringArray(obj["modules"], "configuration.resolve.modules", ["node_modules"]) ?? ["node_modules"],
            MainFiles = reader.StringArray(obj["mainFiles"], "configuration.resolve.mainFiles", ["index"]) ?? ["index"],
            Symlinks = reader.Bool(obj["symlinks"], "configuration.resolve.symlinks") ?? true,
        };
    }

    // Object form { key: target | [targets] | false }, or array form [{ name, alias, onlyModule }]
    // where onlyModule is the object form's `key$` (exact match).
    private static List<KeyValuePair<string, IReadOnlyList<string>>> ReadAlias(ConfigReader reader, JsonNode? node)
    {
        const string path = "configuration.resolve.alias";
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

    private static List<ModuleRule> ReadModule(ConfigReader reader, JsonNode? node, string context)
    {
        const string path = "configuration.module";
        if (reader.Object(node, path) is not { } obj)
            return [];
        reader.CheckKeys(obj, path, ["rules"], s_moduleIgnored);
        return ReadRules(reader, obj["rules"], "configuration.module.rules", context);
    }

    private static List<ModuleRule> ReadRules(ConfigReader reader, JsonNode? node, string path, string context)
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
                rules.Add(ReadRule(reader, rule, itemPath, context));
        }
        return rules;
    }

    private static ModuleRule ReadRule(ConfigReader reader, JsonObject rule, string path, string context)
    {
        reader.CheckKeys(rule, path, s_ruleSupported, s_ruleIgnored);
        var test = ReadCondition(reader, rule["test"], ConfigReader.Child(path, "test"), context);
        var resourceQuery = ReadCondition(reader, rule["resourceQuery"], ConfigReader.Child(path, "resourceQuery"), null);
        return new ModuleRule
        {
            Test = test is null ? null : JoinAlternatives(test),
            Include = ReadCondition(reader, rule["include"], ConfigReader.Child(path, "include"), context) ?? [],
            Exclude = ReadCondition(reader, rule["exclude"], ConfigReader.Child(path, "exclude"), context) ?? [],
            ResourceQuery = resourceQuery is null ? null : JoinAlternatives(resourceQuery),
            Type = reader.String(rule["type"], ConfigReader.Child(path, "type")),
            OneOf = ReadRules(reader, rule["oneOf"], ConfigReader.Child(path, "oneOf"), context),
        };
    }

    /// <summary>
    /// A condition as a list of .NET patterns, any of which matches: a RegExp (translated), a
    /// string (an anchored prefix; resolved against <paramref name="context"/> when it is a path
    /// condition and relative), or an array of those. Null when absent or invalid.
    /// </summary>
    private static List<string>? ReadCondition(ConfigReader reader, JsonNode? node, string path, string? context)
    {
        if (node is null)
            return null;
        var patterns = new List<string>();
        return AddCondition(reader, node, path, context, patterns) ? patterns : null;
    }

    private static bool AddCondition(ConfigReader reader, JsonNode? node, string path, string? context, List<string> patterns)
    {
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.String:
                var text = node!.GetValue<string>();
                patterns.Add(JsRegExpTranslator.PrefixPattern(context is null || text.Length == 0 ? text : Path.GetFullPath(text, context)));
                return true;
            case JsonValueKind.Array:
                var ok = true;
                var array = (JsonArray)node!;
                for (var i = 0; i < array.Count; i++)
                    ok &= AddCondition(reader, array[i], ConfigReader.Item(path, i), context, patterns);
                return ok;
            case JsonValueKind.Object when ConfigReader.IsRegExp(node):
                var regexp = node!["__regexp"]!;
                var source = regexp["source"]?.GetValue<string>() ?? "";
                var flags = regexp["flags"]?.GetValue<string>() ?? "";
                if (JsRegExpTranslator.Translate(source, flags, out var error) is { } pattern)
                {
                    patterns.Add(pattern);
                    return true;
                }
                reader.Error(path, $"cannot be used: the regular expression /{source}/{flags} has no .NET equivalent ({error}).");
                return false;
            default:
                reader.Error(path, "should be a RegExp, an absolute path string, or an array of them " +
                    "(condition objects { and, or, not } and functions are not supported).");
                return false;
        }
    }

    private static string JoinAlternatives(List<string> patterns) =>
        patterns.Count == 1 ? patterns[0] : "(?:" + string.Join(")|(?:", patterns) + ")";
}
