// Per-resolution state that is not part of the request: the paths read and missed (for watch
// mode and error messages), the stack of alias re-entries, which stops an alias cycle with
// enhanced-resolve's "Recursion in resolving" error, and the results yielded so far when the
// caller asked for all of them.

namespace Sharpack.Resolver;

/// <summary>Mutable state of one resolution.</summary>
internal sealed class ResolveContext
{
    private static readonly List<string> s_untracked = [];

    // PERF: the bundler's make phase does not use the lists yet (no watch mode); keeping them
    // cost two growing lists per resolution, about 20 MB on synthetic 10,000.
    private readonly bool _track;

    public ResolveContext(bool trackDependencies = true)
    {
        _track = trackDependencies;
        FileDependencies = trackDependencies ? [] : s_untracked;
        MissingDependencies = trackDependencies ? [] : s_untracked;
    }

    /// <summary>Paths read (empty when the resolution does not track them).</summary>
    public List<string> FileDependencies { get; }

    /// <summary>Paths looked for and not found (empty when the resolution does not track them).</summary>
    public List<string> MissingDependencies { get; }

    public void AddFile(string path)
    {
        if (_track) FileDependencies.Add(path);
    }

    public void AddMissing(string path)
    {
        if (_track) MissingDependencies.Add(path);
    }
    private List<Request>? _stack;

    /// <summary>
    /// Set for enhanced-resolve's <c>yield</c> (<see cref="Resolver.ResolveAll(string, string, bool)"/>): every
    /// result and ignored request is collected here and the resolution goes on; null for one result.
    /// </summary>
    public List<Request>? Yielded;

    // Set when the restrictions rejected a result (the exports field then reports no error).
    public bool RestrictionBlocked;

    /// <summary>Pushes the request entering internal-resolve; false when the same request is already on the stack.</summary>
    public bool Enter(in Request request)
    {
        _stack ??= [];
        foreach (var entry in _stack)
        {
            if (entry.Path == request.Path && (entry.RequestText ?? "") == (request.RequestText ?? "") && entry.Query == request.Query
                && entry.Fragment == request.Fragment && entry.Directory == request.Directory && entry.Module == request.Module)
            {
                return false;
            }
        }
        _stack.Add(request);
        return true;
    }

    public void Leave() => _stack!.RemoveAt(_stack.Count - 1);
}
