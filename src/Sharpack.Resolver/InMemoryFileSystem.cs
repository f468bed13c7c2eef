// IFileSystem over a dictionary, for tests and in-memory builds: files with text or bytes,
// directories implied by the files' parents or added empty, and symlinks with relative or
// absolute targets (followed like the kernel follows them, up to its limit of 40 links). Each
// folder knows its entries' names, so a listing does not scan the tree; a folder's identity is a
// number given to its real path.

using System.Collections.Concurrent;
using System.Text;

namespace Sharpack.Resolver;

/// <summary>An in-memory file tree with POSIX absolute paths.</summary>
public sealed class InMemoryFileSystem : IFileSystem
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _directories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _links = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _children = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ulong> _identities = new(StringComparer.Ordinal);
    private long _nextIdentity;

    /// <summary>Creates an empty tree with just the root directory.</summary>
    public InMemoryFileSystem() => _directories["/"] = 0;

    /// <summary>Adds a file with UTF-8 <paramref name="text"/>, and its parent directories.</summary>
    public InMemoryFileSystem AddFile(string path, string text = "") => AddFile(path, Encoding.UTF8.GetBytes(text));

    /// <summary>Adds a file holding <paramref name="bytes"/> (kept, not copied), and its parent directories.</summary>
    public InMemoryFileSystem AddFile(string path, byte[] bytes)
    {
        _files[path] = bytes;
        AddParents(path);
        return this;
    }

    /// <summary>Adds a directory and its parents.</summary>
    public InMemoryFileSystem AddDirectory(string path)
    {
        _directories[path] = 0;
        AddParents(path);
        return this;
    }

    /// <summary>Adds a symlink at <paramref name="path"/> pointing to <paramref name="target"/> (relative to the link's folder, or absolute).</summary>
    public InMemoryFileSystem AddSymlink(string path, string target)
    {
        _links[path] = target;
        AddParents(path);
        return this;
    }

    /// <summary>Removes a file, directory or link entry (not its children).</summary>
    public void Remove(string path)
    {
        _files.TryRemove(path, out _);
        _directories.TryRemove(path, out _);
        _links.TryRemove(path, out _);
        if (_children.TryGetValue(PathUtil.Dirname(path), out var siblings))
            siblings.TryRemove(PathUtil.Basename(path), out _);
    }

    /// <inheritdoc />
    public FileKind Stat(string path)
    {
        var real = RealPath(path);
        if (real is null) return FileKind.None;
        if (_files.ContainsKey(real)) return FileKind.File;
        return _directories.ContainsKey(real) ? FileKind.Directory : FileKind.None;
    }

    /// <inheritdoc />
    public string? ReadLink(string path)
    {
        var parent = PathUtil.Dirname(path);
        var realParent = parent == path ? parent : RealPath(parent);
        if (realParent is null) return null;
        return _links.TryGetValue(PathUtil.Join(realParent, PathUtil.Basename(path)), out var target) ? target : null;
    }

    /// <inheritdoc />
    public byte[]? ReadFile(string path)
    {
        var real = RealPath(path);
        return real is not null && _files.TryGetValue(real, out var bytes) ? bytes : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<DirectoryEntry> ReadDirectory(string path)
    {
        var real = RealPath(path);
        if (real is null || !_directories.ContainsKey(real))
        {
            throw real is not null && _files.ContainsKey(real)
                ? new IOException($"Not a directory : '{path}'")
                : new DirectoryNotFoundException($"Could not find a part of the path '{path}'.");
        }
        if (!_children.TryGetValue(real, out var names))
            return [];
        var entries = new List<DirectoryEntry>(names.Count);
        foreach (var name in names.Keys)
        {
            var child = PathUtil.Join(real, name);
            if (_links.ContainsKey(child))
                entries.Add(new DirectoryEntry(name, Stat(child) == FileKind.Directory ? FileKind.Directory : FileKind.File, true));
            else if (_directories.ContainsKey(child))
                entries.Add(new DirectoryEntry(name, FileKind.Directory, false));
            else if (_files.ContainsKey(child))
                entries.Add(new DirectoryEntry(name, FileKind.File, false));
        }
        entries.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return entries;
    }

    /// <inheritdoc />
    public bool TryGetIdentity(string path, out FileIdentity identity)
    {
        var real = RealPath(path);
        if (real is null || !(_files.ContainsKey(real) || _directories.ContainsKey(real)))
        {
            identity = default;
            return false;
        }
        identity = new FileIdentity(0, _identities.GetOrAdd(real, _ => (ulong)Interlocked.Increment(ref _nextIdentity)));
        return true;
    }

    // Follows links in every segment, like the kernel: a link's target is resolved from the
    // link's real folder, ".." in it goes up from the real path, and after 40 links the lookup
    // fails (ELOOP). Null for such a loop; a path through a file comes out as a path nothing is at.
    // A loop over a work list of the segments still to walk, so no cycle can cost stack.
    private string? RealPath(string path)
    {
        var pending = new Stack<string>();
        PushSegments(pending, path);
        var resolved = "/";
        var followed = 0;
        while (pending.TryPop(out var segment))
        {
            if (segment == "..")
            {
                resolved = PathUtil.Dirname(resolved);
                continue;
            }
            var joined = PathUtil.Join(resolved, segment);
            if (!_links.TryGetValue(joined, out var target))
            {
                resolved = joined;
                continue;
            }
            if (++followed > MaxFollowedLinks) return null;
            if (target.StartsWith('/')) resolved = "/";
            PushSegments(pending, target);
        }
        return resolved;
    }

    private const int MaxFollowedLinks = 40;

    // Pushes the segments of a path so the first one is popped first ("" and "." left out).
    private static void PushSegments(Stack<string> pending, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            if (segments[i] != ".") pending.Push(segments[i]);
        }
    }

    // Adds the folders above path, and each entry's name to its folder's.
    private void AddParents(string path)
    {
        var child = path;
        for (var dir = PathUtil.Dirname(path); ; dir = PathUtil.Dirname(dir))
        {
            if (dir == child)
                return; // the root
            var names = _children.GetOrAdd(dir, static _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal));
            if (!names.TryAdd(PathUtil.Basename(child), 0) && dir.Length > 1 && _directories.ContainsKey(dir))
                return; // the rest of the way up is known
            if (dir.Length <= 1)
                return;
            _directories[dir] = 0;
            child = dir;
        }
    }
}
