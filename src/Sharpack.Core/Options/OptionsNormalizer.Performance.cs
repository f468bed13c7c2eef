// Follows webpack's schema and defaults for `performance`: on by default only for production builds
// for browsers (hints "warning", 250,000 bytes for an asset and for an entrypoint), false turns it
// off. Of webpack 5.112's other checks, unusedRules, unusedReexports, unusedExternals, circularDependencies and
// missingSideEffects are built; the rest (duplicatePackages, …) asked for with hints on are each a warning.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sharpack.Core.Options;

public static partial class OptionsNormalizer
{
    private static readonly string[] s_performanceSupported = ["hints", "maxAssetSize", "maxEntrypointSize", "assetFilter", "unusedExternals", "unusedReexports", "unusedRules", "circularDependencies", "missingSideEffects"];

    private static readonly string[] s_performanceChecks =
    [
        "all", "cacheEffectiveness", "conflictingResourceHints", "duplicateModules", "duplicatePackages",
        "dynamicExports", "entrypointOverlap", "osDependentRules", "redundantDynamicImports",
        "scopeHoistingBailouts", "splitChunksCapped", "unsplitVendors", "unusedAliases", "unusedDefines",
    ];

    private static PerformanceOptions? ReadPerformance(ConfigReader reader, JsonNode? node, BuildMode mode, TargetProperties? target)
    {
        const string path = "configuration.performance";
        var production = mode == BuildMode.Production;
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.Null:
                // webpack: production builds for a browser (or a target that may be one).
                return production && target?.Web != false ? new PerformanceOptions { Hints = "warning" } : null;
            case JsonValueKind.False:
                return null;
            case JsonValueKind.Object:
                break;
            default:
                reader.Error(path, "should be one of these:\nfalse | object { assetFilter?, hints?, maxAssetSize?, maxEntrypointSize?, … }");
                return null;
        }
        var obj = (JsonObject)node!;
        string? hints = production ? "warning" : null;
        if (obj.TryGetPropertyValue("hints", out var hintsNode))
        {
            hints = ConfigReader.Kind(hintsNode) == JsonValueKind.False ? null
                : reader.OneOf(hintsNode, path + ".hints", "warning", "error", "stats") ?? hints;
        }
        // The checks webpack 5.112 adds report nothing without hints; asked for with hints, they are not built yet.
        reader.CheckKeys(obj, path, hints is null ? [.. s_performanceSupported, .. s_performanceChecks] : s_performanceSupported, s_performanceChecks, offWhenFalse: s_performanceChecks);
        return new PerformanceOptions
        {
            Hints = hints,
            MaxAssetSize = Limit(reader, obj["maxAssetSize"], path + ".maxAssetSize"),
            MaxEntrypointSize = Limit(reader, obj["maxEntrypointSize"], path + ".maxEntrypointSize"),
            AssetFilter = obj["assetFilter"] is { } filter ? reader.Function(filter, path + ".assetFilter") : null,
            // webpack: `all` stands in for every check left unset.
            UnusedRules = reader.Bool(obj["unusedRules"], path + ".unusedRules") ?? reader.Bool(obj["all"], path + ".all") ?? false,
            UnusedReexports = reader.Bool(obj["unusedReexports"], path + ".unusedReexports") ?? reader.Bool(obj["all"], path + ".all") ?? false,
            UnusedExternals = reader.Bool(obj["unusedExternals"], path + ".unusedExternals") ?? reader.Bool(obj["all"], path + ".all") ?? false,
            CircularDependencies = reader.Bool(obj["circularDependencies"], path + ".circularDependencies") ?? reader.Bool(obj["all"], path + ".all") ?? false,
            MissingSideEffects = reader.Bool(obj["missingSideEffects"], path + ".missingSideEffects") ?? reader.Bool(obj["all"], path + ".all") ?? false,
        };

        static double Limit(ConfigReader reader, JsonNode? value, string path)
        {
            if (value is null)
                return 250000;
            if (ConfigNumbers.Value(value) is { } number)
                return number;
            reader.Error(path, "should be a number.");
            return 250000;
        }
    }
}
