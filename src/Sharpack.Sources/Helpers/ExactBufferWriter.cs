// A buffer writer for output whose size is known in advance (a source's Size): one array of
// that size, handed back as it is when it is full. ArrayBufferWriter grows by doubling and
// WrittenSpan.ToArray() copies once more; for a 34 MB bundle that was 160 MB of large-object
// allocations and a full (gen2) collection.

using System.Buffers;

namespace Sharpack.Sources.Helpers;

internal sealed class ExactBufferWriter(int capacity) : IBufferWriter<byte>
{
    private byte[] _buffer = capacity == 0 ? [] : GC.AllocateUninitializedArray<byte>(capacity);
    private int _written;

    public void Advance(int count)
    {
        if ((uint)count > (uint)(_buffer.Length - _written))
            throw new ArgumentOutOfRangeException(nameof(count));
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>The bytes written: the buffer itself when the size was right, else a copy.</summary>
    public byte[] ToArray() => _written == _buffer.Length ? _buffer : _buffer.AsSpan(0, _written).ToArray();

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
            return;
        // Only when the announced size was too small: grow like ArrayBufferWriter.
        var grown = new byte[Math.Max(_buffer.Length * 2, _written + needed)];
        _buffer.AsSpan(0, _written).CopyTo(grown);
        _buffer = grown;
    }
}
