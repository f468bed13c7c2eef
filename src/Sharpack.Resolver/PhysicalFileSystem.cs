// IFileSystem over the real disk. Each question is one or two syscalls and never throws for a
// missing path: a missing file is the common case during resolution (every extension tried), so
// it must not cost an exception.

namespace Sharpack.Resolver;

/// <summary>The real file system.</summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    /// <summary>The shared instance; the type has no state.</summary>
    public static PhysicalFileSystem Instance { get; } = new();

    /// <inheritdoc />
    public FileKind Stat(string path)
    {
        // FileInfo reads the status once (lstat, then stat for a symlink) and reports a missing
        // entry as attributes -1 instead of throwing.
        var attributes = new FileInfo(path).Attributes;
        if ((int)attributes == -1)
            return FileKind.None;
        if ((attributes & FileAttributes.Directory) != 0)
            return FileKind.Directory;
        // A dangling symlink has attributes of its own but no target.
        if ((attributes & FileAttributes.ReparsePoint) != 0 && !File.Exists(path))
            return FileKind.None;
        return FileKind.File;
    }

    /// <inheritdoc />
    public string? ReadLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public byte[]? ReadFile(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
