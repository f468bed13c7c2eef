// IFileSystem over a dictionary, for tests: files with text, directories implied by the files'
// parents or added empty, and symlinks with relative or absolute targets (followed like the
// kernel follows them, up to its limit of 40 links).

using System.Collections.Concurrent;
using System.Text;

namespace Sharpack.Resolver;

/// <summary>An in-memory file tree with POSIX absolute paths.</summary>
public sealed class InMemoryFileSystem : IFileSystem
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _directories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _links = new(StringComparer.Ordinal);

    /// <summary>Creates an empty tree with just the root directory.</summary>
    public InMemoryFileSystem() => _directories["/"] = 0;

    /// <summary>Adds a file with UTF-8 <paramref name="text"/>, and its parent directories.</summary>
    public InMemoryFileSystem AddFile(string path, string text = "")
    {
        _files[path] = Encoding.UTF8.GetBytes(text);
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

    private void AddParents(string path)
    {
        for (var dir = PathUtil.Dirname(path); dir.Length > 1; dir = PathUtil.Dirname(dir))
            _directories[dir] = 0;
    }
}
