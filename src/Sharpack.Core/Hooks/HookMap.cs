// tapable's HookMap: hooks created on demand by key (the JavaScript parser's hooks by free
// variable name, e.g. `call.for("require")`). Interceptors' `Factory` may wrap each new hook.
// PERF: the parser asks Get once per free identifier from every worker thread, so reads take no
// lock: writers (taps made before a build) publish a new dictionary, readers see one or the other.

namespace Sharpack.Core.Hooks;

/// <summary>Hooks of type <typeparamref name="THook"/> by string key, created on first use by <c>For</c>.</summary>
public sealed class HookMap<THook>(Func<string, THook> factory, string? name = null)
    where THook : class
{
    private volatile Dictionary<string, THook> _hooks = new(StringComparer.Ordinal);
    private readonly List<Func<string, THook, THook>> _factories = [];
    private readonly Lock _lock = new();

    /// <summary>The map's name, or null.</summary>
    public string? Name { get; } = name;

    /// <summary>The hook for <paramref name="key"/>, or null when nobody asked for one (so a caller can skip the call).</summary>
    public THook? Get(string key) => _hooks.GetValueOrDefault(key);

    /// <summary>Whether any key has a hook (a caller can skip working out a key).</summary>
    public bool IsEmpty => _hooks.Count == 0;

    /// <summary>The hook for <paramref name="key"/>, created when missing (to tap it).</summary>
    public THook For(string key)
    {
        if (_hooks.TryGetValue(key, out var existing))
            return existing;
        lock (_lock)
        {
            if (_hooks.TryGetValue(key, out var hook))
                return hook;
            hook = factory(key);
            foreach (var wrap in _factories)
                hook = wrap(key, hook);
            _hooks = new Dictionary<string, THook>(_hooks, StringComparer.Ordinal) { [key] = hook };
            return hook;
        }
    }

    /// <summary>The keys that have a hook.</summary>
    public IReadOnlyCollection<string> Keys
    {
        get => [.. _hooks.Keys];
    }

    /// <summary>tapable's HookMap interceptor: <paramref name="wrap"/> sees (and may replace) each hook created from now on.</summary>
    public void Intercept(Func<string, THook, THook> wrap)
    {
        ArgumentNullException.ThrowIfNull(wrap);
        lock (_lock)
            _factories.Add(wrap);
    }
}
