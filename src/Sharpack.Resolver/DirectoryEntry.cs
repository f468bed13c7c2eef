// One entry of a folder listing: its name and what it is, as node's readdir({ withFileTypes })
// answers with the link followed for the kind (a folder or a link to one is a folder).

namespace Sharpack.Resolver;

/// <summary>An entry of a folder, as listed by <see cref="IFileSystem.ReadDirectory"/>.</summary>
/// <param name="Name">The entry's name (no folder).</param>
/// <param name="Kind">
/// <see cref="FileKind.Directory"/> for a folder or a link to one, <see cref="FileKind.File"/> for
/// anything else (a dangling link included).
/// </param>
/// <param name="IsSymbolicLink">Whether the entry itself is a symbolic link.</param>
public readonly record struct DirectoryEntry(string Name, FileKind Kind, bool IsSymbolicLink);
