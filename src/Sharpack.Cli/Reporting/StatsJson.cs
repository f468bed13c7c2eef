// Writes `--json` stats in the shape of webpack's stats.toJson() for the fields tools read:
// hash, time, builtAt, publicPath, outputPath, assets, chunks (with their modules), modules,
// entrypoints, errors and warnings with moduleName, loc, details and moduleTrace — each only when
// the `stats` option asks for it, with webpack's JSON defaults (most fields on). A multi-compiler
// build writes { "children": [ … ] }, each child with its own configuration's stats option.

using System.Text.Encodings.Web;
using System.Text.Json;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;

namespace Sharpack.Cli.Reporting;

/// <summary>webpack-shaped stats JSON.</summary>
public static class StatsJson
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the stats of <paramref name="results"/> (one object, or children for several or when <paramref name="multi"/>: an array configuration).</summary>
    public static void Write(Stream stream, IReadOnlyList<BuildResult> results, bool multi = false)
    {
        using var writer = new Utf8JsonWriter(stream, s_options);
        if (results.Count == 1 && !multi)
        {
            WriteOne(writer, results[0]);
        }
        else
        {
            writer.WriteStartObject();
            writer.WriteString("version", BuildCommand.Version);
            writer.WriteNumber("errorsCount", Sum(results, static r => r.ErrorCount));
            writer.WriteNumber("warningsCount", Sum(results, static r => r.WarningCount));
            writer.WriteStartArray("children");
            foreach (var result in results)
                WriteOne(writer, result);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteOne(Utf8JsonWriter writer, BuildResult result)
    {
        var options = NormalizedStatsOptions.Create(result.Options.Stats, forToString: false);
        var stats = result.Stats;
        var context = result.Options.Context;
        writer.WriteStartObject();
        if (result.Name is not null)
            writer.WriteString("name", result.Name);
        if (options.Version)
            writer.WriteString("version", BuildCommand.Version);
        if (options.Hash)
            writer.WriteString("hash", stats.Hash);
        if (options.Timings)
            writer.WriteNumber("time", (long)stats.Time.TotalMilliseconds);
        if (options.BuiltAt)
            writer.WriteNumber("builtAt", stats.BuiltAt.ToUnixTimeMilliseconds());
        if (options.PublicPath)
            writer.WriteString("publicPath", result.Options.Output.PublicPath);
        if (options.OutputPath)
            writer.WriteString("outputPath", result.Options.Output.Path);

        if (options.Assets)
        {
            writer.WriteStartArray("assets");
            foreach (var asset in stats.Assets.Take(options.AssetsSpace))
            {
                writer.WriteStartObject();
                writer.WriteString("type", "asset");
                writer.WriteString("name", asset.Name);
                writer.WriteNumber("size", asset.Size);
                writer.WriteBoolean("emitted", asset.Emitted);
                WriteStrings(writer, "chunkNames", asset.ChunkNames);
                WriteAssetInfo(writer, asset);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            if (stats.Assets.Count > options.AssetsSpace)
                writer.WriteNumber("filteredAssets", stats.Assets.Count - options.AssetsSpace);
        }

        if (options.Chunks)
            WriteChunks(writer, stats, options.ChunkModules);

        if (options.Modules)
        {
            // webpack's toJson lists the runtime modules among the modules (runtimeModules defaults to on outside toString).
            var count = stats.Modules.Count + stats.RuntimeModules.Count;
            writer.WriteStartArray("modules");
            foreach (var module in stats.Modules.Concat(stats.RuntimeModules).Take(options.ModulesSpace))
                WriteModule(writer, module);
            writer.WriteEndArray();
            if (count > options.ModulesSpace)
                writer.WriteNumber("filteredModules", count - options.ModulesSpace);
        }

        if (options.Entrypoints != StatsAuto.False)
        {
            writer.WriteStartObject("entrypoints");
            foreach (var entrypoint in stats.Entrypoints)
            {
                writer.WriteStartObject(entrypoint.Name);
                writer.WriteString("name", entrypoint.Name);
                WriteStrings(writer, "chunks", entrypoint.Chunks);
                writer.WriteStartArray("assets");
                foreach (var asset in entrypoint.Assets)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", asset);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }

        if (options.Errors)
        {
            writer.WriteStartArray("errors");
            var details = BuildSummary.ShowDetails(options.ErrorDetails, isError: true, stats.Errors.Count);
            foreach (var error in stats.Errors)
                WriteDiagnostic(writer, error, context, details, options.ModuleTrace);
            writer.WriteEndArray();
        }
        if (options.ErrorsCount)
            writer.WriteNumber("errorsCount", stats.Errors.Count);
        if (options.Warnings)
        {
            writer.WriteStartArray("warnings");
            foreach (var warning in result.ConfigurationWarnings)
            {
                writer.WriteStartObject();
                writer.WriteString("message", warning);
                writer.WriteEndObject();
            }
            var details = BuildSummary.ShowDetails(options.ErrorDetails, isError: false, stats.Errors.Count);
            foreach (var warning in stats.Warnings)
                WriteDiagnostic(writer, warning, context, details, options.ModuleTrace);
            writer.WriteEndArray();
        }
        if (options.WarningsCount)
            writer.WriteNumber("warningsCount", result.WarningCount);
        if (options.Hints)
        {
            writer.WriteStartArray("hints");
            foreach (var hint in stats.Hints)
                WriteDiagnostic(writer, hint, context, BuildSummary.ShowDetails(options.ErrorDetails, isError: false, stats.Errors.Count), options.ModuleTrace);
            writer.WriteEndArray();
        }
        if (options.HintsCount)
            writer.WriteNumber("hintsCount", stats.Hints.Count);
        writer.WriteEndObject();
    }

    private static void WriteChunks(Utf8JsonWriter writer, BuildStats stats, bool withModules)
    {
        var modulesByKey = new Dictionary<string, ModuleStats>(StringComparer.Ordinal);
        foreach (var module in stats.Modules)
        {
            modulesByKey.TryAdd(module.Identifier, module);
            modulesByKey.TryAdd(module.Id, module);
        }
        writer.WriteStartArray("chunks");
        foreach (var chunk in stats.Chunks)
        {
            writer.WriteStartObject();
            writer.WriteString("id", chunk.Id);
            WriteStrings(writer, "names", chunk.Names);
            WriteStrings(writer, "files", chunk.Files);
            writer.WriteBoolean("rendered", chunk.Rendered);
            writer.WriteBoolean("initial", chunk.Initial);
            writer.WriteBoolean("entry", chunk.Entry);
            writer.WriteNumber("size", chunk.Size);
            WriteStrings(writer, "runtime", chunk.Runtime);
            WriteStrings(writer, "parents", chunk.Parents);
            WriteStrings(writer, "children", chunk.Children);
            WriteStrings(writer, "siblings", chunk.Siblings);
            WriteStrings(writer, "idHints", chunk.IdHints);
            if (chunk.Reason is { } reason)
                writer.WriteString("reason", reason);
            writer.WriteStartArray("origins");
            foreach (var origin in chunk.Origins)
            {
                writer.WriteStartObject();
                writer.WriteString("module", origin.Module);
                writer.WriteString("moduleIdentifier", origin.ModuleIdentifier);
                writer.WriteString("moduleName", origin.ModuleName);
                writer.WriteString("loc", origin.Loc);
                writer.WriteString("request", origin.Request);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            if (withModules)
            {
                writer.WriteStartArray("modules");
                foreach (var key in chunk.Modules)
                {
                    if (modulesByKey.TryGetValue(key, out var module))
                    {
                        WriteModule(writer, module);
                    }
                    else
                    {
                        writer.WriteStartObject();
                        writer.WriteString("name", key);
                        writer.WriteEndObject();
                    }
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteModule(Utf8JsonWriter writer, ModuleStats module)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "module");
        if (module.Runtime)
            writer.WriteNull("id");
        else
            writer.WriteString("id", module.Id);
        writer.WriteString("name", module.Name);
        writer.WriteString("identifier", module.Identifier);
        writer.WriteNumber("size", module.Size);
        if (module.Runtime)
            writer.WriteNull("depth");
        else
            writer.WriteNumber("depth", module.Depth);
        WriteStrings(writer, "chunks", module.Chunks);
        WriteStrings(writer, "optimizationBailout", module.OptimizationBailout);
        if (module.Details?.Value is { } details)
            WriteModuleDetails(writer, details);
        if (module.Modules is { } merged)
        {
            writer.WriteStartArray("modules");
            foreach (var inner in merged)
                WriteModule(writer, inner);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    // webpack's DefaultStatsFactoryPlugin module fields (detailed, issuer, reasons, exports).
    private static void WriteModuleDetails(Utf8JsonWriter writer, ModuleStatsDetails details)
    {
        writer.WriteString("moduleType", details.ModuleType);
        if (details.Layer is { } layer)
            writer.WriteString("layer", layer);
        if (details.NameForCondition is { } nameForCondition)
            writer.WriteString("nameForCondition", nameForCondition);
        WriteIndex(writer, "index", details.PreOrderIndex);
        WriteIndex(writer, "preOrderIndex", details.PreOrderIndex);
        WriteIndex(writer, "index2", details.PostOrderIndex);
        WriteIndex(writer, "postOrderIndex", details.PostOrderIndex);
        writer.WriteBoolean("orphan", details.Orphan);
        WriteReference(writer, "issuer", "issuerName", "issuerId", details.Issuer);
        writer.WriteStartArray("reasons");
        foreach (var reason in details.Reasons)
        {
            writer.WriteStartObject();
            WriteReference(writer, "moduleIdentifier", "moduleName", "moduleId", reason.Origin);
            if (reason.Origin is { } origin)
                writer.WriteString("module", origin.Name);
            else
                writer.WriteNull("module");
            WriteReference(writer, "resolvedModuleIdentifier", "resolvedModule", "resolvedModuleId", reason.ResolvedOrigin);
            if (reason.Type is { } type)
                writer.WriteString("type", type);
            else
                writer.WriteNull("type");
            writer.WriteBoolean("active", reason.Active);
            writer.WriteString("explanation", reason.Explanation);
            if (reason.UserRequest is { } userRequest)
                writer.WriteString("userRequest", userRequest);
            else
                writer.WriteNull("userRequest");
            if (reason.Loc is { } loc)
                writer.WriteString("loc", loc);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        switch (details.UsedExports.Kind)
        {
            case UsedExportsKind.NoInfo: writer.WriteNull("usedExports"); break;
            case UsedExportsKind.Unknown: writer.WriteBoolean("usedExports", true); break;
            case UsedExportsKind.None: writer.WriteBoolean("usedExports", false); break;
            default: WriteStrings(writer, "usedExports", details.UsedExports.Names ?? []); break;
        }
        if (details.ProvidedExports is { } provided)
            WriteStrings(writer, "providedExports", provided);
        else
            writer.WriteNull("providedExports");
    }

    private static void WriteIndex(Utf8JsonWriter writer, string name, int index)
    {
        if (index >= 0)
            writer.WriteNumber(name, index);
    }

    private static void WriteReference(Utf8JsonWriter writer, string identifier, string name, string id, ModuleReferenceStats? module)
    {
        if (module is null)
        {
            writer.WriteNull(identifier);
            writer.WriteNull(name);
            writer.WriteNull(id);
            return;
        }
        writer.WriteString(identifier, module.Identifier);
        writer.WriteString(name, module.Name);
        writer.WriteString(id, module.Id);
    }

    // As webpack's stats errors: the code frame is part of the message (as in ModuleParseError),
    // details only when errorDetails asks for them, the trace of importers with moduleTrace.
    private static void WriteDiagnostic(Utf8JsonWriter writer, BuildDiagnostic diagnostic, string context, bool details, bool moduleTrace)
    {
        writer.WriteStartObject();
        writer.WriteString("message", diagnostic.CodeFrame is { Length: > 0 } frame ? diagnostic.Message.TrimEnd('\n') + "\n" + frame.TrimEnd('\n') : diagnostic.Message);
        if (diagnostic.File is not null)
        {
            writer.WriteString("moduleIdentifier", diagnostic.File);
            writer.WriteString("moduleName", BuildSummary.ModuleName(diagnostic.File, context));
        }
        if (diagnostic.Line > 0)
            writer.WriteString("loc", diagnostic.Location);
        if (details && diagnostic.Details is not null)
            writer.WriteString("details", diagnostic.Details);
        if (moduleTrace && diagnostic.ModuleTrace.Count > 0)
        {
            writer.WriteStartArray("moduleTrace");
            var moduleName = diagnostic.File is null ? null : BuildSummary.ModuleName(diagnostic.File, context);
            foreach (var item in diagnostic.ModuleTrace)
            {
                writer.WriteStartObject();
                writer.WriteString("originName", item.OriginName);
                if (moduleName is not null)
                    writer.WriteString("moduleName", moduleName);
                writer.WriteStartArray("dependencies");
                if (!string.IsNullOrEmpty(item.Location))
                {
                    writer.WriteStartObject();
                    writer.WriteString("loc", item.Location);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
                moduleName = item.OriginName;
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    // webpack's asset info as toJson writes it: the keys that are set, a single hash as a string.
    private static void WriteAssetInfo(Utf8JsonWriter writer, AssetStats asset)
    {
        var info = asset.Info;
        if (info is null && !asset.Minimized)
            return;
        writer.WriteStartObject("info");
        if (info is not null)
        {
            if (info.Immutable)
                writer.WriteBoolean("immutable", true);
            WriteHashes(writer, "contenthash", info.ContentHash);
            WriteHashes(writer, "fullhash", info.FullHash);
            if (info.SourceFilename is { } source)
                writer.WriteString("sourceFilename", source);
            if (info.JavascriptModule)
                writer.WriteBoolean("javascriptModule", true);
            if (info.Development)
                writer.WriteBoolean("development", true);
            if (info.HotModuleReplacement)
                writer.WriteBoolean("hotModuleReplacement", true);
            if (info.Related.Count > 0)
            {
                writer.WriteStartObject("related");
                foreach (var (kind, name) in info.Related)
                    writer.WriteString(kind, name);
                writer.WriteEndObject();
            }
        }
        if (asset.Minimized || info?.Minimized == true)
            writer.WriteBoolean("minimized", true);
        writer.WriteEndObject();
    }

    private static void WriteHashes(Utf8JsonWriter writer, string name, IReadOnlyList<string> hashes)
    {
        if (hashes.Count == 1)
            writer.WriteString(name, hashes[0]);
        else if (hashes.Count > 1)
            WriteStrings(writer, name, hashes);
    }

    /// <summary>A JSON array of strings named <paramref name="name"/>.</summary>
    internal static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
            writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    private static int Sum(IReadOnlyList<BuildResult> results, Func<BuildResult, int> count)
    {
        var total = 0;
        foreach (var result in results)
            total += count(result);
        return total;
    }
}
