// Notifications through .NET's FileSystemWatcher, one per folder (a recursive one per context
// folder), where inotify is not available.

namespace Sharpack.Core.Watch;

/// <summary>Folder notifications from <see cref="FileSystemWatcher"/>.</summary>
internal sealed class DotnetFolderWatcher(Action<string?, string?> onChange) : IFolderWatcher
{
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public void Watch(IReadOnlyCollection<string> folders, IReadOnlyCollection<string> recursive)
    {
        lock (_watchers)
        {
            foreach (var (_, watcher) in _watchers)
                watcher.Dispose();
            _watchers.Clear();
            foreach (var folder in folders)
                Add(folder, false);
            foreach (var folder in recursive)
                Add(folder, true);
        }
    }

    private void Add(string folder, bool recursive)
    {
        var key = (recursive ? "r:" : "f:") + folder;
        if (_watchers.ContainsKey(key) || !Directory.Exists(folder))
            return;
        try
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = recursive, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            FileSystemEventHandler changed = (_, e) => onChange(Path.GetDirectoryName(e.FullPath) ?? folder, Path.GetFileName(e.FullPath));
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, e) =>
            {
                onChange(Path.GetDirectoryName(e.OldFullPath) ?? folder, Path.GetFileName(e.OldFullPath));
                onChange(Path.GetDirectoryName(e.FullPath) ?? folder, Path.GetFileName(e.FullPath));
            };
            watcher.Error += (_, _) => onChange(null, null);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(key, watcher);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            onChange(null, null);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_watchers)
        {
            foreach (var (_, watcher) in _watchers)
                watcher.Dispose();
            _watchers.Clear();
        }
    }
}
