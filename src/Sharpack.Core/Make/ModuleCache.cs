// webpack's memory cache of modules (MemoryCachePlugin, with NormalModule.needBuild): the modules a
// build made are kept by the compiler, and the next build of the same compiler takes each one whose
// files did not change instead of reading, running loaders and parsing again. Its dependencies are
// resolved again (the resolver's caches make that cheap), so the graph is rebuilt as webpack
// rebuilds it; only the per-module work is saved.
//
// A module is still valid when none of the paths its build depended on changed: in watch mode the
// watcher says which did; otherwise each path's state now is compared with the state the build read
// it in. A module whose build failed, or that a loader or plugin declared not cacheable, is built
// again.

using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Stats;
using Sharpack.Core.Watch;

namespace Sharpack.Core.Make;

/// <summary>The modules of a compiler's last build, kept for its next one.</summary>
internal sealed class ModuleCache
{
    private Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    // What a kept module needs to be reused: its build's warnings, what it depended on, and the
    // state each file was read in (so a change made during the build is still seen as one).
    private sealed class Entry(Module module, BuildDiagnostic[] warnings, string[] files, string[] contexts, KeyValuePair<string, PathState>[] states, ulong[] contextPrints,
        KeyValuePair<string, PathState>[] unwatched)
    {
        public readonly Module Module = module;
        public readonly BuildDiagnostic[] Warnings = warnings;
        public readonly string[] Files = files;
        // The files as the watcher names them (a package's file by its package.json).
        public readonly string[] Watched = WatchedPaths(files, []);
        // Files watch mode ignores (watchOptions.ignored): looked at again, as webpack stats what its watcher has no time for.
        public readonly KeyValuePair<string, PathState>[] Unwatched = unwatched;
        public readonly string[] Contexts = contexts;
        public readonly KeyValuePair<string, PathState>[] States = states;
        public readonly ulong[] ContextPrints = contextPrints;
        public bool Taken;
    }

    // Watching: what each dependency of a kept module resolved to, and the paths that resolution
    // looked at (webpack's unsafe cache of factorize results, checked against the watcher's changes).
    private Dictionary<Dependency, Resolution> _resolutions = [];
    private Dictionary<Dependency, Resolution> _nextResolutions = [];

    /// <summary>A dependency's last resolution: the module's identifier and the paths the resolver looked at.</summary>
    internal sealed record Resolution(string Identifier, string[] Files, string[] Missing)
    {
        /// <summary>Those paths as the watcher names them (a package's file by its package.json), each once.</summary>
        public string[] Watched { get; } = WatchedPaths(Files, Missing);
    }

    // Paths as the watcher names them (a package's file by its package.json), each once: the
    // watcher's changed paths are mapped already, so checking a save is one lookup per path.
    private static string[] WatchedPaths(string[] files, string[] missing)
    {
        var paths = new HashSet<string>(files.Length + missing.Length, StringComparer.Ordinal);
        foreach (var path in files)
            paths.Add(WatchSnapshot.ManagedPath(path));
        foreach (var path in missing)
            paths.Add(WatchSnapshot.ManagedPath(path));
        return [.. paths];
    }

    /// <summary>
    /// The identifier <paramref name="dependency"/> resolved to last build, when none of the paths that
    /// resolution looked at changed since (watch mode only); null otherwise.
    /// </summary>
    public Resolution? KnownResolution(Dependency dependency, Compiler compiler)
    {
        if (compiler.ModifiedFiles is not { } modified || !_resolutions.TryGetValue(dependency, out var known))
            return null;
        if (AnyIn(known.Watched, modified) || (compiler.RemovedFiles is { } removed && AnyIn(known.Watched, removed)))
            return null;
        return known;
    }

    /// <summary>Records how <paramref name="dependency"/> resolved in the build under way (for the next).</summary>
    public void RememberResolution(Dependency dependency, Resolution resolution) => _nextResolutions[dependency] = resolution;

    private static bool AnyIn(string[] paths, IReadOnlySet<string> changed)
    {
        if (changed.Count == 0)
            return false;
        foreach (var path in paths)
        {
            if (changed.Contains(path))
                return true;
        }
        return false;
    }

    /// <summary>How many modules the cache holds.</summary>
    public int Count => _entries.Count;

    /// <summary>Forgets every module (after a build that threw: what it saw changed is not known).</summary>
    public void Clear()
    {
        _entries = new(StringComparer.Ordinal);
        _resolutions = [];
        _nextResolutions = [];
    }

