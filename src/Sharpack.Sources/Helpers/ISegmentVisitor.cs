// A receiver of text pieces: ReplaceSource and PrefixSource produce their output as pieces
// and hand them to a visitor that counts, copies, encodes or writes them, so the same walk
// serves GetText, Size and WriteTo without building intermediate strings.

namespace Sharpack.Sources.Helpers;

internal interface ISegmentVisitor
{
    void Visit(ReadOnlySpan<char> segment);
}
