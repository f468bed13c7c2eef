// Follows webpack-sources lib/PrefixSource.js: puts a prefix (indentation) before every line
// of a source. In maps the prefix is generated code: at a mapped line start it is a separate
// unmapped chunk and the mapping moves right by its length; in lines-only mode (and on
// unmapped lines) it is glued to the line's first chunk, as webpack does.

using System.Buffers;
using Sharpack.Sources.Helpers;

namespace Sharpack.Sources;

/// <summary>A source with a prefix before each of its lines.</summary>
public sealed class PrefixSource : Source
{
    private readonly string _prefix;
    private readonly Source _source;

    /// <summary>Prefixes each line of <paramref name="source"/> with <paramref name="prefix"/>.</summary>
    public PrefixSource(string prefix, Source source)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(source);
        _prefix = prefix;
        _source = source;
    }

    /// <summary>Prefixes each line of <paramref name="text"/> (a <see cref="RawSource"/>) with <paramref name="prefix"/>.</summary>
    public PrefixSource(string prefix, string text)
        : this(prefix, new RawSource(text))
    {
    }

    /// <summary>The prefix (webpack's <c>getPrefix()</c>).</summary>
    public string Prefix => _prefix;

    /// <summary>The prefixed source (webpack's <c>original()</c>).</summary>
    public Source Original => _source;

    /// <inheritdoc />
    public override string GetText()
    {
        var text = _source.GetText();
        if (_prefix.Length == 0)
        {
            return text;
        }
        var counter = new LengthCounter();
        VisitSegments(text, ref counter);
        return string.Create(counter.Length, (Source: this, Text: text), static (destination, state) =>
        {
            var copier = new CharCopier(destination);
            state.Source.VisitSegments(state.Text, ref copier);
        });
    }

    /// <inheritdoc />
    public override int Size
    {
        get
        {
            var counter = new Utf8Counter();
            VisitSegments(_source.GetText(), ref counter);
            return counter.Finish();
        }
    }

    /// <inheritdoc />
    public override void WriteTo(IBufferWriter<byte> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var output = new Utf8Writer(writer);
        VisitSegments(_source.GetText(), ref output);
        output.Finish();
    }

    /// <inheritdoc />
    public override void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var output = new TextSegmentWriter(writer);
        VisitSegments(_source.GetText(), ref output);
    }

    /// <inheritdoc />
    public override GeneratedSourceInfo StreamChunks(StreamChunksOptions options, IStreamChunksHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var prefixer = new Prefixer(_prefix, handler, options);
        try
        {
            var info = _source.StreamChunks(options, prefixer);
            return new GeneratedSourceInfo(info.GeneratedLine, info.GeneratedColumn == 0 ? 0 : _prefix.Length + info.GeneratedColumn);
        }
        finally
        {
            prefixer.Dispose();
        }
    }

    /// <inheritdoc />
    public override void UpdateHash(IHashSink hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        hash.Append("PrefixSource");
        _source.UpdateHash(hash);
        hash.Append(_prefix);
    }

    // The prefixed text as pieces: the prefix, then each line, with the prefix again after each
    // '\n' that is not the last char.
    private void VisitSegments<TVisitor>(string text, ref TVisitor visitor)
        where TVisitor : ISegmentVisitor, allows ref struct
    {
        visitor.Visit(_prefix);
        var span = text.AsSpan();
        while (true)
        {
            var newline = span.IndexOf('\n');
            if (newline < 0 || newline == span.Length - 1)
            {
                visitor.Visit(span);
                return;
            }
            visitor.Visit(span[..(newline + 1)]);
            visitor.Visit(_prefix);
            span = span[(newline + 1)..];
        }
    }

    private sealed class Prefixer(string prefix, IStreamChunksHandler handler, StreamChunksOptions options) : IStreamChunksHandler, IDisposable
    {
        private char[]? _joined;

        public void OnChunk(ReadOnlySpan<char> chunk, int generatedLine, int generatedColumn, int sourceIndex, int originalLine, int originalColumn, int nameIndex)
        {
            if (generatedColumn != 0)
            {
                // In the middle of a line only the column moves.
                generatedColumn += prefix.Length;
            }
            else if (!options.FinalSource)
            {
                // At a line start with text: the prefix is generated code before the chunk.
                if (options.LinesOnly || sourceIndex < 0)
                {
                    chunk = Join(chunk);
                }
                else if (prefix.Length > 0)
                {
                    handler.OnChunk(prefix, generatedLine, generatedColumn, -1, -1, -1, -1);
                    generatedColumn += prefix.Length;
                }
            }
            else if (!options.LinesOnly)
            {
                generatedColumn += prefix.Length;
            }
            handler.OnChunk(chunk, generatedLine, generatedColumn, sourceIndex, originalLine, originalColumn, nameIndex);
        }

        public void OnSource(int sourceIndex, string? source, string? sourceContent) => handler.OnSource(sourceIndex, source, sourceContent);

        public void OnName(int nameIndex, string name) => handler.OnName(nameIndex, name);

        public void Dispose()
        {
            if (_joined is not null)
            {
                ArrayPool<char>.Shared.Return(_joined);
                _joined = null;
            }
        }

        private ReadOnlySpan<char> Join(ReadOnlySpan<char> chunk)
        {
            var length = prefix.Length + chunk.Length;
            if (_joined is null || _joined.Length < length)
            {
                if (_joined is not null)
                {
                    ArrayPool<char>.Shared.Return(_joined);
                }
                _joined = ArrayPool<char>.Shared.Rent(Math.Max(length, 256));
            }
            prefix.CopyTo(_joined);
            chunk.CopyTo(_joined.AsSpan(prefix.Length));
            return _joined.AsSpan(0, length);
        }
    }
}
