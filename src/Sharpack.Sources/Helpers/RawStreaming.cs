// Follows webpack-sources lib/helpers/streamChunksOfRawSource.js: text without a map streams
// as one unmapped chunk per line; for a final-source stream only its end position matters.

namespace Sharpack.Sources.Helpers;

internal static class RawStreaming
{
    public static GeneratedSourceInfo Stream(string text, IStreamChunksHandler handler, bool finalSource)
    {
        if (finalSource)
        {
            return GeneratedSourceInfo.Of(text);
        }
        var span = text.AsSpan();
        var line = 1;
        var i = 0;
        while (i < span.Length)
        {
            var newline = span[i..].IndexOf('\n');
            if (newline < 0)
            {
                handler.OnChunk(span[i..], line, 0, -1, -1, -1, -1);
                return new GeneratedSourceInfo(line, span.Length - i);
            }
            handler.OnChunk(span.Slice(i, newline + 1), line, 0, -1, -1, -1, -1);
            line++;
            i += newline + 1;
        }
        return new GeneratedSourceInfo(line, 0);
    }
}
