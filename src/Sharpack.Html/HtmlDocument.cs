// The tree HtmlParser builds: nodes in one growable array of structs (no object per node),
// linked as the DOM links them (parent, first and last child, siblings) so the tree builder can
// insert before a node (foster parenting) and move children (the adoption agency). A node keeps
// where its start tag (or text, comment, DOCTYPE) and its end tag are in the source.

namespace Sharpack.Html;

/// <summary>The kinds of node of an <see cref="HtmlDocument"/>.</summary>
public enum HtmlNodeKind : byte
{
    /// <summary>The document (node 0).</summary>
    Document,
    /// <summary>A DOCTYPE.</summary>
    DocumentType,
    /// <summary>An element.</summary>
    Element,
    /// <summary>Text.</summary>
    Text,
    /// <summary>A comment.</summary>
    Comment,
    /// <summary>A template's contents (a document fragment).</summary>
    Fragment,
}

/// <summary>The namespaces of elements.</summary>
public enum HtmlNamespace : byte
{
    /// <summary>http://www.w3.org/1999/xhtml</summary>
    Html,
    /// <summary>http://www.w3.org/2000/svg</summary>
    Svg,
    /// <summary>http://www.w3.org/1998/Math/MathML</summary>
    MathMl,
}

/// <summary>A parsed HTML document.</summary>
public sealed class HtmlDocument
{
    internal struct Node
    {
        public HtmlNodeKind Kind;
        public HtmlNamespace Namespace;
        public string Name;
        public string? Text;
        public HtmlAttribute[]? Attributes;
        public int Parent;
        public int FirstChild;
        public int LastChild;
        public int Next;
        public int Previous;
        public int Content;
        public int Start;
        public int End;
        public int EndTagStart;
        public int EndTagEnd;
    }

    // Nodes in chunks of 4,096: growing never copies, and a small document takes one small chunk.
    private const int ChunkBits = 12;
    private Node[][] _chunks = [new Node[64]];

    // A DOCTYPE's public and system identifiers (rare: kept out of every node).
    internal readonly Dictionary<int, (string? PublicId, string? SystemId)> DoctypeIds = [];

    internal HtmlDocument(string source)
    {
        Source = source;
        Add(new Node { Kind = HtmlNodeKind.Document, Name = "#document" });
    }

    /// <summary>The source the document was parsed from.</summary>
    public string Source { get; }

    /// <summary>How many nodes the document has (node 0 is the document).</summary>
    public int Count { get; private set; }

    /// <summary>The document's mode, from its DOCTYPE (§13.2.6.4.1).</summary>
    public HtmlDocumentMode Mode { get; internal set; }

    /// <summary>The parse errors of the tokenizer and the tree builder.</summary>
    public List<HtmlParseError> Errors { get; } = [];

    /// <summary>The document node.</summary>
    public HtmlNode Root => new(this, 0);

    /// <summary>Node <paramref name="id"/>.</summary>
    public HtmlNode this[int id] => new(this, id);

    internal ref Node At(int id) => ref _chunks[id >> ChunkBits][id & ((1 << ChunkBits) - 1)];

    internal int Add(Node node)
    {
        var chunk = Count >> ChunkBits;
        var index = Count & ((1 << ChunkBits) - 1);
        if (chunk == _chunks.Length)
        {
            Array.Resize(ref _chunks, _chunks.Length + 1);
            _chunks[chunk] = new Node[1 << ChunkBits];
        }
        else if (index == _chunks[chunk].Length)
        {
            // The first chunk starts small and doubles up to the chunk size.
            Array.Resize(ref _chunks[chunk], Math.Min(_chunks[chunk].Length * 2, 1 << ChunkBits));
        }
        node.Parent = node.FirstChild = node.LastChild = node.Next = node.Previous = -1;
        if (node.Kind != HtmlNodeKind.Element)
            node.Content = -1;
        _chunks[chunk][index] = node;
        return Count++;
    }

    // Inserts `child` into `parent` before `before` (-1: at the end), taking it from where it was.
    internal void Insert(int parent, int child, int before)
    {
        Detach(child);
        ref var node = ref At(child);
        ref var into = ref At(parent);
        node.Parent = parent;
        if (before < 0)
        {
            node.Previous = into.LastChild;
            node.Next = -1;
            if (into.LastChild >= 0)
                At(into.LastChild).Next = child;
            else
                into.FirstChild = child;
            into.LastChild = child;
            return;
        }
        ref var next = ref At(before);
        node.Next = before;
        node.Previous = next.Previous;
        if (next.Previous >= 0)
            At(next.Previous).Next = child;
        else
            into.FirstChild = child;
        next.Previous = child;
    }

