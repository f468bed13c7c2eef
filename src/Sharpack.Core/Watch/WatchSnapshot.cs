// What a watch build depended on, as it was when the build ended: the state of each file and
// missing path, and a fingerprint of each context folder's tree. Comparing it with the file system
// tells what really changed (a notification only says where to look). Paths in a package under
// node_modules are watched through the package's package.json, as webpack's managedPaths: a package
// changes when it is installed again, which changes its version.

namespace Sharpack.Core.Watch;

/// <summary>The watched paths and their states at the end of a build.</summary>
internal sealed class WatchSnapshot
{
    private readonly Dictionary<string, PathState> _paths = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, PathState>? _readStates;
    private WatchSnapshot? _previous;
    private IReadOnlySet<string>? _changedSince;
    private readonly Dictionary<string, ulong> _contexts = new(StringComparer.Ordinal);
    // The folder watched for each path (its parent, or the nearest one that exists) → the paths.
    private readonly Dictionary<string, List<string>> _byFolder = new(StringComparer.Ordinal);
    // Of those, the paths watched through a folder that is not their parent (the nearest that exists).
    private readonly Dictionary<string, List<string>> _indirect = new(StringComparer.Ordinal);

    /// <summary>The folders whose entries are watched.</summary>
    public IReadOnlyCollection<string> Folders => _byFolder.Keys;

    /// <summary>The folders watched with everything below them (context dependencies).</summary>
    public IReadOnlyCollection<string> RecursiveFolders => _contexts.Keys;

    /// <summary>How many paths and folders are watched.</summary>
    public int Count => _paths.Count + _contexts.Count;

    /// <summary>Looks at every path a build depended on, except the ignored ones.</summary>
    /// <param name="files">The files the build read.</param>
    /// <param name="contexts">The folders whose trees it listed.</param>
    /// <param name="missing">The paths it looked for and did not find.</param>
    /// <param name="options">What to ignore.</param>
    /// <param name="readStates">Files as they were when the build read them, kept in place of how they are now (so a change since is one).</param>
    /// <param name="previous">The last build's snapshot: a path this build did not read (a module taken from the cache) and that did not change keeps its state there.</param>
    /// <param name="changedSince">The paths that changed since <paramref name="previous"/> was taken.</param>
    public static WatchSnapshot Capture(IEnumerable<string> files, IEnumerable<string> contexts, IEnumerable<string> missing, Options.WatchOptions options,
        IReadOnlyDictionary<string, PathState>? readStates = null, WatchSnapshot? previous = null, IReadOnlySet<string>? changedSince = null)
    {
        var snapshot = new WatchSnapshot { _readStates = readStates, _previous = previous, _changedSince = changedSince };
        foreach (var path in files)
            snapshot.AddPath(path, options);
        foreach (var path in missing)
            snapshot.AddPath(path, options);
        foreach (var folder in contexts)
        {
            if (Path.IsPathRooted(folder) && !options.IsIgnored(folder) && !snapshot._contexts.ContainsKey(folder))
                snapshot._contexts.Add(folder, Fingerprint(folder));
        }
        snapshot._folderKinds = null;
        snapshot._previous = null;
        snapshot._changedSince = null;
        return snapshot;
    }

    private void AddPath(string path, Options.WatchOptions options)
    {
        if (!Path.IsPathRooted(path))
            return;
        path = ManagedPath(Path.TrimEndingDirectorySeparator(path));
        if (_paths.ContainsKey(path) || options.IsIgnored(path))
            return;
        PathState state;
        if (_readStates is not null && _readStates.TryGetValue(path, out var read))
            state = read;
        else if (_previous is not null && _changedSince is not null && !_changedSince.Contains(path) && _previous._paths.TryGetValue(path, out var kept))
            state = kept;
        else
            state = PathState.Read(path);
        _paths.Add(path, state);
        // PERF: a file that exists is in its parent folder (no look at the folder).
        var folder = state.Kind == PathKind.File ? Path.GetDirectoryName(path) : WatchedFolder(path, _folderKinds);
        if (folder is null)
            return;
        Place(path, folder);
    }

