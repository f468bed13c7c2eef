// Reads a module's file as text: the bytes in one read into a pooled buffer, decoded once.
// File.ReadAllText goes through a FileStream buffer, a StreamReader buffer and a StringBuilder;
// per module that was three buffers and a copy of the text more than the one string we keep.
// Only regular files up to MaxInputBytes are read: opening a FIFO would wait for a writer forever,
// and a device such as /dev/zero never ends. A build reads through its input file system: the
// disk takes the pooled path above, any other file system hands over bytes decoded the same way.

using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Sharpack.Core.ModuleGraph;

/// <summary>Reads source files as <see cref="File.ReadAllText(string)"/> does, with fewer allocations.</summary>
public static class SourceFile
{
    /// <summary>The largest input file Sharpack reads (512 MiB); a larger one is an error naming it.</summary>
    public const long MaxInputBytes = 512L * 1024 * 1024;

    /// <summary>
    /// Throws an <see cref="IOException"/> saying what is wrong when <paramref name="path"/> is not
    /// a regular file (a FIFO, a device, a socket) or is larger than <see cref="MaxInputBytes"/>;
    /// a missing file is left to the read that follows.
    /// </summary>
    public static void CheckReadable(string path)
    {
        if (FileKinds.TryGet(path, out var kind, out var size))
            Check(path, kind, size);
    }

    // Refuses what is not a regular file (a folder is left to the reader, whose error says so) or is too large.
    private static void Check(string path, FileKind kind, long size)
    {
        if (kind is not (FileKind.Regular or FileKind.Directory))
            throw new IOException($"'{path}' is {FileKinds.Describe(kind)}, not a regular file; sharpack reads input only from regular files.");
        if (size > MaxInputBytes)
            throw new IOException($"'{path}' is {size / (1024.0 * 1024):0.#} MiB; sharpack reads input files of up to {MaxInputBytes / (1024 * 1024)} MiB.");
    }

    /// <summary>
    /// The text of the file at <paramref name="path"/> in <paramref name="fileSystem"/>, decoded as
    /// <see cref="ReadAllText(string)"/> does; a missing file is a <see cref="FileNotFoundException"/>.
    /// </summary>
    public static string ReadAllText(Sharpack.Resolver.IFileSystem fileSystem, string path)
    {
        if (path.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return DataUri.Decode(path) is { } body ? DecodeUtf8(body) ?? Fallback(body) : throw new IOException($"'{path}' is not a data: URI this can read (RFC 2397).");
        // PERF: one type test per file keeps the disk's pooled single read.
        if (fileSystem is Sharpack.Resolver.PhysicalFileSystem)
            return ReadAllText(path);
        var bytes = fileSystem.ReadFile(path) ?? throw new FileNotFoundException($"Could not find file '{path}'.", path);
        if (bytes.LongLength > MaxInputBytes)
            throw new IOException($"'{path}' is {bytes.LongLength / (1024.0 * 1024):0.#} MiB; sharpack reads input files of up to {MaxInputBytes / (1024 * 1024)} MiB.");
        return DecodeUtf8(bytes) ?? Fallback(bytes);
    }

    /// <summary>
    /// The text of the file at <paramref name="path"/>, decoded as UTF-8 (a UTF-8 byte order mark is
    /// skipped; a UTF-16 or UTF-32 one picks that encoding), exactly as <see cref="File.ReadAllText(string)"/>.
    /// </summary>
    public static string ReadAllText(string path)
    {
        if (FileKinds.TryReadRegular(path, MaxInputBytes, out var bytes, out var byteCount, out var kind, out var size))
        {
            try
            {
                return DecodeUtf8(bytes.AsSpan(0, byteCount)) ?? Fallback(path);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
        if (kind is { } found)
            Check(path, found, size);
        CheckReadable(path);
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
            throw new IOException($"{path} is too large ({length} bytes).");
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, (int)length));
        try
        {
            var read = ReadAll(handle, buffer.AsSpan(0, (int)length));
            return DecodeUtf8(buffer.AsSpan(0, read)) ?? Fallback(path);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // UTF-8, a UTF-8 byte order mark skipped; null for UTF-16 or UTF-32 with a byte order mark
    // (rare), which the caller leaves to the stream reader: it knows them.
    private static string? DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
            return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.Length >= 2 && ((bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)
            || (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)))
            return null;
        return Encoding.UTF8.GetString(bytes);
    }

    // Fills the buffer (the file's length when it was opened) or stops at the end of the file.
    private static int ReadAll(SafeFileHandle handle, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(handle, buffer[total..], total);
            if (read == 0)
                break;
            total += read;
        }
        return total;
    }

    private static string Fallback(string path) => File.ReadAllText(path);

    private static string Fallback(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
