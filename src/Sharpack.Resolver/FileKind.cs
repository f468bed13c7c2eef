// What a path names on disk, after following symlinks: the answer of one stat, which is all the
// resolver needs to know about an entry (enhanced-resolve asks `stat().isFile()/isDirectory()`).

namespace Sharpack.Resolver;

/// <summary>The kind of entry a path names, symlinks followed.</summary>
public enum FileKind : byte
{
    /// <summary>Nothing there (or not readable).</summary>
    None,

    /// <summary>A regular file (or anything that is neither a directory nor missing).</summary>
    File,

    /// <summary>A directory.</summary>
    Directory,
}
