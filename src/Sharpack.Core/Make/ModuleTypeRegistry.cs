// Module types (javascript/auto, json, …) and the factories that create their modules.
// Plugins register them; make picks one per resource from module.rules and the extension.

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.Make;

/// <summary>Creates a module of one type for a resolved resource.</summary>
public delegate Module ModuleTypeFactory(string identifier, string resource, string type);

/// <summary>Creates the module for a context: its folders and the options that select its files.</summary>
public delegate Module ContextModuleFactory(ContextResource resource, ContextOptions options);

/// <summary>The module types a compiler knows.</summary>
public sealed class ModuleTypeRegistry
{
    /// <summary>Creates context modules; set by the JavaScript modules plugin.</summary>
    public ContextModuleFactory? ContextFactory { get; set; }

    private readonly Dictionary<string, ModuleTypeFactory> _factories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<Dependency, string>> _identifierSuffixes = new(StringComparer.Ordinal);

    /// <summary>
    /// Registers <paramref name="factory"/> for <paramref name="type"/>; <paramref name="identifierSuffix"/>, when
    /// given, adds to a module's identifier what its request makes of it beyond the resource (a CSS
    /// <c>@import</c>'s layer and media, an import's <c>with { type: "css" }</c>): another module each.
    /// </summary>
    public void Register(string type, ModuleTypeFactory factory, Func<Dependency, string>? identifierSuffix = null)
    {
        _factories[type] = factory;
        if (identifierSuffix is null)
            _identifierSuffixes.Remove(type);
        else
            _identifierSuffixes[type] = identifierSuffix;
    }

    /// <summary>What the module of <paramref name="type"/> created for <paramref name="dependency"/> adds to its identifier ("" for most).</summary>
    public string IdentifierSuffix(string type, Dependency dependency) =>
        _identifierSuffixes.TryGetValue(type, out var suffix) ? suffix(dependency) : "";

    /// <summary>The factory for <paramref name="type"/>, or null.</summary>
    public ModuleTypeFactory? Find(string type) => _factories.GetValueOrDefault(type);
}
