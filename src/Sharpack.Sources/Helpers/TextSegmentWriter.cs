// Writes text pieces to a TextWriter.

namespace Sharpack.Sources.Helpers;

internal readonly struct TextSegmentWriter(TextWriter writer) : ISegmentVisitor
{
    public void Visit(ReadOnlySpan<char> segment) => writer.Write(segment);
}
