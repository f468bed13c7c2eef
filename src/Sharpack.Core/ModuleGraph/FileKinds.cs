// What kind of file a path names (regular, folder, FIFO, device…), which .NET's file APIs do not
// say: statx(2) on Linux, whose result layout is the same on every architecture. Elsewhere, or
// where statx is refused, the kind is unknown and callers go on as before.

using System.Runtime.InteropServices;

namespace Sharpack.Core.ModuleGraph;

/// <summary>The kinds of file a path may name.</summary>
public enum FileKind
{
    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A FIFO (named pipe).</summary>
    Fifo,

    /// <summary>A character device (e.g. <c>/dev/zero</c>).</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>Looks up the kind and size of a file, following symbolic links.</summary>
public static class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private static bool s_unavailable = !OperatingSystem.IsLinux();

    /// <summary>The kind and size of what <paramref name="path"/> names; false when unknown (missing, or no statx).</summary>
    public static bool TryGet(string path, out FileKind kind, out long size)
    {
        kind = FileKind.Other;
        size = 0;
        if (s_unavailable)
            return false;
        Span<byte> buffer = stackalloc byte[256];
        int result;
        try
        {
            result = Statx(AtFdCwd, path, 0, StatxType | StatxSize, ref MemoryMarshal.GetReference(buffer));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
            return false;
        }
        if (result != 0)
            return false;
        // struct statx: stx_mode (u16) at offset 28, stx_size (u64) at offset 40.
        var mode = MemoryMarshal.Read<ushort>(buffer[28..]);
        size = (long)MemoryMarshal.Read<ulong>(buffer[40..]);
        kind = KindOf(mode);
        return true;
    }

    // The file type bits of stx_mode.
    private static FileKind KindOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Other,
    };

    /// <summary>
    /// PERF: a regular file's bytes in four system calls (open, statx of the descriptor, read,
    /// close) instead of a statx of the path and .NET's open, fstat and pread: three.js x10 reads
    /// 3,870 files. Opened non-blocking, so a FIFO cannot hang the build. False, with the
    /// <paramref name="kind"/> and <paramref name="size"/> found, for what is not a regular file or
    /// is larger than <paramref name="maxBytes"/> (the caller says why); false with no kind when
    /// this cannot tell (not Linux, the call failed, the file is missing).
    /// </summary>
    internal static bool TryReadRegular(string path, long maxBytes, out byte[] bytes, out int length, out FileKind? kind, out long size)
    {
        bytes = [];
        length = 0;
        kind = null;
        size = 0;
        if (s_unavailable || s_openUnavailable)
            return false;
        int fd;
        try
        {
            fd = Open(path, ORdOnly | ONonBlock | OCloExec);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_openUnavailable = true;
            return false;
        }
        if (fd < 0)
            return false;
        try
        {
            Span<byte> buffer = stackalloc byte[256];
            if (Statx(fd, "", AtEmptyPath, StatxType | StatxSize, ref MemoryMarshal.GetReference(buffer)) != 0)
                return false;
            var mode = MemoryMarshal.Read<ushort>(buffer[28..]);
            size = (long)MemoryMarshal.Read<ulong>(buffer[40..]);
            kind = KindOf(mode);
            if (kind != FileKind.Regular || size > maxBytes)
                return false;
            // A file that grows while it is read is read up to the size it had when it was opened.
            var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(1, (int)size));
            var total = 0;
            while (total < size)
            {
                var read = Read(fd, ref rented[total], (nint)(size - total));
                if (read < 0)
                {
                    if (Marshal.GetLastPInvokeError() == EIntr)
                        continue;
                    System.Buffers.ArrayPool<byte>.Shared.Return(rented);
                    return false;
                }
                if (read == 0)
                    break;
                total += (int)read;
            }
            bytes = rented;
            length = total;
            return true;
        }
        finally
        {
            Close(fd);
        }
    }

    private const int ORdOnly = 0;
    private const int ONonBlock = 0x800;
    private const int OCloExec = 0x80000;
    private const int AtEmptyPath = 0x1000;
    private const int EIntr = 4;
    private static bool s_openUnavailable;

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "read", SetLastError = true)]
    private static extern nint Read(int fd, ref byte buffer, nint count);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);

    /// <summary>"a FIFO (named pipe)", "a character device"… for messages.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "a special file",
    };

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref byte buffer);
}
