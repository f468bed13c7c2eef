// The caches every resolution shares: stat results, symlink targets and parsed description files,
// keyed by path. They are ConcurrentDictionary so all make workers can resolve at once; a lookup
// that misses runs the syscall without a lock (two threads may both run it, with the same answer).
// Watch mode calls Invalidate(path) for a changed path, or Clear() after a large change.

using System.Collections.Concurrent;
using System.Text.Json;

namespace Sharpack.Resolver;

/// <summary>Thread-safe caches in front of an <see cref="IFileSystem"/>.</summary>
public sealed class ResolverCache
{
    private static readonly JsonDocumentOptions s_jsonOptions = new() { MaxDepth = 256 };

    private readonly ConcurrentDictionary<string, FileKind> _stats = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _links = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DescriptionFileEntry> _descriptionFiles = new(StringComparer.Ordinal);

    /// <summary>Creates caches over <paramref name="fileSystem"/> (the disk when null).</summary>
    public ResolverCache(IFileSystem? fileSystem = null) => FileSystem = fileSystem ?? PhysicalFileSystem.Instance;

    /// <summary>The file system behind the caches.</summary>
    public IFileSystem FileSystem { get; }

    /// <summary>What a path names (cached).</summary>
    public FileKind Stat(string path)
    {
        if (_stats.TryGetValue(path, out var kind)) return kind;
        kind = FileSystem.Stat(path);
        _stats[path] = kind;
        return kind;
    }

    /// <summary>The symlink target at a path, or null (cached).</summary>
    public string? ReadLink(string path)
    {
        if (_links.TryGetValue(path, out var target)) return target;
        target = FileSystem.ReadLink(path);
        _links[path] = target;
        return target;
    }

    // The description file at `path`: Missing, a parsed file, or an error message for invalid JSON.
    internal DescriptionFileEntry DescriptionFile(string path, string directory)
    {
        if (_descriptionFiles.TryGetValue(path, out var entry)) return entry;
        entry = LoadDescriptionFile(path, directory);
        return _descriptionFiles.GetOrAdd(path, entry);
    }

    private DescriptionFileEntry LoadDescriptionFile(string path, string directory)
    {
        var bytes = Stat(path) == FileKind.File ? FileSystem.ReadFile(path) : null;
        if (bytes is null) return default;
        try
        {
            ReadOnlySpan<byte> span = bytes;
            if (span.StartsWith("\uFEFF"u8)) span = span[3..];
            using var document = JsonDocument.Parse(bytes.AsMemory(bytes.Length - span.Length), s_jsonOptions);
            return new DescriptionFileEntry(new DescriptionFile(path, directory, document.RootElement.Clone()), null);
        }
        catch (JsonException e)
        {
            return new DescriptionFileEntry(null, $"{path} (directory description file): SyntaxError: {e.Message}");
        }
    }

    /// <summary>Forgets everything cached about <paramref name="path"/> (a changed, added or removed file or folder).</summary>
    public void Invalidate(string path)
    {
        _stats.TryRemove(path, out _);
        _links.TryRemove(path, out _);
        _descriptionFiles.TryRemove(path, out _);
    }

    /// <summary>Forgets everything.</summary>
    public void Clear()
    {
        _stats.Clear();
        _links.Clear();
        _descriptionFiles.Clear();
    }
}
