// Follows the XXH64 specification (Yann Collet's xxHash, doc/xxhash_spec.md): our own streaming
// implementation, used for module, chunk and content hashes (webpack's `hashFunction: "xxhash64"`).
// Input is consumed in 32-byte stripes of four 64-bit lanes read straight from memory; strings are
// hashed as their UTF-8 bytes (Hash.Append), encoded through a stack buffer so no array is allocated per call.

using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Sharpack.Core.Hashing;

/// <summary>A streaming, seedable XXH64 hasher.</summary>
public sealed class XxHash64 : Hash
{
    private const ulong Prime1 = 11400714785074694791UL;
    private const ulong Prime2 = 14029467366897019727UL;
    private const ulong Prime3 = 1609587929392839161UL;
    private const ulong Prime4 = 9650029242287828579UL;
    private const ulong Prime5 = 2870177450012600261UL;
    private const int StripeLength = 32;

    private readonly ulong _seed;
    private ulong _acc1;
    private ulong _acc2;
    private ulong _acc3;
    private ulong _acc4;
    private ulong _totalLength;
    private readonly byte[] _buffer = new byte[StripeLength];
    private int _bufferLength;

    /// <summary>Creates a hasher with the given seed (0 by default).</summary>
    public XxHash64(ulong seed = 0)
    {
        _seed = seed;
        Reset();
    }

    /// <summary>Forgets everything appended; the seed stays.</summary>
    public void Reset()
    {
        _acc1 = unchecked(_seed + Prime1 + Prime2);
        _acc2 = unchecked(_seed + Prime2);
        _acc3 = _seed;
        _acc4 = unchecked(_seed - Prime1);
        _totalLength = 0;
        _bufferLength = 0;
    }

    /// <summary>Adds bytes to the hashed input.</summary>
    public override void Append(ReadOnlySpan<byte> data)
    {
        _totalLength += (ulong)data.Length;
        if (_bufferLength > 0)
        {
            var take = Math.Min(StripeLength - _bufferLength, data.Length);
            data[..take].CopyTo(_buffer.AsSpan(_bufferLength));
            _bufferLength += take;
            data = data[take..];
            if (_bufferLength < StripeLength)
                return;
            ConsumeStripes(_buffer);
            _bufferLength = 0;
        }
        if (data.Length >= StripeLength)
        {
            var whole = data.Length & ~(StripeLength - 1);
            ConsumeStripes(data[..whole]);
            data = data[whole..];
        }
        if (data.Length > 0)
        {
            data.CopyTo(_buffer);
            _bufferLength = data.Length;
        }
    }

    /// <summary>The hash of everything appended so far; appending may continue afterwards.</summary>
    public ulong GetCurrentHashAsUInt64()
    {
        ulong hash;
        if (_totalLength >= StripeLength)
        {
            hash = BitOperations.RotateLeft(_acc1, 1) + BitOperations.RotateLeft(_acc2, 7)
                + BitOperations.RotateLeft(_acc3, 12) + BitOperations.RotateLeft(_acc4, 18);
            hash = MergeAccumulator(hash, _acc1);
            hash = MergeAccumulator(hash, _acc2);
            hash = MergeAccumulator(hash, _acc3);
            hash = MergeAccumulator(hash, _acc4);
        }
        else
        {
            hash = _seed + Prime5;
        }
        hash += _totalLength;
        return Finish(hash, _buffer.AsSpan(0, _bufferLength));
    }

    /// <summary>The hash's 8 bytes, most significant first (so its hex is <see cref="GetHexDigest"/>).</summary>
    public override byte[] Digest()
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, GetCurrentHashAsUInt64());
        return bytes;
    }

    /// <summary>The current hash as 16 lowercase hex digits (webpack's <c>digest("hex")</c>).</summary>
    public string GetHexDigest() => ToHex(GetCurrentHashAsUInt64());

    /// <summary>The XXH64 of <paramref name="data"/> in one call.</summary>
    public static ulong Hash(ReadOnlySpan<byte> data, ulong seed = 0)
    {
        var hasher = new XxHash64(seed);
        hasher.Append(data);
        return hasher.GetCurrentHashAsUInt64();
    }

    /// <summary>16 lowercase hex digits of <paramref name="hash"/>, most significant first.</summary>
    public static string ToHex(ulong hash) => hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The first <paramref name="length"/> digits of the hex digest, as a <c>[contenthash:8]</c>
    /// placeholder takes them (lengths above 16 give all 16).
    /// </summary>
    public static string ToHex(ulong hash, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var hex = ToHex(hash);
        return length >= hex.Length ? hex : hex[..length];
    }

    // PERF: the hot loop. Lanes are read with unaligned 64-bit loads (no bounds checks per
    // lane); `data.Length` is a multiple of 32.
    private void ConsumeStripes(ReadOnlySpan<byte> data)
    {
        ref var start = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(data);
        var acc1 = _acc1;
        var acc2 = _acc2;
        var acc3 = _acc3;
        var acc4 = _acc4;
        for (nint offset = 0, end = data.Length; offset < end; offset += StripeLength)
        {
            acc1 = Round(acc1, ReadLane(ref start, offset));
            acc2 = Round(acc2, ReadLane(ref start, offset + 8));
            acc3 = Round(acc3, ReadLane(ref start, offset + 16));
            acc4 = Round(acc4, ReadLane(ref start, offset + 24));
        }
        _acc1 = acc1;
        _acc2 = acc2;
        _acc3 = acc3;
        _acc4 = acc4;
    }

    private static ulong Finish(ulong hash, ReadOnlySpan<byte> rest)
    {
        while (rest.Length >= 8)
        {
            hash ^= Round(0, BinaryPrimitives.ReadUInt64LittleEndian(rest));
            hash = BitOperations.RotateLeft(hash, 27) * Prime1 + Prime4;
            rest = rest[8..];
        }
        if (rest.Length >= 4)
        {
            hash ^= BinaryPrimitives.ReadUInt32LittleEndian(rest) * Prime1;
            hash = BitOperations.RotateLeft(hash, 23) * Prime2 + Prime3;
            rest = rest[4..];
        }
        foreach (var b in rest)
        {
            hash ^= b * Prime5;
            hash = BitOperations.RotateLeft(hash, 11) * Prime1;
        }
        hash ^= hash >> 33;
        hash *= Prime2;
        hash ^= hash >> 29;
        hash *= Prime3;
        hash ^= hash >> 32;
        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReadLane(ref byte start, nint offset)
    {
        var value = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, offset));
        return BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Round(ulong accumulator, ulong lane)
    {
        accumulator += lane * Prime2;
        accumulator = BitOperations.RotateLeft(accumulator, 31);
        return accumulator * Prime1;
    }

    private static ulong MergeAccumulator(ulong hash, ulong accumulator)
    {
        hash ^= Round(0, accumulator);
        return hash * Prime1 + Prime4;
    }
}
