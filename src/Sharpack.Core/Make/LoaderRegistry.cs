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
    private readonly Dictionary<string, string> _javaScript = new(StringComparer.Ordinal);
    private volatile Dictionary<string, ILoader>? _snapshot;
    private volatile Dictionary<string, string>? _javaScriptSnapshot;

    /// <summary>Registers <paramref name="loader"/> under <paramref name="name"/> (e.g. <c>my-loader</c>), replacing one of that name.</summary>
    public void Register(string name, ILoader loader)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(loader);
        lock (_lock)
        {
            _loaders[name] = loader;
            _javaScript.Remove(name);
            _snapshot = null;
            _javaScriptSnapshot = null;
        }
    }

    /// <summary>
    /// Registers a loader written in JavaScript that Sharpack itself ships (a plugin's own, such as
    /// the CSS extract loader) under <paramref name="name"/>: the name is not resolved as a file, and
    /// the JavaScript loader host runs <paramref name="source"/> (a CommonJS module exporting the
    /// loader) for it.
    /// </summary>
    public void RegisterJavaScript(string name, string source)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(source);
        lock (_lock)
        {
            _loaders.Remove(name);
            _javaScript[name] = source;
            _snapshot = null;
            _javaScriptSnapshot = null;
        }
    }

    /// <summary>The source of the JavaScript loader registered as <paramref name="name"/>, or null.</summary>
    public string? FindJavaScript(string name)
    {
        var snapshot = _javaScriptSnapshot;
        if (snapshot is null)
        {
            lock (_lock)
                snapshot = _javaScriptSnapshot = new Dictionary<string, string>(_javaScript, StringComparer.Ordinal);
        }
        return snapshot.GetValueOrDefault(name);
    }

    /// <summary>True when <paramref name="name"/> is registered, as a C# loader or a JavaScript one Sharpack ships (it is not resolved as a file).</summary>
    public bool IsRegistered(string name) => Find(name) is not null || FindJavaScript(name) is not null;

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
