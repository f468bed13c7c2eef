// Follows webpack-sources lib/ConcatSource.js: sources (and strings) one after another. Adding
// a ConcatSource adds its children (flattening); runs of string children are merged into one
// RawSource on first use (webpack's _optimize). In maps each child's positions move by the
// lines and the last-line column of what came before it, sources and names are renumbered
// into one table, and when a child ends in the middle of a mapped line the next child's first
// chunk gets an unmapped chunk in front of it so the mapping does not bleed into it.

using System.Buffers;
using System.Text;
using Sharpack.Sources.Helpers;

namespace Sharpack.Sources;

/// <summary>Sources and strings concatenated.</summary>
public sealed class ConcatSource : Source
{
    // Each item is a string or a Source; after Optimize() all are Sources.
    private readonly List<object> _items = [];
    private bool _isOptimized = true;

    /// <summary>Creates a concatenation of <paramref name="children"/> (each a <see cref="Source"/> or a string).</summary>
    public ConcatSource(params ReadOnlySpan<object> children)
    {
        foreach (var child in children)
        {
            AddItem(child);
        }
    }

    /// <summary>The children, strings merged into <see cref="RawSource"/>s (webpack's <c>getChildren()</c>).</summary>
    public IReadOnlyList<Source> GetChildren()
    {
        Optimize();
        var children = new Source[_items.Count];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = (Source)_items[i];
        }
        return children;
    }

    /// <summary>Appends a source; a <see cref="ConcatSource"/> is appended as its children.</summary>
    public void Add(Source item)
    {
        ArgumentNullException.ThrowIfNull(item);
        AddItem(item);
    }

    /// <summary>Appends text.</summary>
    public void Add(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        AddItem(item);
    }

    /// <inheritdoc />
    public override string GetText()
    {
        Optimize();
        if (_items.Count == 1)
        {
            return ((Source)_items[0]).GetText();
        }
        // PERF: the parts' texts joined in one exact allocation (a builder grew block by block and
        // copied everything once more; the eval devtool asks this of every module).
        var parts = System.Buffers.ArrayPool<string>.Shared.Rent(_items.Count);
        try
        {
            for (var i = 0; i < _items.Count; i++)
                parts[i] = ((Source)_items[i]).GetText();
            return string.Concat(new ReadOnlySpan<string?>(parts, 0, _items.Count));
        }
        finally
        {
            System.Buffers.ArrayPool<string>.Shared.Return(parts, clearArray: true);
        }
    }

    /// <inheritdoc />
    public override int Size
    {
        get
        {
            if (!_isOptimized)
            {
                return UnoptimizedSize();
            }
            var size = 0;
            foreach (var item in _items)
            {
                size += ((Source)item).Size;
            }
            return size;
        }
    }

    /// <inheritdoc />
    /// <remarks>As webpack's <c>Buffer.concat(buffers())</c>: the children's buffers one after another.</remarks>
    public override byte[] GetBuffer()
    {
        if (TryGetBufferInParallel() is { } buffer)
        {
            return buffer;
        }
        var output = new ExactBufferWriter(Size);
        WriteTo(output);
        return output.ToArray();
    }

    // Below this many bytes the parallel path is not worth its set-up.
    private const int ParallelBufferThreshold = 1 << 20;

    // PERF: a chunk's ConcatSource is a long list of module sources: their sizes are counted and
    // their UTF-8 written into slices of the one buffer on every core (a 34 MB bundle: ~120 ms on
    // one thread). Only for items whose Size and WriteTo touch nothing another item touches:
    // strings, RawSources, OriginalSources and ReplaceSources over those, each object once.
    // Any surprise (a size that does not match what was written) falls back to the one-thread path.
    private byte[]? TryGetBufferInParallel()
    {
        if (_items.Count < 64 || Environment.ProcessorCount < 2)
        {
            return null;
        }
        // Units: a run of strings (as Optimize would merge them, so written as one text) or one source.
        var unitStarts = new List<int>(_items.Count);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var inRun = false;
        for (var i = 0; i < _items.Count; i++)
        {
            var item = _items[i];
            if (RunText(item) is not null)
            {
                if (!inRun)
                {
                    unitStarts.Add(i);
                    inRun = true;
                }
                if (item is RawSource && !seen.Add(item))
                {
                    return null;
                }
                continue;
            }
            inRun = false;
            unitStarts.Add(i);
            if (!IsIndependent((Source)item, seen))
            {
                return null;
            }
        }
        var units = unitStarts.Count;
        unitStarts.Add(_items.Count);
        var sizes = new long[units];
        Parallel.For(0, units, u => sizes[u] = UnitSize(unitStarts[u], unitStarts[u + 1]));
        long total = 0;
        foreach (var size in sizes)
        {
            total += size;
        }
        if (total < ParallelBufferThreshold || total > Array.MaxLength)
        {
            return null;
        }
        var buffer = GC.AllocateUninitializedArray<byte>((int)total);
        // Contiguous groups of units of about equal size, a few per core for balance.
        var groupCount = Environment.ProcessorCount * 4;
        var groupFirstUnit = new int[groupCount + 1];
        var groupOffset = new long[groupCount + 1];
        long offset = 0;
        var group = 1;
        for (var u = 0; u < units && group < groupCount; u++)
        {
            offset += sizes[u];
            if (offset >= total * group / groupCount)
            {
                groupFirstUnit[group] = u + 1;
                groupOffset[group] = offset;
                group++;
            }
        }
        for (; group <= groupCount; group++)
        {
            groupFirstUnit[group] = units;
            groupOffset[group] = total;
        }
        var failed = 0;
        Parallel.For(0, groupCount, g =>
        {
            var slice = new SliceWriter(buffer, (int)groupOffset[g], (int)(groupOffset[g + 1] - groupOffset[g]));
            try
            {
                for (var u = groupFirstUnit[g]; u < groupFirstUnit[g + 1]; u++)
                {
                    WriteUnit(unitStarts[u], unitStarts[u + 1], slice);
                }
                if (!slice.IsFull)
                {
                    Interlocked.Exchange(ref failed, 1);
                }
            }
            catch (InvalidOperationException)
            {
                Interlocked.Exchange(ref failed, 1);
            }
            catch (ArgumentException)
            {
                Interlocked.Exchange(ref failed, 1);
            }
        });
        return failed == 0 ? buffer : null;
    }

    private static bool IsIndependent(Source source, HashSet<object> seen)
    {
        if (!seen.Add(source))
        {
            return false;
        }
        return source switch
        {
            RawSource or OriginalSource => true,
            ReplaceSource replace => replace.Original is RawSource or OriginalSource && seen.Add(replace.Original),
            _ => false,
        };
    }

    private int UnitSize(int start, int end)
    {
        if (RunText(_items[start]) is null)
        {
            return ((Source)_items[start]).Size;
        }
        var counter = new Utf8Counter();
        for (var i = start; i < end; i++)
        {
            counter.Visit(RunText(_items[i]));
        }
        return counter.Finish();
    }

    private void WriteUnit(int start, int end, IBufferWriter<byte> writer)
    {
        if (RunText(_items[start]) is null)
        {
            ((Source)_items[start]).WriteTo(writer);
            return;
        }
        var run = new Utf8Writer(writer);
        for (var i = start; i < end; i++)
        {
            run.Visit(RunText(_items[i]));
        }
        run.Finish();
    }

    // Writes into a fixed slice of a buffer; writing more than the slice holds is an error. As in
    // ExactBufferWriter, a full slice hands out a small spare for writes of nothing.
    private sealed class SliceWriter(byte[] buffer, int start, int length) : IBufferWriter<byte>
    {
        private readonly byte[] _spare = new byte[16];
        private int _written;

        public bool IsFull => _written == length;

        public void Advance(int count)
        {
            if ((uint)count > (uint)(length - _written))
            {
                throw new InvalidOperationException("The slice is full.");
            }
            _written += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => Room(sizeHint) ? buffer.AsMemory(start + _written, length - _written) : _spare;

        public Span<byte> GetSpan(int sizeHint = 0) => Room(sizeHint) ? buffer.AsSpan(start + _written, length - _written) : _spare;

        private bool Room(int sizeHint)
        {
            var needed = Math.Max(sizeHint, 1);
            if (length - _written >= needed)
            {
                return true;
            }
            if (_written == length && needed <= _spare.Length)
            {
                return false;
            }
            throw new InvalidOperationException("The slice is full.");
        }
    }

    /// <inheritdoc />
    public override void WriteTo(IBufferWriter<byte> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!_isOptimized)
        {
            WriteUnoptimized(writer);
            return;
        }
        foreach (var item in _items)
        {
            ((Source)item).WriteTo(writer);
        }
    }

    // PERF: Size and WriteTo walk the children as Optimize would merge them, without merging:
    // a run of strings is encoded (or counted) as one text, so the bytes are those of the merged
    // RawSource (a surrogate pair split between two strings stays one character), but no
    // StringBuilder and no merged string are built. For a chunk of 10,000 modules, Optimize built
    // about 45 MB of strings only to encode them once.
    private int UnoptimizedSize()
    {
        var size = 0;
        var run = new Utf8Counter();
        var inRun = false;
        foreach (var item in _items)
        {
            if (RunText(item) is { } text)
            {
                run.Visit(text);
                inRun = true;
                continue;
            }
            if (inRun)
            {
                size += run.Finish();
                run = new Utf8Counter();
                inRun = false;
            }
            size += ((Source)item).Size;
        }
        return inRun ? size + run.Finish() : size;
    }

    private void WriteUnoptimized(IBufferWriter<byte> writer)
    {
        var run = default(Utf8Writer);
        var inRun = false;
        foreach (var item in _items)
        {
            if (RunText(item) is { } text)
            {
                if (!inRun)
                {
                    run = new Utf8Writer(writer);
                    inRun = true;
                }
                run.Visit(text);
                continue;
            }
            if (inRun)
            {
                run.Finish();
                inRun = false;
            }
            ((Source)item).WriteTo(writer);
        }
        if (inRun)
        {
            run.Finish();
        }
    }

    // The text an item adds to a run of merged strings, or null when the item is a source of its own.
    private static string? RunText(object item) => item switch
    {
        string text => text,
        RawSource { IsFromConcatenatedStrings: true } raw => raw.GetText(),
        _ => null,
    };

    /// <inheritdoc />
    public override void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Optimize();
        foreach (var item in _items)
        {
            ((Source)item).WriteTo(writer);
        }
    }

    /// <inheritdoc />
    public override GeneratedSourceInfo StreamChunks(StreamChunksOptions options, IStreamChunksHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Optimize();
        if (_items.Count == 1)
        {
            return ((Source)_items[0]).StreamChunks(options, handler);
        }
        var concatenator = new Concatenator(handler, options.FinalSource);
        foreach (var item in _items)
        {
            concatenator.StartChild();
            var info = ((Source)item).StreamChunks(options, concatenator);
            concatenator.EndChild(info);
        }
        return new GeneratedSourceInfo(concatenator.LineOffset + 1, concatenator.ColumnOffset);
    }

    /// <inheritdoc />
    public override void UpdateHash(IHashSink hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        hash.Append("ConcatSource");
        if (!_isOptimized)
        {
            HashUnoptimized(hash);
            return;
        }
        foreach (var item in _items)
        {
            ((Source)item).UpdateHash(hash);
        }
    }

    // As UpdateHash after Optimize: a run of strings is hashed as the merged RawSource would be
    // ("RawSource", then its text as UTF-8), without building the merged string. Sinks take text
    // as UTF-8, so the run is encoded here, carrying a split surrogate pair from piece to piece.
    private void HashUnoptimized(IHashSink hash)
    {
        Encoder? encoder = null;
        var inRun = false;
        // PERF: rented, not stackalloc'd: a zeroed 4 KB per module was most of hashing's zeroing.
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(HashChunkBytes);
        var bytes = rented.AsSpan(0, HashChunkBytes);
        foreach (var item in _items)
        {
            if (RunText(item) is { } text)
            {
                if (!inRun)
                {
                    hash.Append("RawSource");
                    encoder ??= Encoding.UTF8.GetEncoder();
                    inRun = true;
                }
                HashText(hash, encoder!, text, flush: false, bytes);
                continue;
            }
            if (inRun)
            {
                HashText(hash, encoder!, [], flush: true, bytes);
                encoder!.Reset();
                inRun = false;
            }
            ((Source)item).UpdateHash(hash);
        }
        if (inRun)
        {
            HashText(hash, encoder!, [], flush: true, bytes);
        }
        System.Buffers.ArrayPool<byte>.Shared.Return(rented);
    }

    private const int HashChunkBytes = 4096;

    private static void HashText(IHashSink hash, Encoder encoder, ReadOnlySpan<char> text, bool flush, Span<byte> bytes)
    {
        while (true)
        {
            encoder.Convert(text, bytes, flush, out var charsUsed, out var bytesUsed, out var completed);
            if (bytesUsed > 0)
            {
                hash.Append(bytes[..bytesUsed]);
            }
            text = text[charsUsed..];
            if (completed && text.IsEmpty)
            {
                return;
            }
        }
    }

    private void AddItem(object item)
    {
        switch (item)
        {
            case ConcatSource concat:
                _items.AddRange(concat._items);
                break;
            case Source or string:
                _items.Add(item);
                break;
            default:
                throw new ArgumentException($"A ConcatSource child must be a Source or a string, not {item?.GetType().Name ?? "null"}.", nameof(item));
        }
        _isOptimized = false;
    }

    // Merges runs of strings and of RawSources made from strings into one RawSource each.
    private void Optimize()
    {
        if (_isOptimized)
        {
            return;
        }
        var merged = new List<object>(_items.Count);
        RawSource? pendingSource = null;
        StringBuilder? pendingText = null;
        foreach (var item in _items)
        {
            if (item is string text)
            {
                AppendPending(ref pendingSource, ref pendingText, text);
            }
            else if (item is RawSource { IsFromConcatenatedStrings: true } raw)
            {
                if (pendingSource is null && pendingText is null)
                {
                    pendingSource = raw;
                }
                else
                {
                    AppendPending(ref pendingSource, ref pendingText, raw.GetText());
                }
            }
            else
            {
                FlushPending(merged, ref pendingSource, ref pendingText);
                merged.Add(item);
            }
        }
        FlushPending(merged, ref pendingSource, ref pendingText);
        _items.Clear();
        _items.AddRange(merged);
        _isOptimized = true;
    }

    private static void AppendPending(ref RawSource? pendingSource, ref StringBuilder? pendingText, string text)
    {
        if (pendingText is null)
        {
            pendingText = new StringBuilder();
            if (pendingSource is not null)
            {
                pendingText.Append(pendingSource.GetText());
                pendingSource = null;
            }
        }
        pendingText.Append(text);
    }

    private static void FlushPending(List<object> merged, ref RawSource? pendingSource, ref StringBuilder? pendingText)
    {
        if (pendingText is not null)
        {
            merged.Add(new RawSource(pendingText.ToString(), fromConcatenatedStrings: true));
        }
        else if (pendingSource is not null)
        {
            merged.Add(pendingSource);
        }
        pendingSource = null;
        pendingText = null;
    }

    private sealed class Concatenator(IStreamChunksHandler handler, bool finalSource) : IStreamChunksHandler
    {
        private readonly IndexMap _sourceMapping = new();
        private readonly IndexMap _nameMapping = new();
        private IntList _sourceIndexMapping = new(-1);
        private IntList _nameIndexMapping = new(-1);
        private bool _needToCloseMapping;
        private int _lastMappingLine;

        public int LineOffset { get; private set; }

        public int ColumnOffset { get; private set; }

        public void StartChild()
        {
            _sourceIndexMapping = new IntList(-1);
            _nameIndexMapping = new IntList(-1);
            _lastMappingLine = 0;
        }

        public void EndChild(GeneratedSourceInfo info)
        {
            if (_needToCloseMapping && (info.GeneratedLine != 1 || info.GeneratedColumn != 0))
            {
                handler.OnChunk(default, LineOffset + 1, ColumnOffset, -1, -1, -1, -1);
                _needToCloseMapping = false;
            }
            ColumnOffset = info.GeneratedLine > 1 ? info.GeneratedColumn : ColumnOffset + info.GeneratedColumn;
            _needToCloseMapping = _needToCloseMapping || (finalSource && _lastMappingLine == info.GeneratedLine);
            LineOffset += info.GeneratedLine - 1;
        }

        public void OnChunk(ReadOnlySpan<char> chunk, int generatedLine, int generatedColumn, int sourceIndex, int originalLine, int originalColumn, int nameIndex)
        {
            var line = generatedLine + LineOffset;
            var column = generatedLine == 1 ? generatedColumn + ColumnOffset : generatedColumn;
            if (_needToCloseMapping)
            {
                if (generatedLine != 1 || generatedColumn != 0)
                {
                    handler.OnChunk(default, LineOffset + 1, ColumnOffset, -1, -1, -1, -1);
                }
                _needToCloseMapping = false;
            }
            var resultSourceIndex = _sourceIndexMapping.Get(sourceIndex);
            if (resultSourceIndex < 0)
            {
                _lastMappingLine = 0;
                handler.OnChunk(chunk, line, column, -1, -1, -1, -1);
            }
            else
            {
                _lastMappingLine = generatedLine;
                handler.OnChunk(chunk, line, column, resultSourceIndex, originalLine, originalColumn, _nameIndexMapping.Get(nameIndex));
            }
        }

        public void OnSource(int sourceIndex, string? source, string? sourceContent)
        {
            if (!_sourceMapping.TryGet(source, out var globalIndex))
            {
                globalIndex = _sourceMapping.AddNext(source);
                handler.OnSource(globalIndex, source, sourceContent);
            }
            _sourceIndexMapping.Set(sourceIndex, globalIndex);
        }

        public void OnName(int nameIndex, string name)
        {
            if (!_nameMapping.TryGet(name, out var globalIndex))
            {
                globalIndex = _nameMapping.AddNext(name);
                handler.OnName(globalIndex, name);
            }
            _nameIndexMapping.Set(nameIndex, globalIndex);
        }
    }
}
