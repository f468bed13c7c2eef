// Follows webpack-sources lib/OriginalSource.js and helpers/splitIntoPotentialTokens.js: text
// that is its own original, under a file name. With columns its map has a mapping at every
// "potential token": a run of ordinary chars, then any run of ';' '{' '}' space tab CR, then
// one '\n' — so each statement start and each line start maps to itself. Without columns it
// maps each line start. Tokens are reported as spans of the text: no substring per token.

using System.Text;

namespace Sharpack.Sources;

/// <summary>Text that maps to itself, as the original source <see cref="Name"/>.</summary>
public sealed class OriginalSource : Source
{
    private const byte Stop = 1;
    private const byte Continue = 2;

    private readonly string _text;
    private int _size = -1;

    /// <summary>Creates a source of <paramref name="text"/> named <paramref name="name"/> in maps.</summary>
    public OriginalSource(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        _text = text;
        Name = name;
    }

    /// <summary>The name of the source in maps (webpack's <c>getName()</c>).</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override int Size => _size >= 0 ? _size : _size = Encoding.UTF8.GetByteCount(_text);

    // Bit 0: ends the run of ordinary chars ('\n' ';' '{' '}'); bit 1: continues the run of
    // delimiters (';' '{' '}' ' ' '\r' '\t').
    private static ReadOnlySpan<byte> CharFlags =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, Continue, Stop, 0, 0, Continue, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        Continue, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Stop | Continue, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Stop | Continue, 0, Stop | Continue, 0, 0,
    ];

    /// <inheritdoc />
    public override string GetText() => _text;

    /// <inheritdoc />
    public override GeneratedSourceInfo StreamChunks(StreamChunksOptions options, IStreamChunksHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        handler.OnSource(0, Name, _text);
        var text = _text.AsSpan();
        var finalSource = options.FinalSource;
        if (!options.LinesOnly)
        {
            var line = 1;
            var column = 0;
            var i = 0;
            while (i < text.Length)
            {
                var start = i;
                var end = NextTokenEnd(text, i, out var newline);
                var length = end - start;
                if (newline && length == 1)
                {
                    if (!finalSource)
                    {
                        handler.OnChunk("\n", line, column, -1, -1, -1, -1);
                    }
                }
                else
                {
                    handler.OnChunk(finalSource ? default : text[start..end], line, column, 0, line, column, -1);
                }
                if (newline)
                {
                    line++;
                    column = 0;
                }
                else
                {
                    column += length;
                }
                i = end;
            }
            return new GeneratedSourceInfo(line, column);
        }
        if (finalSource)
        {
            var info = GeneratedSourceInfo.Of(text);
            var lastLine = info.GeneratedColumn == 0 ? info.GeneratedLine - 1 : info.GeneratedLine;
            for (var line = 1; line <= lastLine; line++)
            {
                handler.OnChunk(default, line, 0, 0, line, 0, -1);
            }
            return info;
        }
        if (text.IsEmpty)
        {
            return new GeneratedSourceInfo(1, 0);
        }
        var currentLine = 1;
        var offset = 0;
        while (offset < text.Length)
        {
            var newline = text[offset..].IndexOf('\n');
            if (newline < 0)
            {
                handler.OnChunk(text[offset..], currentLine, 0, 0, currentLine, 0, -1);
                return new GeneratedSourceInfo(currentLine, text.Length - offset);
            }
            handler.OnChunk(text.Slice(offset, newline + 1), currentLine, 0, 0, currentLine, 0, -1);
            currentLine++;
            offset += newline + 1;
        }
        return new GeneratedSourceInfo(currentLine, 0);
    }

    /// <inheritdoc />
    public override void UpdateHash(IHashSink hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        hash.Append("OriginalSource");
        hash.Append(_text);
        hash.Append(Name);
    }

    /// <summary>The end of the potential token starting at <paramref name="i"/>; <paramref name="newline"/> when it ends with '\n'.</summary>
    internal static int NextTokenEnd(ReadOnlySpan<char> text, int i, out bool newline)
    {
        var flags = CharFlags;
        newline = false;
        var c = text[i];
        while (c > 127 || (flags[c] & Stop) == 0)
        {
            if (++i >= text.Length)
            {
                return i;
            }
            c = text[i];
        }
        while (c < 128 && (flags[c] & Continue) != 0)
        {
            if (++i >= text.Length)
            {
                return i;
            }
            c = text[i];
        }
        if (c == '\n')
        {
            newline = true;
            return i + 1;
        }
        return i;
    }
}
