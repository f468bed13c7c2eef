// Follows webpack lib/config/normalization.js (output.library, entry descriptors' library) and
// applyOutputDefaults (the library type's default, enabledLibraryTypes), with the schema's
// shapes: a library is a name (string, array, { root, amd, commonjs }) or options { type, name,
// export, umdNamedDefine, auxiliaryComment, amdContainer }; the legacy output.libraryTarget,
// libraryExport, umdNamedDefine, auxiliaryComment and amdContainer override the options' own.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sharpack.Core.Options;

public static partial class OptionsNormalizer
{
    private static readonly string[] s_libraryKeys = ["amdContainer", "auxiliaryComment", "export", "name", "type", "umdAmdContainer", "umdNamedDefine"];

    // output.library and the legacy options beside it; null when no library is asked for.
    private static LibraryOptions? ReadOutputLibrary(ConfigReader reader, JsonObject output, bool module)
    {
        const string path = "configuration.output";
        var library = output["library"];
        var libraryTarget = output["libraryTarget"] is { } targetNode ? reader.OneOf(targetNode, path + ".libraryTarget", LibraryOptions.Types) : null;
        JsonObject? options = null;
        LibraryName? name = null;
        if (library is JsonObject obj && !ConfigReader.IsRegExp(obj) && obj.ContainsKey("type"))
        {
            options = obj;
        }
        else if (library is not null)
        {
            name = ReadLibraryName(reader, library, path + ".library");
            if (name is null)
                return null;
        }
        else if (libraryTarget is null)
        {
            return null;
        }
        var libraryPath = path + ".library";
        if (options is not null)
            reader.CheckKeys(options, libraryPath, s_libraryKeys, []);
        var type = libraryTarget ?? (options?["type"] is { } typeNode ? reader.OneOf(typeNode, libraryPath + ".type", LibraryOptions.Types) : null)
            ?? (module ? "module" : "var");
        if (options?["name"] is { } nameNode)
            name = ReadLibraryName(reader, nameNode, libraryPath + ".name");
        var export = output["libraryExport"] is { } exportNode ? ReadLibraryExport(reader, exportNode, path + ".libraryExport")
            : options?["export"] is { } ownExport ? ReadLibraryExport(reader, ownExport, libraryPath + ".export") : null;
        var namedDefine = reader.Bool(output["umdNamedDefine"], path + ".umdNamedDefine") ?? reader.Bool(options?["umdNamedDefine"], libraryPath + ".umdNamedDefine") ?? false;
        var comment = output["auxiliaryComment"] is { } commentNode ? ReadAuxiliaryComment(reader, commentNode, path + ".auxiliaryComment")
            : options?["auxiliaryComment"] is { } ownComment ? ReadAuxiliaryComment(reader, ownComment, libraryPath + ".auxiliaryComment") : null;
        var amdContainer = reader.String(output["amdContainer"], path + ".amdContainer") ?? reader.String(options?["amdContainer"], libraryPath + ".amdContainer");
        var umdAmdContainer = reader.String(options?["umdAmdContainer"], libraryPath + ".umdAmdContainer");
        return new LibraryOptions { Type = type, Name = name, Export = export, UmdNamedDefine = namedDefine, AuxiliaryComment = comment, AmdContainer = amdContainer, UmdAmdContainer = umdAmdContainer };
    }

    // An entry descriptor's library: always options with a type (webpack's schema).
    /// <summary>
    /// Reads a plugin's <c>library</c> option as an entry's (<c>{ type, name?, export?, … }</c>; a
    /// Module Federation container's).
    /// </summary>
    /// <exception cref="ArgumentException">The option is not a valid library description.</exception>
    public static LibraryOptions ReadLibrary(JsonNode node, string path)
    {
        ArgumentNullException.ThrowIfNull(node);
        var reader = new ConfigReader();
        var library = ReadEntryLibrary(reader, node, path);
        if (reader.Errors.Count > 0 || library is null)
            throw new ArgumentException(string.Join("\n", reader.Errors));
        return library;
    }

    private static LibraryOptions? ReadEntryLibrary(ConfigReader reader, JsonNode node, string path)
    {
        if (reader.Object(node, path) is not { } options)
            return null;
        reader.CheckKeys(options, path, s_libraryKeys, []);
        if (options["type"] is null)
        {
            reader.Error(path, "misses the property 'type'. Should be:\n\"var\" | \"module\" | \"assign\" | \"assign-properties\" | \"this\" | \"window\" | \"self\" | \"global\" | \"commonjs\" | \"commonjs2\" | \"commonjs-module\" | \"commonjs-static\" | \"amd\" | \"amd-require\" | \"umd\" | \"umd2\" | \"jsonp\" | \"system\" | string");
            return null;
        }
        var type = reader.OneOf(options["type"], ConfigReader.Child(path, "type"), LibraryOptions.Types);
        if (type is null)
            return null;
        return new LibraryOptions
        {
            Type = type,
            Name = options["name"] is { } nameNode ? ReadLibraryName(reader, nameNode, ConfigReader.Child(path, "name")) : null,
            Export = options["export"] is { } exportNode ? ReadLibraryExport(reader, exportNode, ConfigReader.Child(path, "export")) : null,
            UmdNamedDefine = reader.Bool(options["umdNamedDefine"], ConfigReader.Child(path, "umdNamedDefine")) ?? false,
            AuxiliaryComment = options["auxiliaryComment"] is { } commentNode ? ReadAuxiliaryComment(reader, commentNode, ConfigReader.Child(path, "auxiliaryComment")) : null,
            AmdContainer = reader.String(options["amdContainer"], ConfigReader.Child(path, "amdContainer")),
            UmdAmdContainer = reader.String(options["umdAmdContainer"], ConfigReader.Child(path, "umdAmdContainer")),
        };
    }

