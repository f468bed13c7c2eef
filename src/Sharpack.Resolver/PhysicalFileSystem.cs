// IFileSystem over the real disk. Each question is one or two syscalls and never throws: a missing
// file is the common case during resolution (every extension tried), so it must not cost an
// exception, and the rare paths the OS refuses (a symlink cycle on the way, ELOOP; a folder that
// cannot be searched, EACCES; a NUL in the request) are answered as missing, as node's fs errors
// make enhanced-resolve treat them. Listing a folder and a folder's identity (statx, Linux) are
// for context modules.

using System.IO.Enumeration;
using System.Runtime.InteropServices;

namespace Sharpack.Resolver;

/// <summary>The real file system.</summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    /// <summary>The shared instance; the type has no state.</summary>
    public static PhysicalFileSystem Instance { get; } = new();

    /// <inheritdoc />
    public FileKind Stat(string path)
    {
        try
        {
            // FileInfo reads the status once (lstat, then stat for a symlink) and reports a missing
            // entry as attributes -1 instead of throwing. It throws when lstat itself fails for
            // another reason, e.g. ELOOP for a path through a symlink cycle ("a/x" with a -> b -> a).
            var info = new FileInfo(path);
            var attributes = info.Attributes;
            if ((int)attributes == -1)
                return FileKind.None;
            if ((attributes & FileAttributes.Directory) != 0)
                return FileKind.Directory;
            if ((attributes & FileAttributes.ReparsePoint) != 0 && IsBrokenLink(info))
                return FileKind.None;
            return FileKind.File;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return FileKind.None;
        }
    }

    // A symlink whose stat failed: dangling, or a cycle (a -> a, a -> b -> a; stat says ELOOP).
    // File.Exists cannot tell, it falls back to lstat and says true for both. On Unix the
    // FileInfo already knows from the stat it ran for Attributes: its mode is -1 for a broken link
    // (no further syscall). Windows reports the link's own attributes, so the chain is followed
    // there (at most 63 links, then an IOException, which Stat answers as missing).
    private static bool IsBrokenLink(FileInfo info)
        => OperatingSystem.IsWindows()
            ? info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true }
            : info.UnixFileMode == (UnixFileMode)(-1);

    /// <inheritdoc />
    public string? ReadLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    // Every entry, dot-files and hidden ones included, as DirectoryInfo.EnumerateFileSystemInfos().
    private static readonly EnumerationOptions s_listAll = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <inheritdoc />
    public IReadOnlyList<DirectoryEntry> ReadDirectory(string path)
    {
        // FileSystemEntry.IsDirectory follows a link (one stat), as DirectoryInfo's listing does;
        // the attributes come from the same lstat, so a link costs no readlink here.
        var entries = new FileSystemEnumerable<DirectoryEntry>(path,
            static (ref FileSystemEntry entry) => new DirectoryEntry(
                entry.FileName.ToString(),
                entry.IsDirectory ? FileKind.Directory : FileKind.File,
                (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            s_listAll);
        return [.. entries];
    }

    private const int AtFdCwd = -100;
    private const uint StatxIno = 0x100;
    private static bool s_noStatx = !OperatingSystem.IsLinux();

    /// <inheritdoc />
    /// <remarks>statx(2) on Linux; elsewhere the identity is unknown.</remarks>
    public bool TryGetIdentity(string path, out FileIdentity identity)
    {
        identity = default;
        if (s_noStatx)
            return false;
        Span<byte> buffer = stackalloc byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxIno, ref MemoryMarshal.GetReference(buffer)) != 0)
                return false;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_noStatx = true;
            return false;
        }
        // struct statx: stx_ino (u64) at 32, stx_dev_major and stx_dev_minor (u32) at 136 and 140.
        var device = ((ulong)MemoryMarshal.Read<uint>(buffer[136..]) << 32) | MemoryMarshal.Read<uint>(buffer[140..]);
        identity = new FileIdentity(device, MemoryMarshal.Read<ulong>(buffer[32..]));
        return true;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref byte buffer);
}
