// Follows webpack lib/container/ContainerPlugin.js: a container is an entry of its own (its chunk
// written as `filename`, exported by its library, `var` by default) whose ContainerEntryModule
// exposes modules to other builds through get() and init().

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Options;

namespace Sharpack.Plugins.Federation;

/// <summary>webpack's <c>container.ContainerPlugin</c>.</summary>
public sealed class ContainerPlugin : IPlugin
{
    private readonly string _name;
    private readonly string? _filename;
    private readonly string? _runtime;
    private readonly bool _ownRuntime;
    private readonly string _shareScope;
    private readonly LibraryOptions _library;
    private readonly List<(string Name, ExposeOptions Options)> _exposes;

    /// <summary>A container of <paramref name="options"/>: <c>{ name, exposes, filename?, library?, runtime?, shareScope? }</c>.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public ContainerPlugin(JsonNode? options)
    {
        if (options is not JsonObject obj)
            throw new ArgumentException("Container Plugin: options should be an object { name, exposes, … }.");
        _name = FederationOptions.String(obj, "name") is { Length: > 0 } name ? name : throw new ArgumentException("Container Plugin: options.name should be a non-empty string.");
        _filename = FederationOptions.String(obj, "filename");
        _runtime = FederationOptions.String(obj, "runtime");
        _ownRuntime = FederationOptions.IsFalse(obj, "runtime");
        _shareScope = FederationOptions.String(obj, "shareScope") ?? "default";
        _library = obj["library"] is { } library ? OptionsNormalizer.ReadLibrary(library, "options.library")
            : new LibraryOptions { Type = "var", Name = LibraryName.Of(_name) };
        _exposes = ParseExposes(obj["exposes"], "Container Plugin");
    }

    /// <summary>webpack's parsing of <c>exposes</c>: a request (or requests) per name, or <c>{ import, name? }</c>.</summary>
    internal static List<(string, ExposeOptions)> ParseExposes(JsonNode? exposes, string plugin) =>
        FederationOptions.Parse(exposes,
            (item, _) => new ExposeOptions(FederationOptions.Strings(item, plugin + ": an exposed module"), null),
            (item, key) => new ExposeOptions(FederationOptions.Strings(item["import"], plugin + ": exposes['" + key + "'].import"), FederationOptions.String(item, "name")),
            plugin + ": options.exposes");

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        new Library.EnableLibraryPlugin(_library.Type).Apply(compiler);
        compiler.Hooks.Make.Tap("ContainerPlugin", compilation =>
        {
            var dependency = new ContainerEntryDependency(_name, _exposes, _shareScope);
            var entry = new EntryDescription
            {
                Name = _name,
                Imports = [],
                Dependencies = [dependency],
                Filename = _filename,
                Runtime = _runtime,
                OwnRuntime = _ownRuntime,
                Library = _library,
            };
            // A container named as an entry of the configuration joins it (webpack's addEntry).
            var existing = compilation.Entries.FindIndex(e => e.Name == _name);
            if (existing >= 0)
                compilation.Entries[existing] = compilation.Entries[existing].MergedWith(entry);
            else
                compilation.Entries.Add(entry);
        });
        compiler.Hooks.ThisCompilation.Tap("ContainerPlugin", (compilation, _) =>
        {
            var context = compilation.Options.Context;
            compilation.DependencyFactories[typeof(ContainerEntryDependency)] = dependency => new ContainerEntryModule((ContainerEntryDependency)dependency, context);
        });
    }
}
