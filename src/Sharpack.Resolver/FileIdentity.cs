// Which file or folder a path leads to, links followed: two paths with one identity are the same
// entry. A walk over folders keeps the identities of the folders above it to stop at a link back
// up (`up -> ..`), on the disk (device and inode) and in memory alike.

namespace Sharpack.Resolver;

/// <summary>The identity of a file or folder (device and inode on the disk).</summary>
public readonly record struct FileIdentity(ulong Device, ulong Inode);
