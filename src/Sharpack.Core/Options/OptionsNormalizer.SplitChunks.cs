// Follows webpack's schema for OptimizationSplitChunksOptions and lib/config/defaults.js
// (applyOptimizationDefaults): optimization.splitChunks is on unless false, and what the
// configuration leaves out takes the mode's defaults, with the `default` and `defaultVendors`
// cache groups added unless the configuration names them. webpack.optimize.SplitChunksPlugin's own
// options are read by the same code without the defaults, as webpack's plugin takes them.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sharpack.Core.Options;

public static partial class OptionsNormalizer
{
    private static readonly string[] s_splitChunksKeys =
    [
        "automaticNameDelimiter", "cacheGroups", "chunks", "defaultSizeTypes", "enforceSizeThreshold", "fallbackCacheGroup", "filename",
        "hidePathInfo", "maxAsyncRequests", "maxAsyncSize", "maxInitialRequests", "maxInitialSize", "maxSize", "minChunks",
        "minRemainingSize", "minSize", "minSizeReduction", "name", "usedExports",
    ];

    private static readonly string[] s_cacheGroupKeys =
    [
        "automaticNameDelimiter", "chunks", "enforce", "enforceSizeThreshold", "filename", "idHint", "layer", "maxAsyncRequests",
        "maxAsyncSize", "maxInitialRequests", "maxInitialSize", "maxSize", "minChunks", "minRemainingSize", "minSize",
        "minSizeReduction", "name", "priority", "reuseExistingChunk", "test", "type", "usedExports",
    ];

    private static readonly string[] s_fallbackCacheGroupKeys =
    [
        "automaticNameDelimiter", "chunks", "maxAsyncSize", "maxInitialSize", "maxSize", "minSize", "minSizeReduction",
    ];

    private static readonly string[] s_defaultSizeTypes = ["javascript", "unknown"];

    // webpack's NODE_MODULES_REGEXP, the defaultVendors test.
    private static readonly SplitChunksCondition s_nodeModulesTest = new()
    {
        RegExp = new System.Text.RegularExpressions.Regex(@"[\\/]node_modules[\\/]", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant),
        RegExpText = @"/[\\/]node_modules[\\/]/i",
    };

    // optimization.splitChunks with the mode's defaults; null when it is false.
    private static SplitChunksOptions? ReadSplitChunks(ConfigReader reader, JsonNode? node, BuildMode mode, bool usedExports)
    {
        const string path = "configuration.optimization.splitChunks";
        if (ConfigReader.Kind(node) == JsonValueKind.False)
            return null;
        var read = node is null ? new SplitChunksOptions() : ReadSplitChunksObject(reader, node, path);
        if (read is null)
            return null;
        var production = mode == BuildMode.Production;
        var development = mode == BuildMode.Development;
        var cacheGroups = new List<SplitChunksCacheGroup>(read.CacheGroups);
        // The configuration's `false` entries were left out but still keep the defaults away.
        var named = node is JsonObject obj && obj["cacheGroups"] is JsonObject groups ? groups : null;
        if (named?.ContainsKey("default") != true)
        {
            cacheGroups.Add(new SplitChunksCacheGroup
            {
                Key = "default",
                Options = new SplitChunksCacheGroupOptions { IdHint = "", ReuseExistingChunk = true, MinChunks = 2, Priority = -20 },
            });
        }
        if (named?.ContainsKey("defaultVendors") != true)
        {
            cacheGroups.Add(new SplitChunksCacheGroup
            {
                Key = "defaultVendors",
                Options = new SplitChunksCacheGroupOptions { IdHint = "vendors", ReuseExistingChunk = true, Test = s_nodeModulesTest, Priority = -10 },
            });
        }
        return new SplitChunksOptions
        {
            DefaultSizeTypes = read.DefaultSizeTypes ?? s_defaultSizeTypes,
            HidePathInfo = read.HidePathInfo ?? production,
            Chunks = read.Chunks ?? SplitChunksChunks.Async,
            UsedExports = read.UsedExports ?? usedExports,
            MinChunks = read.MinChunks ?? 1,
            MinSize = read.MinSize ?? SplitChunksSize.Of(production ? 20000 : 10000),
            MinRemainingSize = read.MinRemainingSize ?? (development ? SplitChunksSize.Of(0) : null),
            EnforceSizeThreshold = read.EnforceSizeThreshold ?? SplitChunksSize.Of(production ? 50000 : 30000),
            MaxAsyncRequests = read.MaxAsyncRequests ?? (production ? 30 : double.PositiveInfinity),
            MaxInitialRequests = read.MaxInitialRequests ?? (production ? 30 : double.PositiveInfinity),
            AutomaticNameDelimiter = read.AutomaticNameDelimiter ?? "-",
            CacheGroups = cacheGroups,
            MinSizeReduction = read.MinSizeReduction,
            MaxSize = read.MaxSize,
            MaxAsyncSize = read.MaxAsyncSize,
            MaxInitialSize = read.MaxInitialSize,
            Name = read.Name,
            Filename = read.Filename,
            FilenameFunction = read.FilenameFunction,
            FallbackCacheGroup = read.FallbackCacheGroup,
            Functions = reader.Functions,
        };
    }

