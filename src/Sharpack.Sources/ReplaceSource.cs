// Follows webpack-sources lib/ReplaceSource.js: a source with edits, the core of code
// generation (every dependency template edits the module's ReplaceSource). Edits are ranges
// of the original text (UTF-16 offsets, end inclusive, as webpack's replace(start, end)):
// - edits apply in order of start, then end, then the order they were added (a stable sort,
//   so an insertion at p, stored as (p, p - 1), comes before a replacement starting at p);
// - text already covered by an earlier edit is not copied again, so of overlapping
//   replacements the later ones only add their content, exactly like webpack's source();
// - in the map, unchanged text keeps its original positions, replacement text maps to the
//   original position where the replaced range starts (with the edit's name, if any), and
//   the original column after a partly replaced chunk is advanced only when the original
//   content confirms it (webpack's checkOriginalContent).
// PERF: edits live in one array of structs and are sorted once (MemoryExtensions.Sort with a
// struct comparer, tie broken by insertion index = stable); text is produced in two passes
// (length, then copy) into one string; Size and WriteTo walk the same pieces without building it.

using System.Buffers;
using System.Globalization;
using Sharpack.Sources.Helpers;

namespace Sharpack.Sources;

/// <summary>A source with replacements and insertions applied to another source.</summary>
public sealed partial class ReplaceSource : Source
{
    // Larger than any string length; the "no further replacement" position.
    private const int MaxSourcePosition = 0x20000000;

    private readonly Source _source;
    private Edit[] _edits = [];
    private int _count;
    private bool _isSorted = true;

    /// <summary>Creates an edit list over <paramref name="source"/>; <paramref name="name"/> is informational (webpack's <c>getName()</c>).</summary>
    public ReplaceSource(Source source, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        Name = name;
    }

    /// <summary>
    /// Creates an edit list over <paramref name="source"/> with room for <paramref name="capacity"/>
    /// edits, for a caller that knows about how many it will make (a module: about one per dependency).
    /// </summary>
    public ReplaceSource(Source source, string? name, int capacity)
        : this(source, name)
    {
        if (capacity > 0)
        {
            _edits = new Edit[capacity];
        }
    }

    /// <summary>The name given at construction.</summary>
    public string? Name { get; }

    /// <summary>The edited source (webpack's <c>original()</c>).</summary>
    public Source Original => _source;

    /// <summary>The number of edits.</summary>
    public int Count => _count;

    /// <summary>
    /// Replaces the original text from <paramref name="start"/> through <paramref name="end"/>
    /// (inclusive) with <paramref name="newValue"/>; <paramref name="name"/> is the original
    /// name recorded in the map for the new text.
    /// </summary>
    public void Replace(int start, int end, string newValue, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(newValue);
        Add(start, end, newValue, name);
    }

    /// <summary>Inserts <paramref name="newValue"/> before the original offset <paramref name="position"/>.</summary>
    public void Insert(int position, string newValue, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(newValue);
        Add(position, position - 1, newValue, name);
    }

    /// <summary>
    /// Inserts <paramref name="newValue"/> before the original offset <paramref name="position"/>,
    /// after every other insertion there (webpack's replace(p, p - 0.5), as a statement's closing
    /// text that must follow what wraps the expression before it).
    /// </summary>
    public void InsertLate(int position, string newValue)
    {
        ArgumentNullException.ThrowIfNull(newValue);
        Add(position, position - 1, newValue, null, late: true);
    }

    /// <summary>The edits in the order they apply (webpack's <c>getReplacements()</c>).</summary>
    public Replacement[] GetReplacements()
    {
        Sort();
        var result = new Replacement[_count];
        for (var i = 0; i < _count; i++)
        {
            ref readonly var edit = ref _edits[i];
            result[i] = new Replacement(edit.Start, edit.End, edit.Content, edit.Name);
        }
        return result;
    }

    /// <inheritdoc />
    public override string GetText()
    {
        if (_count == 0)
        {
            return _source.GetText();
        }
        var original = _source.GetText();
        var counter = new LengthCounter();
        VisitSegments(original, ref counter);
        return string.Create(counter.Length, (Source: this, Original: original), static (destination, state) =>
        {
            var copier = new CharCopier(destination);
            state.Source.VisitSegments(state.Original, ref copier);
        });
    }

