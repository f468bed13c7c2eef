// Encodes text that arrives in pieces to UTF-8 with the same bytes as encoding the joined
// text: the Encoder keeps a high surrogate that ends one piece for the next; lone surrogates
// become U+FFFD, as Node's Buffer.from does.

using System.Buffers;
using System.Text;

namespace Sharpack.Sources.Helpers;

internal readonly struct Utf8Writer(IBufferWriter<byte> writer) : ISegmentVisitor
{
    private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();

    public void Visit(ReadOnlySpan<char> segment)
    {
        if (!segment.IsEmpty)
        {
            Convert(segment, flush: false);
        }
    }

    public void Finish()
    {
        // Usually nothing is pending: then ask the writer for no room (a full, exactly sized
        // writer would have to grow). GetByteCount leaves the encoder's state alone.
        if (_encoder.GetByteCount([], flush: true) > 0)
        {
            Convert([], flush: true);
        }
    }

    // PERF: asks the writer for the room it has (a hint of 1), not for the worst case of 3 bytes
    // a char: a writer sized exactly for the output (ExactBufferWriter) must not have to grow.
    // Only when the room left cannot take the next character does it ask for more.
    private void Convert(ReadOnlySpan<char> chars, bool flush)
    {
        var hint = 1;
        while (true)
        {
            var destination = writer.GetSpan(hint);
            _encoder.Convert(chars, destination, flush, out var charsUsed, out var bytesUsed, out var completed);
            writer.Advance(bytesUsed);
            chars = chars[charsUsed..];
            if (completed && chars.IsEmpty)
            {
                return;
            }
            hint = charsUsed == 0 && bytesUsed == 0 ? MaxBytesPerStep : 1;
        }
    }

    // A replacement character for a pending lone surrogate (3 bytes) and a surrogate pair (4).
    private const int MaxBytesPerStep = 8;
}
