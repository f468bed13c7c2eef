// Follows webpack lib/Watching.js: builds, watches what the build depended on, and builds again
// when something changed, until closed. A change starts the aggregate timeout (watchOptions.
// aggregateTimeout), which starts over at each further change; then the next build runs with the
// changed and removed paths in compiler.ModifiedFiles and RemovedFiles. A file written while the
// build was reading it is caught by its time. Builds run on one thread; notifications come from
// another and only mark folders to look at.

using Sharpack.Core.Stats;

namespace Sharpack.Core.Watch;

/// <summary>A compiler watching its inputs (webpack's Watching).</summary>
public sealed class Watching : IDisposable
{
    private readonly Compiler _compiler;
    private readonly Options.WatchOptions _options;
    private readonly Action<BuildStats?, Exception?> _handler;
    private readonly Thread _thread;
    private readonly object _gate = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // Folders where something happened since they were last looked at; "everywhere" after lost events.
    private HashSet<string> _dirty = new(StringComparer.Ordinal);
    // Entries a notification named: only they (and paths watched through them) are looked at.
    private HashSet<string> _dirtyEntries = new(StringComparer.Ordinal);
    private bool _dirtyEverywhere;
    private bool _invalidated;
    private bool _closing;
    private WatchSnapshot? _snapshot;

    internal Watching(Compiler compiler, Options.WatchOptions options, Action<BuildStats?, Exception?> handler)
    {
        _compiler = compiler;
        _options = options;
        _handler = handler;
        _thread = new Thread(Loop) { Name = "sharpack watch", IsBackground = true };
        _thread.Start();
    }

    /// <summary>Completes once watching stopped (after <see cref="Close"/>, when the build running then ended).</summary>
    public Task Closed => _closed.Task;

    /// <summary>How many builds ran.</summary>
    public int Builds { get; private set; }

    /// <summary>How many paths and folders the last build left watched.</summary>
    public int WatchedCount => _snapshot?.Count ?? 0;

    /// <summary>Builds again as soon as the running build (if any) ends, changed or not (webpack's invalidate).</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _invalidated = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Stops watching once the running build (if any) ends; the returned task completes then.</summary>
    public Task Close()
    {
        lock (_gate)
        {
            _closing = true;
            Monitor.PulseAll(_gate);
        }
        return Closed;
    }

    /// <inheritdoc />
    public void Dispose() => Close().Wait();

    private void OnFolderChanged(string? folder, string? name)
    {
        lock (_gate)
        {
            if (folder is null)
                _dirtyEverywhere = true;
            else if (name is null)
                _dirty.Add(folder);
            else
                _dirtyEntries.Add(Path.Join(folder, name));
            Monitor.PulseAll(_gate);
        }
    }

    private void Loop()
    {
        IFolderWatcher? folders = null;
        try
        {
            if (_options.Poll is null)
                folders = FolderWatchers.Create(OnFolderChanged);
            var changed = new HashSet<string>(StringComparer.Ordinal);
            var removed = new HashSet<string>(StringComparer.Ordinal);
            var first = true;
            while (!IsClosing())
            {
                _compiler.ModifiedFiles = first ? null : new HashSet<string>(changed, StringComparer.Ordinal);
                _compiler.RemovedFiles = first ? null : new HashSet<string>(removed, StringComparer.Ordinal);
                first = false;
                Build(folders);
                changed.Clear();
                removed.Clear();
                if (_snapshot is null)
                {
                    // The first build failed before it knew what to watch: only invalidate or close go on.
                    if (!WaitForInvalidate())
                        break;
                    continue;
                }
                // What changed since the build read it, before the notifications started.
                _snapshot.CollectChanges(null, null, changed, removed);
                if (changed.Count == 0 && !WaitForChanges(folders, changed, removed))
                    break;
                _compiler.Hooks.Invalid.Call(First(changed), DateTimeOffset.UtcNow);
                Aggregate(changed, removed);
                Forget(changed, removed);
            }
        }
        catch (Exception e)
        {
            _handler(null, e);
        }
        finally
        {
            folders?.Dispose();
            _compiler.IsWatching = false;
            try
            {
                _compiler.Hooks.WatchClose.Call();
            }
            finally
            {
                _closed.TrySetResult();
            }
        }
    }

    // One build; its snapshot is taken and its folders watched before the handler hears of it, so
    // an edit made as soon as the handler returns is noticed.
    private void Build(IFolderWatcher? folders)
    {
        Builds++;
        BuildStats? stats = null;
        try
        {
            stats = _compiler.Build(watchRun: true, out var compilation);
            if (compilation is not null)
            {
                _snapshot = WatchSnapshot.Capture(compilation.FileDependencies, compilation.ContextDependencies,
                    compilation.MissingDependencies, _options, compilation.ReadStates, _snapshot, _compiler.ModifiedFiles);
                folders?.Watch(_snapshot.Folders, _snapshot.RecursiveFolders);
            }
        }
        catch (Exception e)
        {
            // webpack hands the error to the handler; the last snapshot stays watched, so a fix rebuilds.
            _handler(null, e);
            return;
        }
        _handler(stats, null);
    }

