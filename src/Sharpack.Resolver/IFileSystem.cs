// The resolver's only door to the disk. Three questions are enough for webpack's resolution: what
// is at a path (stat), where does a symlink point (readlink), and the bytes of a description
// file. The physical implementation answers from the disk, the in-memory one from a dictionary so
// most tests need no temp folders; ResolverCache sits in front of either.

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
}
