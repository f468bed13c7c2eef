// Linux notifications through one inotify instance: a watch per folder (a context folder's whole
// tree gets one per subfolder, added as subfolders appear), read by one thread that waits in
// poll(2) so that Dispose can stop it.

using System.Runtime.InteropServices;
using System.Text;

namespace Sharpack.Core.Watch;

/// <summary>Folder notifications from inotify(7).</summary>
internal sealed class InotifyFolderWatcher : IFolderWatcher
{
    private const int InNonBlock = 0x800;
    private const int InCloExec = 0x80000;
    private const uint InModify = 0x2;
    private const uint InAttrib = 0x4;
    private const uint InCloseWrite = 0x8;
    private const uint InMovedFrom = 0x40;
    private const uint InMovedTo = 0x80;
    private const uint InCreate = 0x100;
    private const uint InDelete = 0x200;
    private const uint InDeleteSelf = 0x400;
    private const uint InMoveSelf = 0x800;
    private const uint InOnlyDir = 0x1000000;
    private const uint InQueueOverflow = 0x4000;
    private const uint InIgnored = 0x8000;
    private const uint InIsDir = 0x40000000;
    private const uint Mask = InModify | InAttrib | InCloseWrite | InMovedFrom | InMovedTo | InCreate | InDelete | InDeleteSelf | InMoveSelf | InOnlyDir;
    private const short PollIn = 0x1;

    private readonly int _fd;
    private readonly Action<string?, string?> _onChange;
    private readonly object _gate = new();
    private readonly Dictionary<int, string> _folderByWatch = [];
    private readonly Dictionary<string, int> _watchByFolder = new(StringComparer.Ordinal);
    private HashSet<string> _recursive = new(StringComparer.Ordinal);
    private readonly Thread _reader;
    private volatile bool _disposed;

    private InotifyFolderWatcher(int fd, Action<string?, string?> onChange)
    {
        _fd = fd;
        _onChange = onChange;
        _reader = new Thread(Read) { Name = "sharpack watch (inotify)", IsBackground = true };
        _reader.Start();
    }

    /// <summary>A watcher, or null when inotify is not available.</summary>
    public static InotifyFolderWatcher? TryCreate(Action<string?, string?> onChange)
    {
        try
        {
            var fd = InotifyInit1(InNonBlock | InCloExec);
            return fd < 0 ? null : new InotifyFolderWatcher(fd, onChange);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Watch(IReadOnlyCollection<string> folders, IReadOnlyCollection<string> recursive)
    {
        var wanted = new HashSet<string>(folders, StringComparer.Ordinal);
        var recursiveRoots = new HashSet<string>(recursive, StringComparer.Ordinal);
        foreach (var root in recursive)
            AddTree(root, wanted);
        lock (_gate)
        {
            _recursive = recursiveRoots;
            var stale = new List<string>();
            foreach (var (folder, _) in _watchByFolder)
            {
                if (!wanted.Contains(folder))
                    stale.Add(folder);
            }
            foreach (var folder in stale)
            {
                InotifyRmWatch(_fd, _watchByFolder[folder]);
                _folderByWatch.Remove(_watchByFolder[folder]);
                _watchByFolder.Remove(folder);
            }
            foreach (var folder in wanted)
                AddWatch(folder);
        }
    }

    private static void AddTree(string root, HashSet<string> into)
    {
        into.Add(root);
        try
        {
            foreach (var folder in Directory.EnumerateDirectories(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 }))
                into.Add(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    // Under _gate.
    private void AddWatch(string folder)
    {
        if (_watchByFolder.ContainsKey(folder))
            return;
        var wd = InotifyAddWatch(_fd, folder, Mask);
        if (wd < 0)
            return; // gone, or not a folder: the snapshot's folder above it tells when it comes
        // inotify gives the same descriptor for the same inode: a folder reached by two names keeps its first.
        if (_folderByWatch.TryAdd(wd, folder))
            _watchByFolder[folder] = wd;
    }

    private void Read()
    {
        var buffer = new byte[64 * 1024];
        var poll = new PollFd { Fd = _fd, Events = PollIn };
        while (!_disposed)
        {
            poll.Revents = 0;
            var ready = Poll(ref poll, 1, 200);
            if (_disposed)
                break;
            if (ready <= 0 || (poll.Revents & PollIn) == 0)
                continue;
            var read = ReadFd(_fd, ref buffer[0], buffer.Length);
            if (read <= 0)
                continue;
            Dispatch(buffer.AsSpan(0, (int)read));
        }
    }

    private void Dispatch(ReadOnlySpan<byte> events)
    {
        var offset = 0;
        // struct inotify_event { int wd; uint32 mask; uint32 cookie; uint32 len; char name[len]; }
        while (offset + 16 <= events.Length)
        {
            var wd = MemoryMarshal.Read<int>(events[offset..]);
            var mask = MemoryMarshal.Read<uint>(events[(offset + 4)..]);
            var length = (int)MemoryMarshal.Read<uint>(events[(offset + 12)..]);
            var nameBytes = events.Slice(offset + 16, Math.Min(length, events.Length - offset - 16));
            offset += 16 + length;
            if ((mask & InQueueOverflow) != 0)
            {
                _onChange(null, null);
                continue;
            }
            string? folder;
            var end = nameBytes.IndexOf((byte)0);
            // An event on the watched folder itself has no name: its whole folder is looked at.
            var entry = length == 0 ? null : Encoding.UTF8.GetString(end < 0 ? nameBytes : nameBytes[..end]);
            lock (_gate)
            {
                if (!_folderByWatch.TryGetValue(wd, out folder))
                    continue;
                if ((mask & InIgnored) != 0)
                {
                    _folderByWatch.Remove(wd);
                    _watchByFolder.Remove(folder);
                }
                else if ((mask & InIsDir) != 0 && (mask & (InCreate | InMovedTo)) != 0 && IsInRecursiveTree(folder))
                {
                    // A folder appeared inside a context folder's tree: watch it (and what it already holds).
                    var created = new HashSet<string>(StringComparer.Ordinal);
                    AddTree(Path.Join(folder, entry), created);
                    foreach (var path in created)
                        AddWatch(path);
                }
            }
            _onChange(folder, entry);
        }
    }

    // Under _gate.
    private bool IsInRecursiveTree(string folder)
    {
        foreach (var root in _recursive)
        {
            if (WatchSnapshot.IsUnder(folder, root))
                return true;
        }
        return false;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _reader.Join();
        CloseFd(_fd);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [DllImport("libc", EntryPoint = "inotify_init1", SetLastError = true)]
    private static extern int InotifyInit1(int flags);

    [DllImport("libc", EntryPoint = "inotify_add_watch", SetLastError = true)]
    private static extern int InotifyAddWatch(int fd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mask);

    [DllImport("libc", EntryPoint = "inotify_rm_watch", SetLastError = true)]
    private static extern int InotifyRmWatch(int fd, int wd);

    [DllImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static extern int Poll(ref PollFd fds, nuint count, int timeout);

    [DllImport("libc", EntryPoint = "read", SetLastError = true)]
    private static extern nint ReadFd(int fd, ref byte buffer, nint count);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int CloseFd(int fd);
}
