// One `resolve.alias` / `resolve.fallback` entry, webpack's object form normalised like
// enhanced-resolve's normalizeAlias: a key ending in `$` matches the exact request only; the
// value is one target, several targets tried in order, or `false` to ignore the module.

namespace Sharpack.Resolver;

/// <summary>An alias: a request name (or prefix, or `*` pattern) and its targets.</summary>
public sealed class AliasEntry
{
    /// <summary>Creates an entry from webpack's key (a trailing <c>$</c> means exact match) and its targets; a null target is <c>false</c>.</summary>
    public AliasEntry(string key, params string?[] targets)
    {
        OnlyModule = key.EndsWith('$');
        Name = OnlyModule ? key[..^1] : key;
        Targets = targets;
    }

    /// <summary>The name matched against the request, without the <c>$</c>.</summary>
    public string Name { get; }

    /// <summary>True for a <c>$</c> key: only the exact request matches.</summary>
    public bool OnlyModule { get; }

    /// <summary>The targets in order; a null target ignores the module (webpack's <c>false</c>).</summary>
    public IReadOnlyList<string?> Targets { get; }

    /// <summary>An entry that ignores the module (<c>alias: { name: false }</c>).</summary>
    public static AliasEntry Ignore(string key) => new(key, [null]);
}
