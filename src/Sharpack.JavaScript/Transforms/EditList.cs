// The edits a transform makes to the source text, and the text they make. Edits never overlap;
// an edit that generates code from a range holding other edits (an enum's initializers, a JSX
// element's attributes, a namespace's body) first renders that range, which takes those edits
// in, so transforms run inside out. Every piece of output keeps where it came from.

using System.Text;

namespace Sharpack.JavaScript.Transforms;

/// <summary>Code with the segments that map it back to the source (offsets relative to the code).</summary>
internal readonly record struct Rendered(string Text, TransformSegment[] Segments)
{
    public static readonly Rendered Empty = new("", []);
}

/// <summary>Builds generated code from literal text and rendered source ranges.</summary>
internal sealed class CodeBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<TransformSegment> _segments = [];

    public int Length => _text.Length;

    /// <summary>Appends code the transform writes, mapped to the source at <paramref name="original"/>.</summary>
    public CodeBuilder Add(string text, int original)
    {
        if (text.Length == 0)
            return this;
        if (_segments.Count == 0 || _segments[^1].Copied || _segments[^1].Original != original)
            _segments.Add(new TransformSegment(_text.Length, original, Copied: false));
        _text.Append(text);
        return this;
    }

    /// <summary>Appends rendered code with its mappings.</summary>
    public CodeBuilder Add(in Rendered rendered)
    {
        var offset = _text.Length;
        foreach (var segment in rendered.Segments)
            _segments.Add(segment with { Generated = segment.Generated + offset });
        _text.Append(rendered.Text);
        return this;
    }

    /// <summary>Appends <paramref name="parts"/> with <paramref name="separator"/> (mapped to <paramref name="original"/>) between them.</summary>
    public CodeBuilder AddJoined(IReadOnlyList<Rendered> parts, string separator, int original)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
                Add(separator, original);
            Add(parts[i]);
        }
        return this;
    }

    public Rendered Build() => new(_text.ToString(), [.. _segments]);
}

/// <summary>The edits of one transform over one source.</summary>
internal sealed class EditList
{
    private readonly record struct Edit(int Start, int End, Rendered Replacement, int Sequence);

    private readonly string _source;
    private readonly List<Edit> _edits = [];
    private int _sequence;
    private bool _sorted = true;

    public EditList(string source) => _source = source;

    public string Source => _source;

    /// <summary>Removes <c>[start, end)</c>.</summary>
    public void Erase(int start, int end)
    {
        if (end > start)
            Add(start, end, Rendered.Empty);
    }

    /// <summary>Replaces <c>[start, end)</c> with <paramref name="text"/> (mapped to <paramref name="start"/>); inserts when the range is empty.</summary>
    public void Replace(int start, int end, string text) =>
        Add(start, end, text.Length == 0 ? Rendered.Empty : new Rendered(text, [new TransformSegment(0, start, Copied: false)]));

    /// <summary>Inserts <paramref name="text"/> at <paramref name="position"/>.</summary>
    public void Insert(int position, string text) => Replace(position, position, text);

    /// <summary>Replaces <c>[start, end)</c> with rendered code (which took in the edits inside the range).</summary>
    public void Replace(int start, int end, in Rendered code) => Add(start, end, code);

    private void Add(int start, int end, in Rendered replacement)
    {
        if (_edits.Count > 0 && (start < _edits[^1].Start || (start == _edits[^1].Start && end < _edits[^1].End)))
            _sorted = false;
        _edits.Add(new Edit(start, end, replacement, _sequence++));
    }

    /// <summary>True when an edit erases (replaces with nothing) a range starting at <paramref name="position"/>.</summary>
    public int ErasureEndAt(int position)
    {
        Sort();
        var index = FirstAtOrAfter(position);
        for (; index < _edits.Count && _edits[index].Start == position; index++)
        {
            if (_edits[index].End > position && _edits[index].Replacement.Text.Length == 0)
                return _edits[index].End;
        }
        return -1;
    }

    /// <summary>True when an erasure ends exactly at <paramref name="position"/>.</summary>
    public bool HasErasureEndingAt(int position)
    {
        Sort();
        var index = FirstAtOrAfter(position) - 1;
        for (; index >= 0; index--)
        {
            var edit = _edits[index];
            if (edit.End == position && edit.Start < position)
                return edit.Replacement.Text.Length == 0;
            if (edit.End < position)
                return false;
        }
        return false;
    }

    /// <summary>
    /// The text of <c>[start, end)</c> with the edits inside it applied; those edits are taken out
    /// (the caller replaces a range holding this one). An insertion at <paramref name="end"/> stays out.
    /// </summary>
    public Rendered Render(int start, int end) => Render(start, end, includeInsertionsAtEnd: false);

    private Rendered Render(int start, int end, bool includeInsertionsAtEnd)
    {
        Sort();
        var first = FirstAtOrAfter(start);
        var last = first;
        while (last < _edits.Count && (_edits[last].Start < end || (includeInsertionsAtEnd && _edits[last].Start == end)))
        {
            if (_edits[last].End > end)
                throw new InvalidOperationException($"The edit at {_edits[last].Start}-{_edits[last].End} crosses the rendered range {start}-{end}.");
            last++;
        }
        var builder = new CodeBuilder();
        var position = start;
        for (var i = first; i < last; i++)
        {
            var edit = _edits[i];
            if (edit.Start > position)
                AddCopy(builder, position, edit.Start);
            builder.Add(edit.Replacement);
            position = Math.Max(position, edit.End);
        }
        if (end > position)
            AddCopy(builder, position, end);
        _edits.RemoveRange(first, last - first);
        return builder.Build();
    }

    /// <summary>
    /// The code of an expression, to be put in a new place: its range rendered, in the parentheses
    /// it was written in (the tree does not keep them: <c>(a, b)</c> as a JSX child stays one value).
    /// </summary>
    public Rendered RenderExpression(Ast.Node expression)
    {
        var code = Render(expression.Start, expression.End);
        if (!expression.IsParenthesized)
            return code;
        return new CodeBuilder().Add("(", expression.Start).Add(code).Add(")", expression.End).Build();
    }

    /// <summary>The whole output.</summary>
    public Rendered RenderAll() => Render(0, _source.Length, includeInsertionsAtEnd: true);

    private void AddCopy(CodeBuilder builder, int start, int end) =>
        builder.Add(new Rendered(_source.Substring(start, end - start), [new TransformSegment(0, start, Copied: true)]));

    private void Sort()
    {
        if (_sorted)
            return;
        _edits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End != b.End ? a.End.CompareTo(b.End) : a.Sequence.CompareTo(b.Sequence));
        _sorted = true;
    }

    private int FirstAtOrAfter(int position)
    {
        int low = 0, high = _edits.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_edits[middle].Start < position)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
}
