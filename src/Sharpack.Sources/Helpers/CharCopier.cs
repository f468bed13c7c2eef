// Copies text pieces into a span, in order (the second pass of a two-pass string build).

namespace Sharpack.Sources.Helpers;

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