    // LibraryName: a non-empty string, a non-empty array of non-empty strings, or { root, amd, commonjs }.
    private static LibraryName? ReadLibraryName(ConfigReader reader, JsonNode node, string path)
    {
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.String:
                return reader.String(node, path) is { } single ? LibraryName.Of(single) : null;
            case JsonValueKind.Array:
                if (reader.StringArray(node, path) is not { Count: > 0 } parts)
                {
                    if (reader.Errors.Count == 0 || !reader.Errors[^1].StartsWith(path, StringComparison.Ordinal))
                        reader.Error(path, "should be a non-empty array.");
                    return null;
                }
                return new LibraryName { Parts = parts, IsArray = true };
            case JsonValueKind.Object when node is JsonObject obj && !ConfigReader.IsRegExp(obj) && !JsFunction.IsHandle(obj):
                reader.CheckKeys(obj, path, ["amd", "commonjs", "root"], []);
                IReadOnlyList<string>? root = null;
                if (obj["root"] is { } rootNode)
                {
                    root = ConfigReader.Kind(rootNode) == JsonValueKind.Array ? reader.StringArray(rootNode, ConfigReader.Child(path, "root"))
                        : reader.String(rootNode, ConfigReader.Child(path, "root")) is { } rootName ? [rootName] : null;
                }
                return new LibraryName
                {
                    Root = root,
                    Amd = reader.String(obj["amd"], ConfigReader.Child(path, "amd")),
                    Commonjs = reader.String(obj["commonjs"], ConfigReader.Child(path, "commonjs")),
                };
            default:
                reader.Error(path, "should be a non-empty string, a non-empty array of non-empty strings, or an object { root?, amd?, commonjs? }.");
                return null;
        }
    }

    // LibraryExport: a string or an array of strings (a path of properties).
    private static IReadOnlyList<string>? ReadLibraryExport(ConfigReader reader, JsonNode node, string path) =>
        ConfigReader.Kind(node) == JsonValueKind.Array ? reader.StringArray(node, path)
            : reader.String(node, path) is { } single ? [single] : null;

    // AuxiliaryComment: one string for every branch, or { root, commonjs, commonjs2, amd }.
    private static LibraryAuxiliaryComment? ReadAuxiliaryComment(ConfigReader reader, JsonNode node, string path)
    {
        if (ConfigReader.Kind(node) == JsonValueKind.String)
        {
            var text = reader.String(node, path, allowEmpty: true);
            return new LibraryAuxiliaryComment { Root = text, Commonjs = text, Commonjs2 = text, Amd = text };
        }
        if (reader.Object(node, path) is not { } obj)
            return null;
        reader.CheckKeys(obj, path, ["amd", "commonjs", "commonjs2", "root"], []);
        return new LibraryAuxiliaryComment
        {
            Root = reader.String(obj["root"], ConfigReader.Child(path, "root"), allowEmpty: true),
            Commonjs = reader.String(obj["commonjs"], ConfigReader.Child(path, "commonjs"), allowEmpty: true),
            Commonjs2 = reader.String(obj["commonjs2"], ConfigReader.Child(path, "commonjs2"), allowEmpty: true),
            Amd = reader.String(obj["amd"], ConfigReader.Child(path, "amd"), allowEmpty: true),
        };
    }

    // output.enabledLibraryTypes, by default output.library's type and every entry's.
    private static List<string> ReadEnabledLibraryTypes(ConfigReader reader, JsonNode? node, LibraryOptions? library, List<EntryDescription> entries)
    {
        if (node is not null)
        {
            var types = reader.StringArray(node, "configuration.output.enabledLibraryTypes") ?? [];
            foreach (var type in types)
            {
                if (Array.IndexOf(LibraryOptions.Types, type) < 0)
                    reader.Error("configuration.output.enabledLibraryTypes", $"has the unsupported library type {type}. Plugins which provide custom library types must call EnableLibraryPlugin.setEnabled(compiler, type) to disable this error.");
            }
            // webpack's EntryOptionPlugin: an entry's library type must be enabled.
            foreach (var entry in entries)
            {
                if (entry.Library is { } own && !types.Contains(own.Type))
                {
                    reader.Error(ConfigReader.Child(ConfigReader.Child("configuration.entry", entry.Name), "library"), $"has the type \"{own.Type}\", which is not enabled. EnableLibraryPlugin need to be used to enable this type of library. " +
                        $"This usually happens through the \"output.enabledLibraryTypes\" option. These types are enabled: {string.Join(", ", types)}");
                }
            }
            return types;
        }
        var enabled = new List<string>();
        if (library is not null)
            enabled.Add(library.Type);
        foreach (var entry in entries)
        {
            if (entry.Library is { } own && !enabled.Contains(own.Type))
                enabled.Add(own.Type);
        }
        return enabled;
    }

    // webpack's getLibraryName for uniqueName's default: the name joined by dots, placeholders removed.
    private static string? LibraryUniqueName(LibraryOptions? library)
    {
        var parts = library?.Name is { } name ? name.Parts ?? name.Root : null;
        if (parts is null)
            return null;
        var joined = string.Join(".", parts);
        var text = System.Text.RegularExpressions.Regex.Replace(joined, @"^\[(\\*[\w:]+\\*)\](\.)|(\.)\[(\\*[\w:]+\\*)\](?=\.|$)|\[(\\*[\w:]+\\*)\]", match =>
        {
            var content = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[4].Success ? match.Groups[4].Value : match.Groups[5].Value;
            return content.StartsWith('\\') && content.EndsWith('\\')
                ? (match.Groups[3].Value) + "[" + content[1..^1] + "]" + match.Groups[2].Value
                : "";
        });
        return text.Length > 0 ? text : null;
    }
}
