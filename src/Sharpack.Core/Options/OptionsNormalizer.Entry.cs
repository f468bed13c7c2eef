// Follows webpack lib/config/normalization.js (getNormalizedEntryStatic): `entry` as a string, an
// array of strings, or an object whose values are a string, an array or a descriptor
// { import, filename, dependOn, runtime, chunkLoading, wasmLoading }; absent → { main: ["./src"] }.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sharpack.Core.Options;

public static partial class OptionsNormalizer
{
    private const string EntryShape =
        "should be a non-empty string, a non-empty array of non-empty strings, or an object of entries " +
        "{ <name>: string | [string, ...] | { import, filename?, dependOn?, runtime? } }.";

    private static readonly string[] s_descriptorSupported = ["asyncChunks", "baseUri", "chunkLoading", "dependOn", "filename", "import", "layer", "library", "publicPath", "runtime", "wasmLoading", "worker"];

    private static readonly string[] s_descriptorIgnored =
    [
        "html",
    ];

    private static readonly string[] s_descriptorNotImplemented = [];

    private static List<EntryDescription> ReadEntries(ConfigReader reader, JsonNode? node)
    {
        const string path = "configuration.entry";
        var entries = new List<EntryDescription>();
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.Null:
                entries.Add(new EntryDescription { Name = "main", Imports = ["./src"] });
                return entries;
            case JsonValueKind.String or JsonValueKind.Array:
                if (ReadImports(reader, node!, path) is { } imports)
                    entries.Add(new EntryDescription { Name = "main", Imports = imports });
                return entries;
            case JsonValueKind.Object when !ConfigReader.IsRegExp(node):
                break;
            default:
                reader.Error(path, EntryShape);
                return entries;
        }
        var obj = (JsonObject)node!;
        if (obj.Count == 0)
        {
            reader.Error(path, "should be a non-empty object.");
            return entries;
        }
        foreach (var (name, value) in obj)
        {
            if (name.Contains('\0'))
            {
                reader.Error(path, $"has the entry name \"{name.Replace("\0", "\\u0000", StringComparison.Ordinal)}\" with a NUL character; an entry's name becomes a file name, which cannot hold one.");
                continue;
            }
            var itemPath = ConfigReader.Child(path, name);
            if (ConfigReader.Kind(value) is JsonValueKind.String or JsonValueKind.Array)
            {
                if (ReadImports(reader, value!, itemPath) is { } imports)
                    entries.Add(new EntryDescription { Name = name, Imports = imports });
                continue;
            }
            if (value is not JsonObject descriptor || ConfigReader.IsRegExp(descriptor))
            {
                reader.Error(itemPath, "should be a non-empty string, a non-empty array of non-empty strings, " +
                    "or an object { import, filename?, dependOn?, runtime? }.");
                continue;
            }
            if (ReadDescriptor(reader, descriptor, name, itemPath) is { } entry)
                entries.Add(entry);
        }
        CheckDependOn(reader, entries);
        return entries;
    }

    private static EntryDescription? ReadDescriptor(ConfigReader reader, JsonObject descriptor, string name, string path)
    {
        reader.CheckKeys(descriptor, path, s_descriptorSupported, s_descriptorIgnored, s_descriptorNotImplemented);
        var ok = true;
        List<string>? imports = null;
        if (descriptor["import"] is not { } importNode)
        {
            reader.Error(path, "misses the property 'import'. Should be:\nnon-empty string | [non-empty string, ...]");
            ok = false;
        }
        else
        {
            imports = ReadImports(reader, importNode, ConfigReader.Child(path, "import"));
            ok &= imports is not null;
        }
        // webpack's filename may be a function (pathData, assetInfo) => template, as output.filename.
        var filenameFunction = reader.Function(descriptor["filename"], ConfigReader.Child(path, "filename"));
        var filename = filenameFunction is null ? reader.String(descriptor["filename"], ConfigReader.Child(path, "filename")) : null;
        ok &= descriptor["filename"] is null || filename is not null || filenameFunction is not null;

        var dependOn = new List<string>();
        if (descriptor["dependOn"] is { } dependOnNode)
        {
            var dependOnPath = ConfigReader.Child(path, "dependOn");
            if (ConfigReader.Kind(dependOnNode) == JsonValueKind.String)
            {
                if (reader.String(dependOnNode, dependOnPath) is { } single)
                    dependOn.Add(single);
                else
                    ok = false;
            }
            else if (ReadImports(reader, dependOnNode, dependOnPath) is { } list)
                dependOn.AddRange(list);
            else
                ok = false;
        }

        string? runtime = null;
        if (descriptor["runtime"] is { } runtimeNode && ConfigReader.Kind(runtimeNode) != JsonValueKind.False)
        {
            runtime = reader.String(runtimeNode, ConfigReader.Child(path, "runtime"));
            if (runtime is null)
            {
                reader.Errors[^1] = $"{ConfigReader.Child(path, "runtime")} should be false or a non-empty string.";
                ok = false;
            }
        }
        if (runtime is not null && dependOn.Count > 0)
        {
            reader.Error(path, $"has 'dependOn' and 'runtime' specified; an entry can have only one of them " +
                $"(entrypoint '{name}').");
            ok = false;
        }
        // false is kept as "" (no type is empty), null inherits output.chunkLoading / output.wasmLoading.
        var chunkLoading = descriptor["chunkLoading"] is { } chunkLoadingNode
            ? ReadEnumOrFalse(reader, chunkLoadingNode, ConfigReader.Child(path, "chunkLoading"), s_chunkLoadingTypes, null) ?? ""
            : null;
        var wasmLoading = descriptor["wasmLoading"] is { } wasmLoadingNode
            ? ReadEnumOrFalse(reader, wasmLoadingNode, ConfigReader.Child(path, "wasmLoading"), s_wasmLoadingTypes, null) ?? ""
            : null;
        var asyncChunks = reader.Bool(descriptor["asyncChunks"], ConfigReader.Child(path, "asyncChunks"));
        // webpack's entry.worker: the entry runs in a worker (named by output.workerChunkFilename).
        var worker = reader.Bool(descriptor["worker"], ConfigReader.Child(path, "worker")) ?? false;
        ok &= descriptor["asyncChunks"] is null || asyncChunks is not null;
        string? publicPath = null;
        if (descriptor["publicPath"] is { } publicPathNode)
        {
            // A function here would need the bridge per entry; a string is what entries use.
            publicPath = reader.String(publicPathNode, ConfigReader.Child(path, "publicPath"), allowEmpty: true);
            ok &= publicPath is not null;
        }
        string? baseUri = null;
        if (descriptor["baseUri"] is { } baseUriNode)
        {
            baseUri = reader.String(baseUriNode, ConfigReader.Child(path, "baseUri"), allowEmpty: true);
            ok &= baseUri is not null;
        }
        LibraryOptions? library = null;
        if (descriptor["library"] is { } libraryNode)
        {
            library = ReadEntryLibrary(reader, libraryNode, ConfigReader.Child(path, "library"));
            ok &= library is not null;
        }
        if (!ok)
            return null;
        return new EntryDescription
        {
            AsyncChunks = asyncChunks,
            Worker = worker,
            PublicPath = publicPath,
            BaseUri = baseUri,
            Name = name,
            Imports = imports!,
            Filename = filename,
            FilenameFunction = filenameFunction,
            DependOn = dependOn,
            Runtime = runtime,
            OwnRuntime = descriptor["runtime"] is { } ownRuntime && ConfigReader.Kind(ownRuntime) == JsonValueKind.False,
            ChunkLoading = chunkLoading,
            WasmLoading = wasmLoading,
            Library = library,
            Layer = reader.String(descriptor["layer"], ConfigReader.Child(path, "layer")),
        };
    }

    // A string or a non-empty array of unique non-empty strings.
    private static List<string>? ReadImports(ConfigReader reader, JsonNode node, string path)
    {
        if (ConfigReader.Kind(node) == JsonValueKind.String)
            return reader.String(node, path) is { } single ? [single] : null;
        if (node is not JsonArray array)
        {
            reader.Error(path, "should be a non-empty string or a non-empty array of non-empty strings.");
            return null;
        }
        if (array.Count == 0)
        {
            reader.Error(path, "should be a non-empty array.");
            return null;
        }
        var items = reader.StringArray(array, path);
        if (items is null)
            return null;
        for (var i = 1; i < items.Count; i++)
        {
            if (items.IndexOf(items[i]) < i)
            {
                reader.Error(path, $"should not contain the item '{items[i]}' twice.");
                return null;
            }
        }
        return items;
    }

    private static void CheckDependOn(ConfigReader reader, List<EntryDescription> entries)
    {
        foreach (var entry in entries)
        {
            foreach (var dependency in entry.DependOn)
            {
                if (dependency == entry.Name)
                    reader.Error(ConfigReader.Child("configuration.entry", entry.Name), "should not depend on itself (dependOn).");
                else if (entries.FindIndex(e => e.Name == dependency) < 0)
                    reader.Error(ConfigReader.Child("configuration.entry", entry.Name), $"depends on '{dependency}', but this entry was not found.");
            }
        }
    }
}
