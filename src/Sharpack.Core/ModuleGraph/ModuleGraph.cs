// The module graph: modules addressed by integer handles, looked up by identifier. Only the
// make owner thread mutates it, so it needs no locks and its order is deterministic.

namespace Sharpack.Core.ModuleGraph;

/// <summary>All modules of a compilation.</summary>
public sealed class ModuleGraph
{
    private readonly Dictionary<string, Module> _byIdentifier = new(StringComparer.Ordinal);

    /// <summary>Modules by key, in the order they were added.</summary>
    public List<Module> Modules { get; } = [];

    /// <summary>The module with <paramref name="identifier"/>, or null.</summary>
    public Module? Find(string identifier) => _byIdentifier.GetValueOrDefault(identifier);

    /// <summary>Adds a module; returns the existing one if the identifier is already present.</summary>
    public Module Add(Module module)
    {
        if (_byIdentifier.TryGetValue(module.Identifier, out var existing))
            return existing;
        module.Key = Modules.Count;
        Modules.Add(module);
        _byIdentifier.Add(module.Identifier, module);
        return module;
    }
}
