// Encodes text that arrives in pieces to UTF-8 with the same bytes as encoding the joined
// text: the Encoder keeps a high surrogate that ends one piece for the next; lone surrogates
// become U+FFFD, as Node's Buffer.from does.

using System.Buffers;
using System.Text;

namespace Sharpack.Sources.Helpers;

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
