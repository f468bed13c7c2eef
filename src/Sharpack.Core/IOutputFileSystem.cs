// The emit phase's only door to where the build goes, as webpack's compiler.outputFileSystem:
// the disk by default (PhysicalOutputFileSystem), or memory (MemoryOutputFileSystem) for tests,
// watch mode and a dev server. Emitter and OutputCleaner keep every rule (atomic writes, no
// writing through links, clean's guards) and ask the file system only these questions, so the
// rules hold for either. Paths are full paths.

namespace Sharpack.Core;

/// <summary>
/// Where a build writes its assets. A failure throws an <see cref="IOException"/> or an
/// <see cref="UnauthorizedAccessException"/> whose message says what went wrong; the emit phase
/// reports it as a build error naming the file.
/// </summary>
public interface IOutputFileSystem
{
    /// <summary>Whether a file is at <paramref name="path"/>: a regular file, or a link that does not lead to a folder (a dangling one included), as <see cref="File.Exists(string)"/>.</summary>
    bool FileExists(string path);

    /// <summary>Whether a folder is at <paramref name="path"/>, or a link to one, as <see cref="Directory.Exists(string)"/>.</summary>
    bool DirectoryExists(string path);

    /// <summary>Whether the entry at <paramref name="path"/> is itself a symbolic link (lstat).</summary>
    bool IsSymbolicLink(string path);

    /// <summary>Creates the folder at <paramref name="path"/> and the missing folders above it; nothing when it exists.</summary>
    void CreateDirectory(string path);

    /// <summary>Whether the file at <paramref name="path"/> holds exactly <paramref name="content"/> (the unchanged-asset check).</summary>
    bool FileHasBytes(string path, byte[] content);

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/> so that a reader sees the old
    /// file or the new one, never a part (a temporary file renamed into place); a link of that
    /// name is replaced, its target never written. The folder must exist.
    /// </summary>
    void WriteFileAtomically(string path, byte[] content);

    /// <summary>Removes the file or link at <paramref name="path"/> (unlink: a link's target stays).</summary>
    void DeleteFile(string path);

    /// <summary>Removes the empty folder at <paramref name="path"/>.</summary>
    void DeleteDirectory(string path);

    /// <summary>The names of the entries of the folder at <paramref name="path"/>, in ordinal order.</summary>
    IReadOnlyList<string> ReadDirectory(string path);

    /// <summary>The bytes of the file at <paramref name="path"/>.</summary>
    byte[] ReadFile(string path);
}