    internal static SplitChunksOptions? ReadSplitChunksObject(ConfigReader reader, JsonNode node, string path)
    {
        var obj = reader.Object(node, path);
        if (obj is null)
            return null;
        reader.CheckKeys(obj, path, s_splitChunksKeys, []);
        List<string>? defaultSizeTypes = null;
        if (obj["defaultSizeTypes"] is { } typesNode)
        {
            defaultSizeTypes = reader.StringArray(typesNode, ConfigReader.Child(path, "defaultSizeTypes"), s_defaultSizeTypes, allowEmptyItems: true);
            if (defaultSizeTypes is { Count: 0 })
                reader.Error(ConfigReader.Child(path, "defaultSizeTypes"), "should be a non-empty array.");
        }
        var common = ReadGroupOptions(reader, obj, path);
        return new SplitChunksOptions
        {
            AutomaticNameDelimiter = common.AutomaticNameDelimiter,
            Chunks = common.Chunks,
            EnforceSizeThreshold = common.EnforceSizeThreshold,
            Filename = common.Filename,
            FilenameFunction = common.FilenameFunction,
            MaxAsyncRequests = common.MaxAsyncRequests,
            MaxAsyncSize = common.MaxAsyncSize,
            MaxInitialRequests = common.MaxInitialRequests,
            MaxInitialSize = common.MaxInitialSize,
            MaxSize = common.MaxSize,
            MinChunks = common.MinChunks,
            MinRemainingSize = common.MinRemainingSize,
            MinSize = common.MinSize,
            MinSizeReduction = common.MinSizeReduction,
            Name = common.Name,
            UsedExports = common.UsedExports,
            DefaultSizeTypes = defaultSizeTypes,
            HidePathInfo = reader.Bool(obj["hidePathInfo"], ConfigReader.Child(path, "hidePathInfo")),
            FallbackCacheGroup = ReadFallbackCacheGroup(reader, obj["fallbackCacheGroup"], ConfigReader.Child(path, "fallbackCacheGroup")),
            CacheGroups = ReadCacheGroups(reader, obj["cacheGroups"], ConfigReader.Child(path, "cacheGroups")),
        };
    }

