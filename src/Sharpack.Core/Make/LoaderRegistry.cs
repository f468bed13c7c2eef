// The loaders a compiler knows by name: a plugin (or a .NET program) registers C# loaders here,
// and a rule's `use`/`loader` or an inline `loader!` request names them. A name registered here is
// the whole of loader resolution for now; a name that is not is a JavaScript loader from npm,
// which a node worker pool will run behind the same runner.

namespace Sharpack.Core.Make;

/// <summary>The C# loaders of a compiler, by name.</summary>
public sealed class LoaderRegistry
{
    private readonly Dictionary<string, ILoader> _loaders = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private volatile Dictionary<string, ILoader>? _snapshot;

    /// <summary>Registers <paramref name="loader"/> under <paramref name="name"/> (e.g. <c>my-loader</c>), replacing one of that name.</summary>
    public void Register(string name, ILoader loader)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(loader);
        lock (_lock)
        {
            _loaders[name] = loader;
            _snapshot = null;
        }
    }

    /// <summary>The loader registered as <paramref name="name"/>, or null.</summary>
    public ILoader? Find(string name)
    {
        // Read from make's threads: a copy taken once registration is over needs no lock.
        var snapshot = _snapshot;
        if (snapshot is null)
        {
            lock (_lock)
                snapshot = _snapshot = new Dictionary<string, ILoader>(_loaders, StringComparer.Ordinal);
        }
        return snapshot.GetValueOrDefault(name);
    }
}
