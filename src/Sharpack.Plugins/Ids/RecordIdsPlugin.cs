// Follows webpack lib/RecordIdsPlugin.js (with portable ids) and the Compiler's readRecords /
// emitRecords: a build reads the records of the last one (recordsInputPath) and gives modules and
// chunks back the numeric ids they had there — modules by identifier (paths relative to the
// context), chunks by name, then by source (index in the group and the group's name or origin) —
// before the id plugins number the rest; after emitting it writes the ids it used
// (recordsOutputPath), keys sorted, so that ids stay stable from build to build.

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Ids;

/// <summary>Module and chunk ids kept across builds through a records file.</summary>
/// <param name="inputPath">The records read before the build, or null.</param>
/// <param name="outputPath">Where the records are written after emitting, or null.</param>
public sealed class RecordIdsPlugin(string? inputPath, string? outputPath) : IPlugin
{
    private const string Name = "RecordIdsPlugin";

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        var context = compiler.Options.Context;
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) =>
        {
            var records = Read(compiler, compilation);
            compilation.Hooks.ReviveModules.Tap(Name, modules => ReviveModules(compilation, modules, records, context));
            compilation.Hooks.ReviveChunks.Tap(Name, chunks => ReviveChunks(chunks, records, context));
        });
        if (outputPath is not null)
            compiler.Hooks.AfterEmit.Tap(Name, compilation => Write(compiler, compilation, context));
    }

    private JsonObject? Read(Compiler compiler, Compilation compilation)
    {
        if (inputPath is null || compiler.InputFileSystem.ReadFile(inputPath) is not { } bytes)
            return null;
        try
        {
            return JsonNode.Parse(bytes) as JsonObject;
        }
        catch (JsonException e)
        {
            compilation.Errors.Add(new Core.Stats.BuildDiagnostic($"Cannot parse records: {e.Message} ({inputPath})"));
            return null;
        }
    }

    private static string Identifier(Module module, string context) => RequestShortener.FullModuleName(module.Identifier, context);

    private static bool IsNumeric(string id, out long value) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value.ToString(CultureInfo.InvariantCulture) == id;

    private static void ReviveModules(Compilation compilation, IReadOnlyList<Module> modules, JsonObject? records, string context)
    {
        if (records?["modules"]?["byIdentifier"] is not JsonObject byIdentifier)
            return;
        var used = new HashSet<long>();
        foreach (var module in modules)
        {
            if (module.Id.Length > 0 || byIdentifier[Identifier(module, context)] is not JsonValue value || !value.TryGetValue<long>(out var id) || !used.Add(id))
                continue;
            compilation.ChunkGraph.SetModuleId(module, id.ToString(CultureInfo.InvariantCulture));
        }
    }

    // webpack's getChunkSources: per group, the chunk's index there and the group's name, or each
    // origin's module and request.
    private static List<string> ChunkSources(Chunk chunk, string context)
    {
        var sources = new List<string>();
        foreach (var group in chunk.Groups)
        {
            var index = group.Chunks.IndexOf(chunk);
            if (group.Name is { Length: > 0 } name)
            {
                sources.Add(index.ToString(CultureInfo.InvariantCulture) + " " + name);
                continue;
            }
            foreach (var (module, block) in group.Origins)
            {
                if (module is not null && block?.Request is { Length: > 0 } request)
                    sources.Add(index.ToString(CultureInfo.InvariantCulture) + " " + Identifier(module, context) + " " + request);
            }
        }
        return sources;
    }

    private static void ReviveChunks(IReadOnlyList<Chunk> chunks, JsonObject? records, string context)
    {
        if (records?["chunks"] is not JsonObject recorded)
            return;
        var used = new HashSet<long>();
        if (recorded["byName"] is JsonObject byName)
        {
            foreach (var chunk in chunks)
            {
                if (chunk.Id.Length > 0 || chunk.Name is not { Length: > 0 } name || byName[name] is not JsonValue value || !value.TryGetValue<long>(out var id) || !used.Add(id))
                    continue;
                chunk.Id = id.ToString(CultureInfo.InvariantCulture);
            }
        }
        if (recorded["bySource"] is JsonObject bySource)
        {
            foreach (var chunk in chunks)
            {
                if (chunk.Id.Length > 0)
                    continue;
                foreach (var source in ChunkSources(chunk, context))
                {
                    if (bySource[source] is not JsonValue value || !value.TryGetValue<long>(out var id) || !used.Add(id))
                        continue;
                    chunk.Id = id.ToString(CultureInfo.InvariantCulture);
                    break;
                }
            }
        }
    }

    private void Write(Compiler compiler, Compilation compilation, string context)
    {
        var byIdentifier = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var usedModuleIds = new SortedSet<long>();
        foreach (var module in compilation.Graph.Modules)
        {
            if (module.IsRemoved || !IsNumeric(module.Id, out var id))
                continue;
            byIdentifier[Identifier(module, context)] = id;
            usedModuleIds.Add(id);
        }
        var byName = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var bySource = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var usedChunkIds = new SortedSet<long>();
        foreach (var chunk in compilation.Chunks)
        {
            if (!IsNumeric(chunk.Id, out var id))
                continue;
            if (chunk.Name is { Length: > 0 } name)
                byName[name] = id;
            foreach (var source in ChunkSources(chunk, context))
                bySource[source] = id;
            usedChunkIds.Add(id);
        }
        // webpack's emitRecords: JSON.stringify with every object's keys sorted, two spaces.
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("chunks");
            WriteMap(writer, "byName", byName);
            WriteMap(writer, "bySource", bySource);
            WriteIds(writer, usedChunkIds);
            writer.WriteEndObject();
            writer.WriteStartObject("modules");
            WriteMap(writer, "byIdentifier", byIdentifier);
            WriteIds(writer, usedModuleIds);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        var directory = Path.GetDirectoryName(outputPath!);
        if (!string.IsNullOrEmpty(directory))
            compiler.OutputFileSystem.CreateDirectory(directory);
        compiler.OutputFileSystem.WriteFileAtomically(outputPath!, stream.ToArray());
    }

    private static void WriteMap(Utf8JsonWriter writer, string name, SortedDictionary<string, long> map)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in map)
            writer.WriteNumber(key, value);
        writer.WriteEndObject();
    }

    private static void WriteIds(Utf8JsonWriter writer, SortedSet<long> ids)
    {
        writer.WriteStartArray("usedIds");
        foreach (var id in ids)
            writer.WriteNumberValue(id);
        writer.WriteEndArray();
    }
}
