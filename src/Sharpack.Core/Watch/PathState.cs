// What a watched path looked like at one moment: whether it exists, what it is, when it was last
// written, its size and its inode. Two states that differ mean the path changed; an editor that
// saves through a new file and a rename changes the inode even within one timestamp tick.

using System.Runtime.InteropServices;

namespace Sharpack.Core.Watch;

/// <summary>What a path was when it was looked at.</summary>
/// <param name="Kind">Missing, a file, a folder, or something else.</param>
/// <param name="ModifiedTicks">The last write time in 100 ns ticks since the Unix epoch (0 when missing).</param>
/// <param name="Size">The size in bytes (0 for a folder or a missing path).</param>
/// <param name="Inode">The inode where the system tells it, else 0.</param>
public readonly record struct PathState(PathKind Kind, long ModifiedTicks, long Size, ulong Inode)
{
    /// <summary>A path that does not exist.</summary>
    public static PathState Missing => default;

    /// <summary>Whether the path exists.</summary>
    public bool Exists => Kind != PathKind.Missing;

    private static bool s_noStatx = !OperatingSystem.IsLinux();

    /// <summary>Looks at <paramref name="path"/> now (following symbolic links).</summary>
    public static PathState Read(string path)
    {
        if (!s_noStatx)
        {
            try
            {
                return ReadStatx(path);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                s_noStatx = true;
            }
        }
        try
        {
            var info = new FileInfo(path);
            if (info.Exists)
                return new PathState(PathKind.File, (info.LastWriteTimeUtc - DateTime.UnixEpoch).Ticks, info.Length, 0);
            var directory = new DirectoryInfo(path);
            return directory.Exists ? new PathState(PathKind.Directory, (directory.LastWriteTimeUtc - DateTime.UnixEpoch).Ticks, 0, 0) : Missing;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Missing;
        }
    }

    private static PathState ReadStatx(string path)
    {
        Span<byte> buffer = stackalloc byte[256];
        if (Statx(AtFdCwd, path, 0, StatxType | StatxMtime | StatxSize | StatxIno, ref MemoryMarshal.GetReference(buffer)) != 0)
            return Missing;
        // struct statx: stx_mode (u16) at 28, stx_ino at 32, stx_size at 40, stx_mtime { i64 sec; u32 nsec } at 112.
        var mode = MemoryMarshal.Read<ushort>(buffer[28..]) & 0xF000;
        var kind = mode switch
        {
            0x8000 => PathKind.File,
            0x4000 => PathKind.Directory,
            _ => PathKind.Other,
        };
        var ticks = MemoryMarshal.Read<long>(buffer[112..]) * TimeSpan.TicksPerSecond + MemoryMarshal.Read<uint>(buffer[120..]) / 100;
        var size = kind == PathKind.File ? MemoryMarshal.Read<long>(buffer[40..]) : 0;
        return new PathState(kind, ticks, size, MemoryMarshal.Read<ulong>(buffer[32..]));
    }

    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const uint StatxMtime = 0x40;
    private const uint StatxIno = 0x100;
    private const uint StatxSize = 0x200;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref byte buffer);
}

/// <summary>What a path names.</summary>
public enum PathKind : byte
{
    /// <summary>Nothing.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    File,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>Something else (a device, a socket).</summary>
    Other,
}
