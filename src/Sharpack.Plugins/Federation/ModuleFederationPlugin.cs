// Follows webpack lib/container/ModuleFederationPlugin.js: a container of `exposes`, references to
// `remotes` and `shared` modules in one plugin, the container exported by `library` (`var` by
// default) and the remotes loaded as externals of `remoteType` (the library's type where it is an
// externals type, else `script`).

using System.Text.Json.Nodes;
using Sharpack.Core;

namespace Sharpack.Plugins.Federation;

/// <summary>webpack's <c>container.ModuleFederationPlugin</c>.</summary>
public sealed class ModuleFederationPlugin : IPlugin
{
    private static readonly HashSet<string> s_externalsTypes = new(StringComparer.Ordinal)
    {
        "var", "module", "assign", "this", "window", "self", "global", "commonjs", "commonjs2", "commonjs-module", "commonjs-static", "amd", "amd-require",
        "umd", "umd2", "jsonp", "system", "promise", "import", "module-import", "script", "node-commonjs", "asset", "css-import", "css-url",
    };

    private readonly List<IPlugin> _plugins = [];

    /// <summary>The federation of <paramref name="options"/>: <c>{ name, filename?, library?, remoteType?, runtime?, shareScope?, exposes?, remotes?, shared? }</c>.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public ModuleFederationPlugin(JsonNode? options)
    {
        if (options is not JsonObject obj)
            throw new ArgumentException("Module Federation Plugin: options should be an object.");
        var name = FederationOptions.String(obj, "name");
        var library = obj["library"]?.DeepClone() ?? (name is null ? null : new JsonObject { ["type"] = "var", ["name"] = name });
        var libraryType = library is JsonObject libraryObject ? FederationOptions.String(libraryObject, "type") : null;
        var remoteType = FederationOptions.String(obj, "remoteType") ?? (libraryType is not null && s_externalsTypes.Contains(libraryType) ? libraryType : "script");
        if (libraryType is not null)
            _plugins.Add(new LibraryTypePlugin(libraryType));
        if (HasItems(obj["exposes"]))
        {
            _plugins.Add(new ContainerPlugin(new JsonObject
            {
                ["name"] = name,
                ["library"] = library?.DeepClone(),
                ["filename"] = obj["filename"]?.DeepClone(),
                ["runtime"] = obj["runtime"]?.DeepClone(),
                ["shareScope"] = obj["shareScope"]?.DeepClone(),
                ["exposes"] = obj["exposes"]!.DeepClone(),
            }));
        }
        if (HasItems(obj["remotes"]))
        {
            _plugins.Add(new ContainerReferencePlugin(new JsonObject
            {
                ["remoteType"] = remoteType,
                ["shareScope"] = obj["shareScope"]?.DeepClone(),
                ["remotes"] = obj["remotes"]!.DeepClone(),
            }));
        }
        if (obj["shared"] is { } shared)
            _plugins.Add(new SharePlugin(new JsonObject { ["shared"] = shared.DeepClone(), ["shareScope"] = obj["shareScope"]?.DeepClone() }));
        _plugins.Add(new HoistContainerReferencesPlugin());
    }

    private static bool HasItems(JsonNode? node) => node switch
    {
        JsonArray array => array.Count > 0,
        JsonObject obj => obj.Count > 0,
        _ => false,
    };

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        foreach (var plugin in _plugins)
            plugin.Apply(compiler);
    }

    // webpack pushes the library's type into output.enabledLibraryTypes.
    private sealed class LibraryTypePlugin(string type) : IPlugin
    {
        public void Apply(Compiler compiler) => new Library.EnableLibraryPlugin(type).Apply(compiler);
    }
}