    /// <summary>
    /// The kept module for <paramref name="identifier"/> when none of its paths changed (null when
    /// there is none, or it must be built again), ready to join <paramref name="compilation"/>: its
    /// compilation state reset, its read states and warnings handed over.
    /// </summary>
    public Module? TryTake(string identifier, Compilation compilation, out IReadOnlyList<BuildDiagnostic> warnings)
    {
        warnings = [];
        if (!_entries.TryGetValue(identifier, out var entry) || entry.Taken)
            return null;
        var compiler = compilation.Compiler;
        if (compiler.ModifiedFiles is { } modified)
        {
            if (Changed(entry, modified) || (compiler.RemovedFiles is { } removed && Changed(entry, removed)) || !StillAsRead(entry.Unwatched))
                return null;
        }
        else if (!StillAsRead(entry))
        {
            return null;
        }
        entry.Taken = true;
        var module = entry.Module;
        module.ResetCompilationState();
        // Watching, the snapshot keeps the states of paths no build read since (the last one's).
        if (compilation.ReadStates is { } readStates && !compiler.IsWatching)
        {
            foreach (var (path, state) in entry.States)
                readStates.TryAdd(path, state);
        }
        warnings = entry.Warnings;
        return module;
    }

    /// <summary>
    /// Keeps the modules of <paramref name="compilation"/> that built without errors and may be
    /// cached (reused ones keep what they had); forgets the rest.
    /// </summary>
    public void Store(Compilation compilation, IReadOnlyDictionary<Module, List<BuildDiagnostic>> warningsByModule)
    {
        var previous = _entries;
        var next = new Dictionary<string, Entry>(compilation.Graph.Modules.Count, StringComparer.Ordinal);
        var watching = compilation.Compiler.IsWatching ? compilation.Compiler.ActiveWatchOptions : null;
        foreach (var module in compilation.Graph.Modules)
        {
            if (!module.BuildDone || module.BuildFailed || !module.Cacheable)
                continue;
            if (previous.TryGetValue(module.Identifier, out var kept) && ReferenceEquals(kept.Module, module))
            {
                kept.Taken = false;
                next[module.Identifier] = kept;
                continue;
            }
            next[module.Identifier] = Capture(module, compilation, warningsByModule, watching);
        }
        _entries = next;
        (_resolutions, _nextResolutions) = (_nextResolutions, _resolutions);
        _nextResolutions.Clear();
    }

    private static Entry Capture(Module module, Compilation compilation, IReadOnlyDictionary<Module, List<BuildDiagnostic>> warningsByModule, Options.WatchOptions? watching)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        var contexts = new HashSet<string>(StringComparer.Ordinal);
        var missing = new HashSet<string>(StringComparer.Ordinal);
        var build = new HashSet<string>(StringComparer.Ordinal);
        module.AddCacheDependencies(files, contexts, missing, build);
        files.UnionWith(missing);
        var states = new List<KeyValuePair<string, PathState>>(files.Count);
        List<KeyValuePair<string, PathState>>? unwatched = null;
        foreach (var path in files)
        {
            var ignored = watching is not null && watching.IsIgnored(path);
            if (compilation.ReadStates is { } read && read.TryGetValue(path, out var state))
                states.Add(new(path, state));
            else if (watching is null || ignored)
                // Not read through the build's file hook (a loader's dependency): as it is now.
                states.Add(new(path, state = PathState.Read(path)));
            else
                continue;
            if (ignored)
                (unwatched ??= []).Add(new(path, state));
        }
        var contextList = contexts.ToArray();
        var prints = new ulong[watching is not null ? 0 : contextList.Length];
        for (var i = 0; i < prints.Length; i++)
            prints[i] = WatchSnapshot.Fingerprint(contextList[i]);
        var warnings = warningsByModule.TryGetValue(module, out var list) ? list.ToArray() : [];
        return new Entry(module, warnings, [.. files], contextList, [.. states], prints, unwatched is null ? [] : [.. unwatched]);
    }

    private static bool StillAsRead(KeyValuePair<string, PathState>[] states)
    {
        foreach (var (path, state) in states)
        {
            if (PathState.Read(path) != state)
                return false;
        }
        return true;
    }

    // Watch mode: the watcher's changed (or removed) paths; a package's file stands for its package.json.
    private static bool Changed(Entry entry, IReadOnlySet<string> changed)
    {
        if (AnyIn(entry.Watched, changed))
            return true;
        foreach (var folder in entry.Contexts)
        {
            foreach (var path in changed)
            {
                if (WatchSnapshot.IsUnder(path, folder))
                    return true;
            }
        }
        return false;
    }

    // Another run of the compiler: every path looked at again.
    private static bool StillAsRead(Entry entry)
    {
        if (entry.States.Length < entry.Files.Length || !StillAsRead(entry.States))
            return false;
        for (var i = 0; i < entry.Contexts.Length; i++)
        {
            if (i >= entry.ContextPrints.Length || WatchSnapshot.Fingerprint(entry.Contexts[i]) != entry.ContextPrints[i])
                return false;
        }
        return true;
    }
}