    internal static SplitChunksCacheGroupOptions? ReadSplitChunksCacheGroupOptions(ConfigReader reader, JsonNode node, string path)
    {
        var obj = reader.Object(node, path);
        if (obj is null)
            return null;
        reader.CheckKeys(obj, path, s_cacheGroupKeys, []);
        var common = ReadGroupOptions(reader, obj, path);
        return new SplitChunksCacheGroupOptions
        {
            AutomaticNameDelimiter = common.AutomaticNameDelimiter,
            Chunks = common.Chunks,
            EnforceSizeThreshold = common.EnforceSizeThreshold,
            Filename = common.Filename,
            FilenameFunction = common.FilenameFunction,
            MaxAsyncRequests = common.MaxAsyncRequests,
            MaxAsyncSize = common.MaxAsyncSize,
            MaxInitialRequests = common.MaxInitialRequests,
            MaxInitialSize = common.MaxInitialSize,
            MaxSize = common.MaxSize,
            MinChunks = common.MinChunks,
            MinRemainingSize = common.MinRemainingSize,
            MinSize = common.MinSize,
            MinSizeReduction = common.MinSizeReduction,
            Name = common.Name,
            UsedExports = common.UsedExports,
            Enforce = reader.Bool(obj["enforce"], ConfigReader.Child(path, "enforce")),
            IdHint = reader.String(obj["idHint"], ConfigReader.Child(path, "idHint"), allowEmpty: true),
            Layer = ReadCondition(reader, obj["layer"], ConfigReader.Child(path, "layer"), allowBoolean: false),
            Priority = ReadNumber(reader, obj["priority"], ConfigReader.Child(path, "priority"), null),
            ReuseExistingChunk = reader.Bool(obj["reuseExistingChunk"], ConfigReader.Child(path, "reuseExistingChunk")),
            Test = ReadCondition(reader, obj["test"], ConfigReader.Child(path, "test"), allowBoolean: false),
            Type = ReadCondition(reader, obj["type"], ConfigReader.Child(path, "type"), allowBoolean: false),
        };
    }

    private static SplitChunksGroupOptions ReadGroupOptions(ConfigReader reader, JsonObject obj, string path)
    {
        string? filename = null;
        var filenameFunction = reader.Function(obj["filename"], ConfigReader.Child(path, "filename"));
        if (filenameFunction is null && obj["filename"] is { } filenameNode)
        {
            filename = reader.String(filenameNode, ConfigReader.Child(path, "filename"));
            if (filename is not null && Path.IsPathRooted(filename))
                reader.Error(ConfigReader.Child(path, "filename"), $"should be a relative path, not the absolute path \"{filename}\".");
        }
        return new SplitChunksGroupOptions
        {
            AutomaticNameDelimiter = reader.String(obj["automaticNameDelimiter"], ConfigReader.Child(path, "automaticNameDelimiter")),
            Chunks = ReadChunksFilter(reader, obj["chunks"], ConfigReader.Child(path, "chunks")),
            EnforceSizeThreshold = ReadSize(reader, obj["enforceSizeThreshold"], ConfigReader.Child(path, "enforceSizeThreshold")),
            Filename = filename,
            FilenameFunction = filenameFunction,
            MaxAsyncRequests = ReadNumber(reader, obj["maxAsyncRequests"], ConfigReader.Child(path, "maxAsyncRequests"), 1),
            MaxAsyncSize = ReadSize(reader, obj["maxAsyncSize"], ConfigReader.Child(path, "maxAsyncSize")),
            MaxInitialRequests = ReadNumber(reader, obj["maxInitialRequests"], ConfigReader.Child(path, "maxInitialRequests"), 1),
            MaxInitialSize = ReadSize(reader, obj["maxInitialSize"], ConfigReader.Child(path, "maxInitialSize")),
            MaxSize = ReadSize(reader, obj["maxSize"], ConfigReader.Child(path, "maxSize")),
            MinChunks = ReadNumber(reader, obj["minChunks"], ConfigReader.Child(path, "minChunks"), 1),
            MinRemainingSize = ReadSize(reader, obj["minRemainingSize"], ConfigReader.Child(path, "minRemainingSize")),
            MinSize = ReadSize(reader, obj["minSize"], ConfigReader.Child(path, "minSize")),
            MinSizeReduction = ReadSize(reader, obj["minSizeReduction"], ConfigReader.Child(path, "minSizeReduction")),
            Name = ReadChunkName(reader, obj["name"], ConfigReader.Child(path, "name")),
            UsedExports = reader.Bool(obj["usedExports"], ConfigReader.Child(path, "usedExports")),
        };
    }