    private bool IsClosing()
    {
        lock (_gate)
            return _closing;
    }

    private bool WaitForInvalidate()
    {
        lock (_gate)
        {
            while (!_closing && !_invalidated)
                Monitor.Wait(_gate);
            _invalidated = false;
            return !_closing;
        }
    }

    // Waits until a watched path really changed (or an invalidate); false when closing.
    private bool WaitForChanges(IFolderWatcher? folders, HashSet<string> changed, HashSet<string> removed)
    {
        while (true)
        {
            var look = TakeDirty(out var entries, out var everywhere, out var invalidated, wait: true);
            if (look is null && !everywhere && !invalidated)
                return false; // closing
            _snapshot!.CollectChanges(everywhere ? null : look, entries, changed, removed);
            if (changed.Count > 0 || invalidated)
                return true;
            // Nothing watched changed, but a folder on the way to a missing path may have come or gone.
            if (entries is not null)
            {
                foreach (var entry in entries)
                {
                    if (Path.GetDirectoryName(entry) is { } parent)
                        look!.Add(parent);
                }
            }
            if (_snapshot.RefreshFolders(everywhere ? null : look))
                folders?.Watch(_snapshot.Folders, _snapshot.RecursiveFolders);
        }
    }

    // After the first change: waits until aggregateTimeout passes without another, collecting them all.
    private void Aggregate(HashSet<string> changed, HashSet<string> removed)
    {
        while (true)
        {
            lock (_gate)
            {
                if (_closing)
                    return;
                if (_dirty.Count == 0 && _dirtyEntries.Count == 0 && !_dirtyEverywhere && _options.Poll is null)
                {
                    Monitor.Wait(_gate, _options.AggregateTimeout);
                    if (_dirty.Count == 0 && _dirtyEntries.Count == 0 && !_dirtyEverywhere)
                        return;
                }
            }
            if (_options.Poll is not null)
            {
                Thread.Sleep(_options.AggregateTimeout);
                var before = changed.Count;
                _snapshot!.CollectChanges(null, null, changed, removed);
                if (changed.Count == before)
                    return;
                continue;
            }
            var look = TakeDirty(out var entries, out var everywhere, out _, wait: false);
            _snapshot!.CollectChanges(everywhere ? null : look, entries, changed, removed);
        }
    }

    // The folders to look at; with wait, blocks until there are some, an invalidate, a poll tick, or closing (null, all false).
    private HashSet<string>? TakeDirty(out HashSet<string>? entries, out bool everywhere, out bool invalidated, bool wait)
    {
        entries = null;
        lock (_gate)
        {
            while (wait && !_closing && !_invalidated && _dirty.Count == 0 && _dirtyEntries.Count == 0 && !_dirtyEverywhere)
            {
                if (_options.Poll is { } interval)
                {
                    Monitor.Wait(_gate, interval);
                    if (!_closing && !_invalidated)
                        _dirtyEverywhere = true; // a poll tick looks at everything
                }
                else
                {
                    Monitor.Wait(_gate);
                }
            }
            everywhere = _dirtyEverywhere;
            invalidated = _invalidated;
            if (_closing)
            {
                everywhere = invalidated = false;
                return null;
            }
            var taken = _dirty;
            _dirty = new HashSet<string>(StringComparer.Ordinal);
            if (_dirtyEntries.Count > 0)
            {
                entries = _dirtyEntries;
                _dirtyEntries = new HashSet<string>(StringComparer.Ordinal);
            }
            _dirtyEverywhere = false;
            _invalidated = false;
            return taken;
        }
    }

    // The resolver's caches forget the changed paths; a path added or removed, or a folder's tree
    // changed, may change any resolution, so then they forget everything.
    private void Forget(HashSet<string> changed, HashSet<string> removed)
    {
        if (_compiler.WatchResolverCache is not { } cache)
            return;
        var structural = removed.Count > 0;
        foreach (var path in changed)
        {
            // Only a file that was a file and still is changed no more than its content.
            if (!_snapshot!.WasFile(path) || PathState.Read(path).Kind != PathKind.File || Path.GetFileName(path) == "package.json")
                structural = true;
            cache.Invalidate(path);
        }
        if (structural)
            cache.Clear();
    }

    private static string? First(HashSet<string> paths)
    {
        foreach (var path in paths)
            return path;
        return null;
    }
}
