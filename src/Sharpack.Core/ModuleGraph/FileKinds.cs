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
        kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        return true;
    }

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