    private static SplitChunksFallbackCacheGroup? ReadFallbackCacheGroup(ConfigReader reader, JsonNode? node, string path)
    {
        var obj = reader.Object(node, path);
        if (obj is null)
            return null;
        reader.CheckKeys(obj, path, s_fallbackCacheGroupKeys, []);
        return new SplitChunksFallbackCacheGroup
        {
            AutomaticNameDelimiter = reader.String(obj["automaticNameDelimiter"], ConfigReader.Child(path, "automaticNameDelimiter")),
            Chunks = ReadChunksFilter(reader, obj["chunks"], ConfigReader.Child(path, "chunks")),
            MaxAsyncSize = ReadSize(reader, obj["maxAsyncSize"], ConfigReader.Child(path, "maxAsyncSize")),
            MaxInitialSize = ReadSize(reader, obj["maxInitialSize"], ConfigReader.Child(path, "maxInitialSize")),
            MaxSize = ReadSize(reader, obj["maxSize"], ConfigReader.Child(path, "maxSize")),
            MinSize = ReadSize(reader, obj["minSize"], ConfigReader.Child(path, "minSize")),
            MinSizeReduction = ReadSize(reader, obj["minSizeReduction"], ConfigReader.Child(path, "minSizeReduction")),
        };
    }

    private static List<SplitChunksCacheGroup> ReadCacheGroups(ConfigReader reader, JsonNode? node, string path)
    {
        var result = new List<SplitChunksCacheGroup>();
        var obj = reader.Object(node, path);
        if (obj is null)
            return result;
        // The schema's warning against `cacheGroups: { test: … }`, which names a group "test".
        if (obj["test"] is { } test && (ConfigReader.IsRegExp(test) || ConfigReader.Kind(test) == JsonValueKind.String || JsFunction.IsHandle(test)))
        {
            reader.Error(path, "should not be object { test, … }: using the cacheGroup shorthand syntax with a cache group named 'test' is a potential config error.\n" +
                "Did you intent to define a cache group with a test instead?\ncacheGroups: {\n  <name>: {\n    test: ...\n  }\n}.");
            return result;
        }
        foreach (var (key, value) in obj)
        {
            var groupPath = ConfigReader.Child(path, key);
            switch (ConfigReader.Kind(value))
            {
                case JsonValueKind.False:
                    continue;
                case JsonValueKind.String:
                    result.Add(new SplitChunksCacheGroup { Key = key, ShorthandTest = new SplitChunksCondition { Text = value!.GetValue<string>() } });
                    continue;
            }
            if (ConfigReader.IsRegExp(value))
            {
                if (reader.RegExpPattern(value!, groupPath, out var text) is { } pattern)
                    result.Add(new SplitChunksCacheGroup { Key = key, ShorthandTest = new SplitChunksCondition { RegExp = NewRegex(pattern), RegExpText = text } });
                continue;
            }
            if (JsFunction.IsHandle(value))
            {
                if (reader.Function(value, groupPath) is { } function)
                    result.Add(new SplitChunksCacheGroup { Key = key, Function = function });
                continue;
            }
            if (value is JsonObject)
            {
                if (ReadSplitChunksCacheGroupOptions(reader, value, groupPath) is { } options)
                    result.Add(new SplitChunksCacheGroup { Key = key, Options = options });
                continue;
            }
            reader.Error(groupPath, "should be one of these:\nfalse | RegExp | string | function | object { automaticNameDelimiter?, chunks?, enforce?, enforceSizeThreshold?, filename?, idHint?, layer?, " +
                "maxAsyncRequests?, maxAsyncSize?, maxInitialRequests?, maxInitialSize?, maxSize?, minChunks?, minRemainingSize?, minSize?, minSizeReduction?, name?, priority?, reuseExistingChunk?, test?, type?, usedExports? }");
        }
        return result;
    }

