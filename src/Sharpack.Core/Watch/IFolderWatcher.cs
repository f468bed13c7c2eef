// Where the file system's notifications come from. A watcher says in which folder something happened
// and, where the system tells, the name of the entry; the watch snapshot then looks at that entry (or
// at all of the folder's watched paths) to see what changed.

namespace Sharpack.Core.Watch;

/// <summary>Notifications of changes in folders.</summary>
internal interface IFolderWatcher : IDisposable
{
    /// <summary>
    /// Watches the entries of <paramref name="folders"/>, and everything below <paramref name="recursive"/>;
    /// replaces what was watched before.
    /// </summary>
    void Watch(IReadOnlyCollection<string> folders, IReadOnlyCollection<string> recursive);
}

/// <summary>Makes the folder watcher of this system.</summary>
internal static class FolderWatchers
{
    /// <summary>
    /// One inotify instance on Linux (a FileSystemWatcher there takes one of the user's 128 instances
    /// per folder); FileSystemWatcher elsewhere. <paramref name="onChange"/> gets the folder where
    /// something happened (null when events were lost: look everywhere) and the entry's name (null
    /// when not known: look at the whole folder).
    /// </summary>
    public static IFolderWatcher Create(Action<string?, string?> onChange) =>
        OperatingSystem.IsLinux() && InotifyFolderWatcher.TryCreate(onChange) is { } inotify
            ? inotify
            : new DotnetFolderWatcher(onChange);
}
