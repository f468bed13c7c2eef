// A buffer writer for output whose size is known in advance (a source's Size): one array of
// that size, handed back as it is when it is full. ArrayBufferWriter grows by doubling and
// WrittenSpan.ToArray() copies once more; for a 34 MB bundle that was 160 MB of large-object
// allocations and a full (gen2) collection.

using System.Buffers;

namespace Sharpack.Sources.Helpers;

internal sealed class ExactBufferWriter(int capacity) : IBufferWriter<byte>
{
    // IBufferWriter must hand out room even when asked for none; writers ask so before writing
    // nothing (BuffersExtensions.Write of an empty span, an empty string). When the buffer is
    // full, that room is this spare, so the buffer does not grow for a write of nothing.
    private const int SpareLength = 16;

    private byte[] _buffer = capacity == 0 ? [] : GC.AllocateUninitializedArray<byte>(capacity);
    private byte[]? _spare;
    private bool _inSpare;
    private int _written;

    public void Advance(int count)
    {
        if (_inSpare)
        {
            _inSpare = false;
            if (count == 0)
                return;
            // The size was wrong after all: take what was written into the spare.
            Grow(count);
            _spare.AsSpan(0, count).CopyTo(_buffer.AsSpan(_written));
        }
        if ((uint)count > (uint)(_buffer.Length - _written))
            throw new ArgumentOutOfRangeException(nameof(count));
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Room(sizeHint) ? _buffer.AsMemory(_written) : _spare;

    public Span<byte> GetSpan(int sizeHint = 0) => Room(sizeHint) ? _buffer.AsSpan(_written) : _spare;

    /// <summary>The bytes written: the buffer itself when the size was right, else a copy.</summary>
    public byte[] ToArray() => _written == _buffer.Length ? _buffer : _buffer.AsSpan(0, _written).ToArray();

    // True when the buffer has the room; false when the spare stands in for a full buffer.
    private bool Room(int sizeHint)
    {
        _inSpare = false;
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
            return true;
        if (_written == _buffer.Length && needed <= SpareLength)
        {
            _spare ??= new byte[SpareLength];
            _inSpare = true;
            return false;
        }
        Grow(needed);
        return true;
    }

    // Only when the announced size was too small: grow like ArrayBufferWriter.
    private void Grow(int needed)
    {
        var grown = new byte[Math.Max(_buffer.Length * 2, _written + needed)];
        _buffer.AsSpan(0, _written).CopyTo(grown);
        _buffer = grown;
    }
}
