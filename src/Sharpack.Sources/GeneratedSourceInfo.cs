// Follows webpack-sources lib/helpers/getGeneratedSourceInfo.js: where the generated text of a
// stream ends, which a parent (ConcatSource, ReplaceSource) needs to place what follows it.

namespace Sharpack.Sources;

/// <summary>The position just past the end of a streamed source.</summary>
/// <param name="GeneratedLine">1-based line of the end; a text ending in a line break ends on the next line.</param>
/// <param name="GeneratedColumn">0-based column (UTF-16 units) of the end on that line.</param>
public readonly record struct GeneratedSourceInfo(int GeneratedLine, int GeneratedColumn)
{
    /// <summary>The end of <paramref name="text"/>: one more line than it has line feeds, and the length of its last line.</summary>
    public static GeneratedSourceInfo Of(ReadOnlySpan<char> text)
    {
        var lastLineStart = text.LastIndexOf('\n');
        if (lastLineStart < 0)
        {
            return new GeneratedSourceInfo(1, text.Length);
        }
        var lines = text[..lastLineStart].Count('\n') + 2;
        return new GeneratedSourceInfo(lines, text.Length - lastLineStart - 1);
    }
}
