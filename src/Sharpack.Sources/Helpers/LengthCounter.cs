// Sums the UTF-16 length of text pieces (the first pass of a two-pass string build).

namespace Sharpack.Sources.Helpers;

internal struct LengthCounter : ISegmentVisitor
{
    public int Length { get; private set; }

    public void Visit(ReadOnlySpan<char> segment) => Length += segment.Length;
}
