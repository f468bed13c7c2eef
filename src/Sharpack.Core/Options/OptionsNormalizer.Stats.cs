// Follows webpack's schema for StatsValue and lib/config/normalization.js: `stats` is a preset
// name, a boolean (false = "none", true = "normal") or an object with `preset` and the options
// below; the other StatsOptions keys are accepted and ignored with a warning.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sharpack.Core.Options;

public static partial class OptionsNormalizer
{
    private static readonly string[] s_statsSupported =
    [
        "all", "assets", "assetsSpace", "builtAt", "chunkModules", "chunks", "colors", "entrypoints", "errorDetails",
        "errors", "errorsCount", "hash", "hints", "hintsCount", "ids", "moduleTrace", "modules", "modulesSpace", "outputPath", "preset",
        "publicPath", "timings", "version", "warnings", "warningsCount",
    ];

    private static readonly string[] s_statsIgnored =
    [
        "assetsSort", "cached", "cachedAssets", "cachedModules", "children", "chunkGroupAuxiliary",
        "chunkGroupChildren", "chunkGroupMaxAssets", "chunkGroupResourceHints", "chunkGroups", "chunkModulesSpace",
        "chunkOrigins", "chunkRelations", "chunksSort", "context", "dependentModules", "depth", "env", "errorCause",
        "errorErrors", "errorStack", "errorsSpace", "exclude", "excludeAssets", "excludeModules", "groupAssetsByChunk",
        "groupAssetsByEmitStatus", "groupAssetsByExtension", "groupAssetsByInfo", "groupAssetsByPath",
        "groupModulesByAttributes", "groupModulesByCacheStatus", "groupModulesByExtension", "groupModulesByLayer",
        "groupModulesByPath", "groupModulesByType", "groupReasonsByOrigin", "logging",
        "loggingDebug", "loggingTrace", "moduleAssets", "modulesSort", "nestedModules", "nestedModulesSpace",
        "optimizationBailout", "orphanModules", "performance", "providedExports", "reasons", "reasonsSpace",
        "relatedAssets", "runtime", "runtimeModules", "source", "usedExports", "warningsFilter", "warningsSpace",
    ];

    private static StatsOptions ReadStats(ConfigReader reader, JsonNode? node)
    {
        const string path = "configuration.stats";
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.Null:
                return new StatsOptions();
            case JsonValueKind.False:
                return new StatsOptions { Preset = "none" };
            case JsonValueKind.True:
                return new StatsOptions { Preset = "normal" };
            case JsonValueKind.String:
                return new StatsOptions { Preset = ReadStatsPreset(reader, node!, path) };
            case JsonValueKind.Object when !ConfigReader.IsRegExp(node):
                break;
            default:
                reader.Error(path, "should be one of these:\n" + StatsValueDescription);
                return new StatsOptions();
        }
        var obj = (JsonObject)node!;
        reader.CheckKeys(obj, path, s_statsSupported, s_statsIgnored);
        bool? Flag(string key) => reader.Bool(obj[key], ConfigReader.Child(path, key));
        return new StatsOptions
        {
            Preset = obj["preset"] switch
            {
                null => null,
                { } preset when ConfigReader.Kind(preset) == JsonValueKind.False => "none",
                { } preset when ConfigReader.Kind(preset) == JsonValueKind.True => "normal",
                { } preset => ReadStatsPreset(reader, preset, ConfigReader.Child(path, "preset")),
            },
            All = Flag("all"),
            Assets = Flag("assets"),
            AssetsSpace = ReadSpace(reader, obj["assetsSpace"], ConfigReader.Child(path, "assetsSpace")),
            BuiltAt = Flag("builtAt"),
            Chunks = Flag("chunks"),
            ChunkModules = Flag("chunkModules"),
            Colors = Flag("colors"),
            Entrypoints = ReadStatsAuto(reader, obj["entrypoints"], ConfigReader.Child(path, "entrypoints")),
            ErrorDetails = ReadStatsAuto(reader, obj["errorDetails"], ConfigReader.Child(path, "errorDetails")),
            Errors = Flag("errors"),
            ErrorsCount = Flag("errorsCount"),
            Hash = Flag("hash"),
            Hints = Flag("hints"),
            HintsCount = Flag("hintsCount"),
            Ids = Flag("ids"),
            ModuleTrace = Flag("moduleTrace"),
            Modules = Flag("modules"),
            ModulesSpace = ReadSpace(reader, obj["modulesSpace"], ConfigReader.Child(path, "modulesSpace")),
            OutputPath = Flag("outputPath"),
            PublicPath = Flag("publicPath"),
            Timings = Flag("timings"),
            Version = Flag("version"),
            Warnings = Flag("warnings"),
            WarningsCount = Flag("warningsCount"),
        };
    }

    private static string StatsValueDescription =>
        "\"" + string.Join("\" | \"", StatsOptions.Presets) + "\" | boolean | object { " + string.Join("?, ", s_statsSupported) + "?, … }";

    private static string? ReadStatsPreset(ConfigReader reader, JsonNode node, string path)
    {
        if (ConfigReader.Kind(node) == JsonValueKind.String && StatsOptions.Presets.Contains(node.GetValue<string>()))
            return node.GetValue<string>();
        reader.Error(path, "should be one of these:\n" + StatsValueDescription);
        return null;
    }

    private static StatsAuto? ReadStatsAuto(ConfigReader reader, JsonNode? node, string path)
    {
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.Null: return null;
            case JsonValueKind.True: return StatsAuto.True;
            case JsonValueKind.False: return StatsAuto.False;
            case JsonValueKind.String when node!.GetValue<string>() == "auto": return StatsAuto.Auto;
            default:
                reader.Error(path, "should be a boolean or \"auto\".");
                return null;
        }
    }

    private static int? ReadSpace(ConfigReader reader, JsonNode? node, string path)
    {
        if (node is null)
            return null;
        if (ConfigReader.Kind(node) == JsonValueKind.Number && node.AsValue().TryGetValue<double>(out var number) && number >= 0)
            return number >= int.MaxValue ? int.MaxValue : (int)number;
        reader.Error(path, "should be a non-negative number.");
        return null;
    }
}