    private void Place(string path, string folder)
    {
        if (!_byFolder.TryGetValue(folder, out var list))
            _byFolder.Add(folder, list = []);
        list.Add(path);
        if (Path.GetDirectoryName(path) != folder)
        {
            if (!_indirect.TryGetValue(folder, out var indirect))
                _indirect.Add(folder, indirect = []);
            indirect.Add(path);
        }
    }

    // Whether each folder looked at while capturing is one (many paths share a few folders).
    private Dictionary<string, bool>? _folderKinds = new(StringComparer.Ordinal);

    // The folder whose notifications tell about path: its parent, or the nearest folder above that exists.
    private static string? WatchedFolder(string path, Dictionary<string, bool>? known = null)
    {
        for (var folder = Path.GetDirectoryName(path); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (known is null || !known.TryGetValue(folder, out var isFolder))
            {
                isFolder = PathState.Read(folder).Kind == PathKind.Directory;
                known?.Add(folder, isFolder);
            }
            if (isFolder)
                return folder;
        }
        return null;
    }

    /// <summary>
    /// A path inside a package under node_modules stands for the package's package.json (webpack's
    /// managedPaths); the package folder itself, or node_modules, stays as it is (a missing package).
    /// </summary>
    internal static string ManagedPath(string path)
    {
        var separator = Path.DirectorySeparatorChar;
        var marker = separator + "node_modules" + separator;
        var at = path.LastIndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
            return path;
        var start = at + marker.Length;
        var end = path.IndexOf(separator, start);
        if (end > 0 && path[start] == '@')
            end = path.IndexOf(separator, end + 1);
        if (end < 0)
            return path;
        return string.Concat(path.AsSpan(0, end + 1), "package.json");
    }

    /// <summary>
    /// Adds the paths that differ from the snapshot to <paramref name="changed"/> (and those that no
    /// longer exist to <paramref name="removed"/> too), looking only at the paths watched through
    /// <paramref name="folders"/>, at <paramref name="entries"/> (folder entries a notification named)
    /// and the paths watched through them, and at the context trees holding either; at all when
    /// <paramref name="folders"/> is null.
    /// </summary>
    public void CollectChanges(IReadOnlyCollection<string>? folders, IReadOnlyCollection<string>? entries, HashSet<string> changed, HashSet<string> removed)
    {
        if (folders is null)
        {
            foreach (var (path, before) in _paths)
                Compare(path, before, changed, removed);
            foreach (var (folder, before) in _contexts)
            {
                if (Fingerprint(folder) != before)
                    changed.Add(folder);
            }
            return;
        }
        foreach (var folder in folders)
        {
            if (_byFolder.TryGetValue(folder, out var paths))
            {
                foreach (var path in paths)
                    Compare(path, _paths[path], changed, removed);
            }
            // A folder created or removed on the way to a watched path.
            if (_paths.TryGetValue(folder, out var own))
                Compare(folder, own, changed, removed);
        }
        if (entries is not null)
        {
            foreach (var entry in entries)
            {
                // PERF: the entry itself, not every path of its folder (a save in a folder of 10,000 components).
                if (_paths.TryGetValue(entry, out var state))
                    Compare(entry, state, changed, removed);
                // Paths watched through their nearest existing folder, below the entry (a missing path's folder came or went).
                if (Path.GetDirectoryName(entry) is { } parent && _indirect.TryGetValue(parent, out var below))
                {
                    foreach (var path in below)
                    {
                        if (IsUnder(path, entry))
                            Compare(path, _paths[path], changed, removed);
                    }
                }
            }
        }
        foreach (var (context, before) in _contexts)
        {
            if (Touches(context, folders) || (entries is not null && Touches(context, entries)))
            {
                if (Fingerprint(context) != before)
                    changed.Add(context);
            }
        }
    }

