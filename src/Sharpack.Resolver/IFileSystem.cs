// The build's only door to its input. Three questions are enough for webpack's resolution: what
// is at a path (stat), where does a symlink point (readlink), and the bytes of a file. A context
// module (require.context) also lists folders and, to stop at a link back up, asks which folder a
// path leads to. The physical implementation answers from the disk, the in-memory one from a
// dictionary, so tests, watch mode and a dev server can build without touching the disk;
// ResolverCache sits in front of either. The compiler's input file system is one of these.

namespace Sharpack.Resolver;

/// <summary>
/// File access used by the resolver. Implementations must be safe to call from many threads, and
/// must not throw for a path the OS refuses (a symlink cycle on the way or at the end): that is a missing path.
/// </summary>
public interface IFileSystem
{
    /// <summary>What <paramref name="path"/> names, following symlinks (<see cref="FileKind.None"/> for a dangling link or a cycle).</summary>
    FileKind Stat(string path);

    /// <summary>The target of the symlink at <paramref name="path"/> exactly as stored, or null when it is no symlink.</summary>
    string? ReadLink(string path);

    /// <summary>The bytes of the file at <paramref name="path"/>, or null when it cannot be read.</summary>
    byte[]? ReadFile(string path);

    /// <summary>
    /// The entries of the folder at <paramref name="path"/> (links followed to it), in no particular order.
    /// Unlike the other members this throws (an <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/> whose message names the folder) when it cannot be
    /// listed: the caller reports why. The default says listing is not supported.
    /// </summary>
    IReadOnlyList<DirectoryEntry> ReadDirectory(string path) =>
        throw new NotSupportedException($"{GetType().Name} cannot list folders ('{path}').");

    /// <summary>
    /// Which file or folder <paramref name="path"/> leads to, links followed; false when unknown
    /// (missing, or the file system cannot tell). The default cannot tell.
    /// </summary>
    bool TryGetIdentity(string path, out FileIdentity identity)
    {
        identity = default;
        return false;
    }
}
