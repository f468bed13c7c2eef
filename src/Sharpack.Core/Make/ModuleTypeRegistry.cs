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

    /// <summary>Registers <paramref name="factory"/> for <paramref name="type"/>.</summary>
    public void Register(string type, ModuleTypeFactory factory) => _factories[type] = factory;

    /// <summary>The factory for <paramref name="type"/>, or null.</summary>
    public ModuleTypeFactory? Find(string type) => _factories.GetValueOrDefault(type);
}
