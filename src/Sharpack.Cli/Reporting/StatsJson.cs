// Writes `--json` stats in the shape of webpack's stats.toJson() for the fields tools read:
// hash, time, outputPath, assets, chunks (with their modules), modules, entrypoints, errors and
// warnings with moduleName and loc. A multi-compiler build writes { "children": [ … ] }.

using System.Text.Encodings.Web;
using System.Text.Json;
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

    /// <summary>Writes the stats of <paramref name="results"/> (one object, or children for several).</summary>
    public static void Write(Stream stream, IReadOnlyList<BuildResult> results)
    {
        using var writer = new Utf8JsonWriter(stream, s_options);
        if (results.Count == 1)
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
        var stats = result.Stats;
        var context = result.Options.Context;
        writer.WriteStartObject();
        if (result.Name is not null)
            writer.WriteString("name", result.Name);
        writer.WriteString("version", BuildCommand.Version);
        writer.WriteString("hash", stats.Hash);
        writer.WriteNumber("time", (long)stats.Time.TotalMilliseconds);
        writer.WriteString("outputPath", result.Options.Output.Path);

        writer.WriteStartArray("assets");
        foreach (var asset in stats.Assets)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "asset");
            writer.WriteString("name", asset.Name);
            writer.WriteNumber("size", asset.Size);
            writer.WriteBoolean("emitted", asset.Emitted);
            WriteStrings(writer, "chunkNames", asset.ChunkNames);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

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
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("modules");
        foreach (var module in stats.Modules)
            WriteModule(writer, module);
        writer.WriteEndArray();

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

        writer.WriteStartArray("errors");
        foreach (var error in stats.Errors)
            WriteDiagnostic(writer, error, context);
        writer.WriteEndArray();
        writer.WriteNumber("errorsCount", stats.Errors.Count);
        writer.WriteStartArray("warnings");
        foreach (var warning in result.ConfigurationWarnings)
        {
            writer.WriteStartObject();
            writer.WriteString("message", warning);
            writer.WriteEndObject();
        }
        foreach (var warning in stats.Warnings)
            WriteDiagnostic(writer, warning, context);
        writer.WriteEndArray();
        writer.WriteNumber("warningsCount", result.WarningCount);
        writer.WriteEndObject();
    }

    private static void WriteModule(Utf8JsonWriter writer, ModuleStats module)
    {
        writer.WriteStartObject();
        writer.WriteString("id", module.Id);
        writer.WriteString("name", module.Name);
        writer.WriteString("identifier", module.Identifier);
        writer.WriteNumber("size", module.Size);
        WriteStrings(writer, "chunks", module.Chunks);
        writer.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter writer, BuildDiagnostic diagnostic, string context)
    {
        writer.WriteStartObject();
        writer.WriteString("message", diagnostic.Message);
        if (diagnostic.File is not null)
        {
            writer.WriteString("moduleIdentifier", diagnostic.File);
            writer.WriteString("moduleName", BuildSummary.ModuleName(diagnostic.File, context));
        }
        if (diagnostic.Line > 0)
            writer.WriteString("loc", $"{diagnostic.Line}:{diagnostic.Column}");
        if (diagnostic.CodeFrame is not null)
            writer.WriteString("details", diagnostic.CodeFrame);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
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
