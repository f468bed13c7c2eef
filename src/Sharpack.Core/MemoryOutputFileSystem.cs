// IOutputFileSystem in memory (webpack's memfs as outputFileSystem): files and folders in
// dictionaries keyed by full path, each folder knowing its entries' names. Tests, watch mode and a
// dev server build into it and read the assets back; nothing touches the disk. It holds no
// symbolic links. One lock guards it, so a server may read while a build writes; a write replaces
// a file's bytes in one step, which is what atomic means here. Failures throw the exceptions the
// disk would, with messages in .NET's words.

namespace Sharpack.Core;

/// <summary>An output file system in memory.</summary>
public sealed class MemoryOutputFileSystem : IOutputFileSystem
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _directories = new(StringComparer.Ordinal);

    /// <summary>An empty tree with just the root folder.</summary>
    public MemoryOutputFileSystem() => _directories[Root] = new SortedSet<string>(StringComparer.Ordinal);

    private static string Root => Path.DirectorySeparatorChar.ToString();

    /// <summary>Adds a file with UTF-8 <paramref name="text"/>, and the folders above it (e.g. a stale file before a clean).</summary>
    public MemoryOutputFileSystem AddFile(string path, string text)
    {
        path = Normalize(path);
        CreateDirectory(Path.GetDirectoryName(path)!);
        WriteFileAtomically(path, System.Text.Encoding.UTF8.GetBytes(text));
        return this;
    }

    /// <summary>Every file's full path, in ordinal order.</summary>
    public IReadOnlyList<string> Files
    {
        get
        {
            lock (_lock)
            {
                var paths = new List<string>(_files.Keys);
                paths.Sort(StringComparer.Ordinal);
                return paths;
            }
        }
    }

    /// <inheritdoc />
    public bool FileExists(string path)
    {
        lock (_lock)
            return _files.ContainsKey(Normalize(path));
    }

    /// <inheritdoc />
    public bool DirectoryExists(string path)
    {
        lock (_lock)
            return _directories.ContainsKey(Normalize(path));
    }

    /// <inheritdoc />
    public bool IsSymbolicLink(string path) => false;

    /// <inheritdoc />
    public void CreateDirectory(string path)
    {
        path = Normalize(path);
        lock (_lock)
        {
            var missing = new Stack<string>();
            for (var folder = path; !_directories.ContainsKey(folder); folder = Path.GetDirectoryName(folder) ?? Root)
            {
                if (_files.ContainsKey(folder))
                    throw new IOException($"The file '{path}' already exists.");
                missing.Push(folder);
            }
            while (missing.TryPop(out var folder))
            {
                _directories[folder] = new SortedSet<string>(StringComparer.Ordinal);
                _directories[Path.GetDirectoryName(folder)!].Add(Path.GetFileName(folder));
            }
        }
    }

    /// <inheritdoc />
    public bool FileHasBytes(string path, byte[] content)
    {
        lock (_lock)
            return Stored(Normalize(path)).AsSpan().SequenceEqual(content);
    }

    /// <inheritdoc />
    /// <remarks>The bytes are copied, so the caller may reuse its array.</remarks>
    public void WriteFileAtomically(string path, byte[] content)
    {
        path = Normalize(path);
        var copy = content.AsSpan().ToArray();
        lock (_lock)
        {
            if (!_directories.TryGetValue(Path.GetDirectoryName(path) ?? Root, out var siblings))
                throw new DirectoryNotFoundException($"Could not find a part of the path '{path}'.");
            if (_directories.ContainsKey(path))
                throw new IOException($"Is a directory : '{path}'");
            _files[path] = copy;
            siblings.Add(Path.GetFileName(path));
        }
    }

    /// <inheritdoc />
    public void DeleteFile(string path)
    {
        path = Normalize(path);
        lock (_lock)
        {
            if (_directories.ContainsKey(path))
                throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.");
            if (_files.Remove(path))
                _directories[Path.GetDirectoryName(path)!].Remove(Path.GetFileName(path));
        }
    }

    /// <inheritdoc />
    public void DeleteDirectory(string path)
    {
        path = Normalize(path);
        lock (_lock)
        {
            if (!_directories.TryGetValue(path, out var entries))
                throw new DirectoryNotFoundException($"Could not find a part of the path '{path}'.");
            if (entries.Count > 0)
                throw new IOException($"Directory not empty : '{path}'");
            if (path == Root)
                throw new IOException($"The process cannot remove the root folder '{path}'.");
            _directories.Remove(path);
            _directories[Path.GetDirectoryName(path)!].Remove(Path.GetFileName(path));
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<string> ReadDirectory(string path)
    {
        path = Normalize(path);
        lock (_lock)
        {
            return _directories.TryGetValue(path, out var entries)
                ? [.. entries]
                : throw new DirectoryNotFoundException($"Could not find a part of the path '{path}'.");
        }
    }

    /// <inheritdoc />
    /// <remarks>A copy, so the caller may change it.</remarks>
    public byte[] ReadFile(string path)
    {
        path = Normalize(path);
        lock (_lock)
            return Stored(path).AsSpan().ToArray();
    }

    /// <summary>The text of the file at <paramref name="path"/>, decoded as UTF-8.</summary>
    public string ReadAllText(string path)
    {
        path = Normalize(path);
        lock (_lock)
            return System.Text.Encoding.UTF8.GetString(Stored(path));
    }

    private byte[] Stored(string path) =>
        _files.TryGetValue(path, out var bytes) ? bytes : throw new FileNotFoundException($"Could not find file '{path}'.", path);

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