    /// <inheritdoc />
    public override int Size
    {
        get
        {
            if (_count == 0)
            {
                return _source.Size;
            }
            var counter = new Utf8Counter();
            VisitSegments(_source.GetText(), ref counter);
            return counter.Finish();
        }
    }

    /// <inheritdoc />
    public override byte[] GetBuffer()
    {
        if (_count == 0)
        {
            return _source.GetBuffer();
        }
        var output = new ExactBufferWriter(Size);
        WriteTo(output);
        return output.ToArray();
    }

    /// <inheritdoc />
    public override void WriteTo(IBufferWriter<byte> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_count == 0)
        {
            _source.WriteTo(writer);
            return;
        }
        var output = new Utf8Writer(writer);
        VisitSegments(_source.GetText(), ref output);
        output.Finish();
    }

    /// <inheritdoc />
    public override void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_count == 0)
        {
            _source.WriteTo(writer);
            return;
        }
        var output = new TextSegmentWriter(writer);
        VisitSegments(_source.GetText(), ref output);
    }

    /// <inheritdoc />
    public override SourceMap? GetMap(SourceMapOptions? options = null) =>
        _count == 0 ? _source.GetMap(options) : SourceMapBuilder.Build(this, options);

    /// <inheritdoc />
    public override GeneratedSourceInfo StreamChunks(StreamChunksOptions options, IStreamChunksHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Sort();
        var streamer = new Streamer(_edits, _count, handler, options.FinalSource);
        var info = _source.StreamChunks(options with { FinalSource = false }, streamer);
        return streamer.Finish(info);
    }

    /// <inheritdoc />
    public override void UpdateHash(IHashSink hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        Sort();
        hash.Append("ReplaceSource");
        _source.UpdateHash(hash);
        hash.Append(Name ?? "");
        Span<char> digits = stackalloc char[24];
        for (var i = 0; i < _count; i++)
        {
            ref readonly var edit = ref _edits[i];
            edit.Start.TryFormat(digits, out var startLength, default, CultureInfo.InvariantCulture);
            edit.End.TryFormat(digits[startLength..], out var endLength, default, CultureInfo.InvariantCulture);
            hash.Append(digits[..(startLength + endLength)]);
            hash.Append(edit.Content);
            if (!string.IsNullOrEmpty(edit.Name))
            {
                hash.Append(edit.Name);
            }
        }
    }

    private void Add(int start, int end, string content, string? name, bool late = false)
    {
        if (_count == _edits.Length)
        {
            Array.Resize(ref _edits, Math.Max(8, _count * 2));
        }
        if (_count > 0)
        {
            ref readonly var last = ref _edits[_count - 1];
            if (start < last.Start || (start == last.Start && (end < last.End || (end == last.End && last.Late && !late))))
            {
                _isSorted = false;
            }
        }
        _edits[_count] = new Edit(start, end, content, name, _count, late);
        _count++;
    }

    private void Sort()
    {
        if (_isSorted)
        {
            return;
        }
        _edits.AsSpan(0, _count).Sort(default(EditComparer));
        _isSorted = true;
    }

    // The output as pieces: original text between edits, and each edit's content.
    private void VisitSegments<TVisitor>(string original, ref TVisitor visitor)
        where TVisitor : ISegmentVisitor, allows ref struct
    {
        Sort();
        var length = original.Length;
        var pos = 0;
        for (var i = 0; i < _count; i++)
        {
            ref readonly var edit = ref _edits[i];
            var start = edit.Start;
            var end = edit.End + 1;
            if (pos < start)
            {
                if (pos < length)
                {
                    visitor.Visit(original.AsSpan(pos, Math.Min(start, length) - pos));
                }
                pos = start;
            }
            visitor.Visit(edit.Content);
            if (pos < end)
            {
                pos = end;
            }
        }
        if (pos < length)
        {
            visitor.Visit(original.AsSpan(pos));
        }
    }

    // Late: an insertion after the other insertions at its position (webpack's end of p - 0.5).
    private readonly record struct Edit(int Start, int End, string Content, string? Name, int Index, bool Late = false);

    private readonly struct EditComparer : IComparer<Edit>
    {
        public int Compare(Edit x, Edit y)
        {
            if (x.Start != y.Start)
            {
                return x.Start < y.Start ? -1 : 1;
            }
            if (x.End != y.End)
            {
                return x.End < y.End ? -1 : 1;
            }
            if (x.Late != y.Late)
            {
                return x.Late ? 1 : -1;
            }
            return x.Index.CompareTo(y.Index);
        }
    }
}