    private static SplitChunksChunks? ReadChunksFilter(ConfigReader reader, JsonNode? node, string path)
    {
        if (node is null)
            return null;
        if (ConfigReader.Kind(node) == JsonValueKind.String)
        {
            switch (node.GetValue<string>())
            {
                case "all": return SplitChunksChunks.All;
                case "async": return SplitChunksChunks.Async;
                case "initial": return SplitChunksChunks.Initial;
            }
        }
        else if (ConfigReader.IsRegExp(node))
        {
            return reader.RegExpPattern(node, path, out _) is { } pattern ? new SplitChunksChunks { RegExp = NewRegex(pattern) } : null;
        }
        else if (JsFunction.IsHandle(node))
        {
            return reader.Function(node, path) is { } function ? new SplitChunksChunks { Function = function } : null;
        }
        reader.Error(path, "should be one of these:\n\"initial\" | \"async\" | \"all\" | RegExp | function");
        return null;
    }

    private static SplitChunksName? ReadChunkName(ConfigReader reader, JsonNode? node, string path)
    {
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.Null: return null;
            case JsonValueKind.False: return new SplitChunksName();
            case JsonValueKind.String: return new SplitChunksName { Value = node!.GetValue<string>() };
        }
        if (JsFunction.IsHandle(node))
            return reader.Function(node, path) is { } function ? new SplitChunksName { Function = function } : null;
        reader.Error(path, "should be one of these:\nfalse | string | function");
        return null;
    }

    private static SplitChunksCondition? ReadCondition(ConfigReader reader, JsonNode? node, string path, bool allowBoolean)
    {
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.Null: return null;
            case JsonValueKind.String: return new SplitChunksCondition { Text = node!.GetValue<string>() };
            case JsonValueKind.True or JsonValueKind.False when allowBoolean:
                return new SplitChunksCondition { Constant = ConfigReader.Kind(node) == JsonValueKind.True };
        }
        if (ConfigReader.IsRegExp(node))
            return reader.RegExpPattern(node!, path, out var text) is { } pattern ? new SplitChunksCondition { RegExp = NewRegex(pattern), RegExpText = text } : null;
        if (JsFunction.IsHandle(node))
            return reader.Function(node, path) is { } function ? new SplitChunksCondition { Function = function } : null;
        reader.Error(path, "should be one of these:\nRegExp | string | function");
        return null;
    }

    // A size: a number >= 0, or an object of numbers by source type.
    private static SplitChunksSize? ReadSize(ConfigReader reader, JsonNode? node, string path)
    {
        if (node is null)
            return null;
        if (ConfigNumbers.Value(node) is { } number)
        {
            if (number >= 0)
                return SplitChunksSize.Of(number);
            reader.Error(path, "should be >= 0.");
            return null;
        }
        if (node is JsonObject obj && !ConfigReader.IsRegExp(obj))
        {
            var sizes = new List<KeyValuePair<string, double>>(obj.Count);
            foreach (var (type, value) in obj)
            {
                if (ConfigNumbers.Value(value) is { } size)
                    sizes.Add(new(type, size));
                else
                    reader.Error(ConfigReader.Child(path, type), "should be a number.");
            }
            return new SplitChunksSize { PerType = sizes };
        }
        reader.Error(path, "should be one of these:\nnumber (should be >= 0) | object { <key>: number }");
        return null;
    }

    private static double? ReadNumber(ConfigReader reader, JsonNode? node, string path, double? minimum)
    {
        if (node is null)
            return null;
        if (ConfigNumbers.Value(node) is not { } number)
        {
            reader.Error(path, minimum is { } min ? $"should be a number (should be >= {min})." : "should be a number.");
            return null;
        }
        if (minimum is { } minValue && number < minValue)
        {
            reader.Error(path, $"should be >= {minValue}.");
            return null;
        }
        return number;
    }

    private static System.Text.RegularExpressions.Regex NewRegex(string pattern) =>
        new(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
