// Counts the UTF-8 bytes of text that arrives in pieces, as if the pieces were joined: a
// surrogate pair split across two pieces counts 4 bytes, a lone surrogate 3 (U+FFFD, as
// Node's Buffer.byteLength).

using System.Text;

namespace Sharpack.Sources.Helpers;

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
