// Writes or counts UTF-8 for text that arrives in pieces (the parts of a ReplaceSource or a
// PrefixSource), with the same bytes as encoding the joined text at once: a surrogate pair
// split across two pieces still becomes one 4-byte sequence; a lone surrogate becomes U+FFFD,
// as Node's Buffer.from does.

using System.Buffers;
using System.Text;

namespace Sharpack.Sources.Helpers;

internal interface ISegmentVisitor
{
    void Visit(ReadOnlySpan<char> segment);
}

internal struct Utf8Counter : ISegmentVisitor
{
    private bool _pendingHighSurrogate;

    public int Total { get; private set; }

    public void Visit(ReadOnlySpan<char> segment)
    {
        if (segment.IsEmpty)
        {
            return;
        }
        if (_pendingHighSurrogate)
        {
            _pendingHighSurrogate = false;
            if (char.IsLowSurrogate(segment[0]))
            {
                Total += 4;
                segment = segment[1..];
            }
            else
            {
                Total += 3;
            }
        }
        if (!segment.IsEmpty && char.IsHighSurrogate(segment[^1]))
        {
            _pendingHighSurrogate = true;
            segment = segment[..^1];
        }
        Total += Encoding.UTF8.GetByteCount(segment);
    }

    public int Finish()
    {
        if (_pendingHighSurrogate)
        {
            _pendingHighSurrogate = false;
            Total += 3;
        }
        return Total;
    }
}

internal readonly struct Utf8Writer(IBufferWriter<byte> writer) : ISegmentVisitor
{
    private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();

    public void Visit(ReadOnlySpan<char> segment) => Convert(segment, flush: false);

    public void Finish() => Convert([], flush: true);

    private void Convert(ReadOnlySpan<char> chars, bool flush)
    {
        while (true)
        {
            var destination = writer.GetSpan(Math.Min(Math.Max(chars.Length * 3, 16), 1 << 16));
            _encoder.Convert(chars, destination, flush, out var charsUsed, out var bytesUsed, out var completed);
            writer.Advance(bytesUsed);
            chars = chars[charsUsed..];
            if (completed && chars.IsEmpty)
            {
                return;
            }
        }
    }
}

internal readonly struct TextSegmentWriter(TextWriter writer) : ISegmentVisitor
{
    public void Visit(ReadOnlySpan<char> segment) => writer.Write(segment);
}

internal ref struct CharCopier(Span<char> destination) : ISegmentVisitor
{
    private readonly Span<char> _destination = destination;
    private int _position;

    public void Visit(ReadOnlySpan<char> segment)
    {
        segment.CopyTo(_destination[_position..]);
        _position += segment.Length;
    }
}

internal struct LengthCounter : ISegmentVisitor
{
    public int Length { get; private set; }

    public void Visit(ReadOnlySpan<char> segment) => Length += segment.Length;
}