    internal void Detach(int child)
    {
        ref var node = ref At(child);
        if (node.Parent < 0)
            return;
        ref var parent = ref At(node.Parent);
        if (node.Previous >= 0)
            At(node.Previous).Next = node.Next;
        else
            parent.FirstChild = node.Next;
        if (node.Next >= 0)
            At(node.Next).Previous = node.Previous;
        else
            parent.LastChild = node.Previous;
        node.Parent = node.Next = node.Previous = -1;
    }
}

/// <summary>The modes of §13.2.6.4.1.</summary>
public enum HtmlDocumentMode : byte
{
    /// <summary>no-quirks</summary>
    NoQuirks,
    /// <summary>quirks</summary>
    Quirks,
    /// <summary>limited-quirks</summary>
    LimitedQuirks,
}

/// <summary>A node of an <see cref="HtmlDocument"/> (a handle: the document and an index).</summary>
public readonly struct HtmlNode(HtmlDocument document, int id) : IEquatable<HtmlNode>
{
    /// <summary>The document.</summary>
    public HtmlDocument Document { get; } = document;

    /// <summary>The node's index in the document.</summary>
    public int Id { get; } = id;

    /// <summary>The node's kind.</summary>
    public HtmlNodeKind Kind => Document.At(Id).Kind;

    /// <summary>An element's local name (lowercase for HTML; SVG's camelCase names adjusted), or "#text" and the like.</summary>
    public string Name => Document.At(Id).Name;

    /// <summary>An element's namespace.</summary>
    public HtmlNamespace Namespace => Document.At(Id).Namespace;

    /// <summary>A text node's or comment's data, or a DOCTYPE's name.</summary>
    public string? Text => Document.At(Id).Text;

    /// <summary>A DOCTYPE's public identifier.</summary>
    public string? PublicId => Document.DoctypeIds.TryGetValue(Id, out var ids) ? ids.PublicId : null;

    /// <summary>A DOCTYPE's system identifier.</summary>
    public string? SystemId => Document.DoctypeIds.TryGetValue(Id, out var ids) ? ids.SystemId : null;

    /// <summary>An element's attributes (foreign ones with their adjusted names, e.g. <c>xlink:href</c>).</summary>
    public ReadOnlySpan<HtmlAttribute> Attributes => Document.At(Id).Attributes;

    /// <summary>Where the node starts in the source (its start tag); -1 for nodes the parser made up.</summary>
    public int Start => Document.At(Id).Start;

    /// <summary>Where its start tag (or text, comment, DOCTYPE) ends; -1 for nodes the parser made up.</summary>
    public int End => Document.At(Id).End;

    /// <summary>Where its end tag starts, or -1 when it has none in the source.</summary>
    public int EndTagStart => Document.At(Id).EndTagStart;

    /// <summary>Where its end tag ends, or -1.</summary>
    public int EndTagEnd => Document.At(Id).EndTagEnd;

    /// <summary>The parent, or null.</summary>
    public HtmlNode? Parent => Link(Document.At(Id).Parent);

    /// <summary>The first child, or null.</summary>
    public HtmlNode? FirstChild => Link(Document.At(Id).FirstChild);

    /// <summary>The next sibling, or null.</summary>
    public HtmlNode? NextSibling => Link(Document.At(Id).Next);

    /// <summary>A template element's contents (a fragment), or null.</summary>
    public HtmlNode? Content => Link(Document.At(Id).Content);

    /// <summary>The children, in order.</summary>
    public IEnumerable<HtmlNode> Children
    {
        get
        {
            for (var child = FirstChild; child is { } node; child = node.NextSibling)
                yield return node;
        }
    }

    /// <summary>The value of the attribute named <paramref name="name"/>, or null.</summary>
    public string? Attribute(string name)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Name == name)
                return attribute.Value;
        }
        return null;
    }

    private HtmlNode? Link(int id) => id < 0 ? null : new HtmlNode(Document, id);

    /// <inheritdoc/>
    public bool Equals(HtmlNode other) => ReferenceEquals(Document, other.Document) && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is HtmlNode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Id;

    /// <summary>Whether two handles name the same node.</summary>
    public static bool operator ==(HtmlNode left, HtmlNode right) => left.Equals(right);

    /// <summary>Whether two handles name different nodes.</summary>
    public static bool operator !=(HtmlNode left, HtmlNode right) => !left.Equals(right);
}