    // Whether a folder or entry is in the context's tree, or holds it.
    private static bool Touches(string context, IReadOnlyCollection<string> places)
    {
        foreach (var place in places)
        {
            if (IsUnder(place, context) || IsUnder(context, place))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Watches paths through the nearest folder that exists again where a folder on their way was
    /// created or removed (in <paramref name="dirty"/>, or anywhere when null); true when the set of folders changed.
    /// </summary>
    public bool RefreshFolders(IReadOnlyCollection<string>? dirty)
    {
        var moves = new List<(string From, string Path, string? To)>();
        foreach (var (folder, paths) in _byFolder)
        {
            if (dirty is not null && !dirty.Contains(folder))
                continue;
            var folderGone = PathState.Read(folder).Kind != PathKind.Directory;
            foreach (var path in paths)
            {
                // A path watched through its parent stays there while the parent exists.
                if (!folderGone && Path.GetDirectoryName(path) == folder)
                    continue;
                var now = WatchedFolder(path);
                if (now != folder)
                    moves.Add((folder, path, now));
            }
        }
        if (moves.Count == 0)
            return false;
        foreach (var (from, path, to) in moves)
        {
            var list = _byFolder[from];
            list.Remove(path);
            if (list.Count == 0)
                _byFolder.Remove(from);
            if (_indirect.TryGetValue(from, out var indirect))
            {
                indirect.Remove(path);
                if (indirect.Count == 0)
                    _indirect.Remove(from);
            }
            if (to is not null)
                Place(path, to);
        }
        return true;
    }

    private static void Compare(string path, PathState before, HashSet<string> changed, HashSet<string> removed)
    {
        var now = PathState.Read(path);
        if (now == before)
            return;
        // A folder's own time changes with its entries; what matters of a folder is that it exists.
        if (now.Kind == PathKind.Directory && before.Kind == PathKind.Directory)
            return;
        changed.Add(path);
        if (!now.Exists)
            removed.Add(path);
    }

    /// <summary>Whether <paramref name="path"/> was a file when the snapshot was taken.</summary>
    public bool WasFile(string path) => _paths.TryGetValue(path, out var state) && state.Kind == PathKind.File;

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or below it.</summary>
    internal static bool IsUnder(string path, string folder) =>
        path.StartsWith(folder, StringComparison.Ordinal)
        && (path.Length == folder.Length || path[folder.Length] == Path.DirectorySeparatorChar || folder.EndsWith(Path.DirectorySeparatorChar));

    // The names, kinds, times and sizes of everything in a folder's tree, hashed (FNV-1a, 64 bits).
    internal static ulong Fingerprint(string folder)
    {
        var hash = 14695981039346656037UL;
        var state = PathState.Read(folder);
        if (state.Kind != PathKind.Directory)
            return Mix(hash, (ulong)state.Kind);
        // Each folder once: a link back up (`up -> ..`, `self -> .`) would make the walk endless;
        // a link to a folder elsewhere is walked (a context module follows it).
        var visited = new HashSet<ulong>();
        if (state.Inode != 0)
            visited.Add(state.Inode);
        try
        {
            hash = FingerprintFolder(folder, hash, visited);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            hash = Mix(hash, 0xDEAD);
        }
        return hash;
    }

    private static ulong FingerprintFolder(string folder, ulong hash, HashSet<ulong> visited)
    {
        var entries = new List<string>(Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 }));
        entries.Sort(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var c in entry)
                hash = Mix(hash, c);
            var entryState = PathState.Read(entry);
            hash = Mix(hash, (ulong)entryState.Kind);
            if (entryState.Kind == PathKind.File)
            {
                hash = Mix(hash, (ulong)entryState.ModifiedTicks);
                hash = Mix(hash, (ulong)entryState.Size);
            }
            else if (entryState.Kind == PathKind.Directory && (entryState.Inode == 0 ? !IsLink(entry) : visited.Add(entryState.Inode)))
            {
                hash = FingerprintFolder(entry, hash, visited);
            }
        }
        return hash;
    }

    // Without inodes (a system statx is not on), links to folders are not walked.
    private static bool IsLink(string path)
    {
        try
        {
            return new DirectoryInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static ulong Mix(ulong hash, ulong value) => (hash ^ value) * 1099511628211UL;
}
