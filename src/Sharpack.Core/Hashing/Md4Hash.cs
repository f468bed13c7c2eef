// MD4 (RFC 1320): webpack 5's default output.hashFunction. Not in .NET's cryptography, and only
// used for hashes of what a build renders, so a plain streaming implementation.

using System.Buffers.Binary;
using System.Numerics;

namespace Sharpack.Core.Hashing;

/// <summary>A streaming MD4 hash.</summary>
public sealed class Md4Hash : Hash
{
    private uint _a = 0x67452301, _b = 0xefcdab89, _c = 0x98badcfe, _d = 0x10325476;
    private readonly byte[] _block = new byte[64];
    private int _blockLength;
    private ulong _length;

    /// <inheritdoc />
    public override void Append(ReadOnlySpan<byte> data)
    {
        _length += (ulong)data.Length;
        if (_blockLength > 0)
        {
            var take = Math.Min(64 - _blockLength, data.Length);
            data[..take].CopyTo(_block.AsSpan(_blockLength));
            _blockLength += take;
            data = data[take..];
            if (_blockLength < 64)
                return;
            Transform(_block);
            _blockLength = 0;
        }
        while (data.Length >= 64)
        {
            Transform(data[..64]);
            data = data[64..];
        }
        data.CopyTo(_block);
        _blockLength = data.Length;
    }

    /// <inheritdoc />
    public override byte[] Digest()
    {
        var bits = _length * 8;
        Span<byte> padding = stackalloc byte[72];
        padding.Clear();
        padding[0] = 0x80;
        var padLength = _blockLength < 56 ? 56 - _blockLength : 120 - _blockLength;
        BinaryPrimitives.WriteUInt64LittleEndian(padding[padLength..], bits);
        var length = _length;
        Append(padding[..(padLength + 8)]);
        _length = length;
        var digest = new byte[16];
        BinaryPrimitives.WriteUInt32LittleEndian(digest, _a);
        BinaryPrimitives.WriteUInt32LittleEndian(digest.AsSpan(4), _b);
        BinaryPrimitives.WriteUInt32LittleEndian(digest.AsSpan(8), _c);
        BinaryPrimitives.WriteUInt32LittleEndian(digest.AsSpan(12), _d);
        return digest;
    }

    private void Transform(ReadOnlySpan<byte> block)
    {
        Span<uint> x = stackalloc uint[16];
        for (var i = 0; i < 16; i++)
            x[i] = BinaryPrimitives.ReadUInt32LittleEndian(block[(i * 4)..]);
        uint a = _a, b = _b, c = _c, d = _d;
        // Round 1: F(x, y, z) = (x & y) | (~x & z).
        foreach (var i in (ReadOnlySpan<int>)[0, 4, 8, 12])
        {
            a = BitOperations.RotateLeft(a + ((b & c) | (~b & d)) + x[i], 3);
            d = BitOperations.RotateLeft(d + ((a & b) | (~a & c)) + x[i + 1], 7);
            c = BitOperations.RotateLeft(c + ((d & a) | (~d & b)) + x[i + 2], 11);
            b = BitOperations.RotateLeft(b + ((c & d) | (~c & a)) + x[i + 3], 19);
        }
        // Round 2: G(x, y, z) = (x & y) | (x & z) | (y & z), plus 0x5a827999.
        foreach (var i in (ReadOnlySpan<int>)[0, 1, 2, 3])
        {
            a = BitOperations.RotateLeft(a + ((b & c) | (b & d) | (c & d)) + x[i] + 0x5a827999, 3);
            d = BitOperations.RotateLeft(d + ((a & b) | (a & c) | (b & c)) + x[i + 4] + 0x5a827999, 5);
            c = BitOperations.RotateLeft(c + ((d & a) | (d & b) | (a & b)) + x[i + 8] + 0x5a827999, 9);
            b = BitOperations.RotateLeft(b + ((c & d) | (c & a) | (d & a)) + x[i + 12] + 0x5a827999, 13);
        }
        // Round 3: H(x, y, z) = x ^ y ^ z, plus 0x6ed9eba1.
        foreach (var i in (ReadOnlySpan<int>)[0, 2, 1, 3])
        {
            a = BitOperations.RotateLeft(a + (b ^ c ^ d) + x[i] + 0x6ed9eba1, 3);
            d = BitOperations.RotateLeft(d + (a ^ b ^ c) + x[i + 8] + 0x6ed9eba1, 9);
            c = BitOperations.RotateLeft(c + (d ^ a ^ b) + x[i + 4] + 0x6ed9eba1, 11);
            b = BitOperations.RotateLeft(b + (c ^ d ^ a) + x[i + 12] + 0x6ed9eba1, 15);
        }
        _a += a;
        _b += b;
        _c += c;
        _d += d;
    }
}
