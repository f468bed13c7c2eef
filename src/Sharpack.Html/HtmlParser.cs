// The tree builder of WHATWG HTML §13.2.6 over HtmlTokenizer: insertion modes, the stack of open
// elements, the list of active formatting elements (with the Noah's Ark clause and the adoption
// agency algorithm), foster parenting, templates and foreign content, building an HtmlDocument.
// This file holds the parser's state and the algorithms the modes share (§13.2.4, §13.2.6.1–3);
// the modes are in HtmlParser.*.cs, each named by its section.

namespace Sharpack.Html;

/// <summary>Options of <see cref="HtmlParser.Parse(string, HtmlParseOptions?)"/>.</summary>
public sealed class HtmlParseOptions
{
    /// <summary>The scripting flag (§13.2.4.5): with it, <c>&lt;noscript&gt;</c> holds raw text, as browsers parse. On by default.</summary>
    public bool Scripting { get; init; } = true;
}

/// <summary>Parses HTML documents as WHATWG HTML §13.2 does.</summary>
public static class HtmlParser
{
    /// <summary>Parses <paramref name="source"/> (a leading BOM is the caller's to drop) into a document.</summary>
    public static HtmlDocument Parse(string source, HtmlParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var builder = new HtmlTreeBuilder(source, options ?? new HtmlParseOptions());
        return builder.Run();
    }

    /// <summary>
    /// Parses <paramref name="source"/> as the contents of an element named <paramref name="context"/>
    /// (§13.4, the fragment parsing algorithm: <c>innerHTML</c>); the fragment's nodes are the
    /// returned document's root's children.
    /// </summary>
    public static HtmlDocument ParseFragment(string source, string context, HtmlNamespace contextNamespace = HtmlNamespace.Html, HtmlParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(context);
        var builder = new HtmlTreeBuilder(source, options ?? new HtmlParseOptions());
        return builder.RunFragment(context, contextNamespace);
    }
}

internal sealed partial class HtmlTreeBuilder
{
    private enum Mode : byte
    {
        Initial, BeforeHtml, BeforeHead, InHead, InHeadNoscript, AfterHead, InBody, Text, InTable, InTableText, InCaption,
        InColumnGroup, InTableBody, InRow, InCell, InTemplate, AfterBody, InFrameset,
        AfterFrameset, AfterAfterBody, AfterAfterFrameset,
    }

    // A start or end tag as the modes see it (the tokenizer's, or one the parser acts as if it saw).
    private sealed class Tag(string name, HtmlAttribute[] attributes, bool selfClosing, int start, int end)
    {
        public string Name { get; } = name;
        public HtmlAttribute[] Attributes { get; set; } = attributes;
        public bool SelfClosing { get; } = selfClosing;
        public int Start { get; } = start;
        public int End { get; } = end;
        public bool SelfClosingAcknowledged { get; set; }

        public string? Attribute(string attributeName)
        {
            foreach (var attribute in Attributes)
            {
                if (attribute.Name == attributeName)
                    return attribute.Value;
            }
            return null;
        }
    }

    private enum Characters : byte { Whitespace, Null, Other }

    private readonly HtmlParseOptions _options;
    private readonly HtmlTokenizer _tokenizer;
    private readonly HtmlDocument _document;

    private Mode _mode = Mode.Initial;
    private Mode _originalMode;
    private readonly List<Mode> _templateModes = [];
    private readonly List<int> _open = [];
    // Active formatting elements; -1 is a marker. Each entry's tag (for recreating it) is its node's.
    private readonly List<int> _formatting = [];
    private int _head = -1;
    private int _form = -1;
    private bool _framesetOk = true;
    private bool _fosterParenting;
    private readonly System.Text.StringBuilder _pendingTableText = new();
    private bool _pendingTableTextHasNonWhitespace;
    private bool _skipNextNewline;
    private bool _stopped;

    public HtmlTreeBuilder(string source, HtmlParseOptions options)
    {
        _options = options;
        _tokenizer = new HtmlTokenizer(source);
        _document = new HtmlDocument(source);
    }

    public HtmlDocument Run()
    {
        while (!_stopped)
        {
            var token = _tokenizer.Next();
            // A newline right after <pre>, <listing> or <textarea> is dropped: only in the very next token.
            var skipNewline = _skipNextNewline;
            _skipNextNewline = false;
            switch (token.Kind)
            {
                case HtmlTokenKind.Character:
                    ProcessCharacterRun(token.Data, token.Start, skipNewline);
                    break;
                case HtmlTokenKind.StartTag:
                    {
                        var tag = new Tag(token.Name!, [.. token.Attributes], token.SelfClosing, token.Start, token.End);
                        Dispatch(tag, start: true);
                        if (tag.SelfClosing && !tag.SelfClosingAcknowledged)
                            Error(tag.Start, "non-void-html-element-start-tag-with-trailing-solidus");
                        break;
                    }
                case HtmlTokenKind.EndTag:
                    Dispatch(new Tag(token.Name!, [], false, token.Start, token.End), start: false);
                    break;
                case HtmlTokenKind.Comment:
                    DispatchComment(token.Data, token.Start, token.End);
                    break;
                case HtmlTokenKind.Doctype:
                    DispatchDoctype(token);
                    break;
                case HtmlTokenKind.EndOfFile:
                    DispatchEof();
                    _stopped = true;
                    break;
            }
            _tokenizer.AllowCdata = AdjustedCurrentNode >= 0 && Node(AdjustedCurrentNode).Namespace != HtmlNamespace.Html;
        }
        foreach (var (id, builder) in _growingText)
            Node(id).Text = builder.ToString();
        _growingText.Clear();
        _document.Errors.AddRange(_tokenizer.Errors);
        _document.Errors.AddRange(_errors);
        _document.Errors.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return _document;
    }

    private readonly List<HtmlParseError> _errors = [];

    // Text nodes appended to more than once, with their text so far.
    private readonly Dictionary<int, System.Text.StringBuilder> _growingText = [];

    private void Error(int offset, string code) => _errors.Add(new HtmlParseError(offset, code));

    // A run of characters goes to the modes in pieces: whitespace, NUL, and other characters
    // (the modes treat each kind differently, a character at a time in the standard).
    private void ProcessCharacterRun(string data, int start, bool skipNewline)
    {
        var i = skipNewline && data.Length > 0 && data[0] == '\n' ? 1 : 0;
        // In body and in text the kinds differ only in whether the run has anything but whitespace
        // (NUL aside): the run goes whole (most text).
        if (_mode is Mode.InBody or Mode.Text && (AdjustedCurrentNode < 0 || Node(AdjustedCurrentNode).Namespace == HtmlNamespace.Html)
            && data.AsSpan(i).IndexOf('\0') < 0)
        {
            if (i < data.Length)
            {
                var other = data.AsSpan(i).IndexOfAnyExcept("\t\n\f\r ") >= 0;
                DispatchCharacters(i == 0 ? data : data[i..], other ? Characters.Other : Characters.Whitespace, start + i);
            }
            return;
        }
        while (i < data.Length)
        {
            var kind = KindOf(data[i]);
            var end = i + 1;
            while (end < data.Length && KindOf(data[end]) == kind)
                end++;
            DispatchCharacters(data.Substring(i, end - i), kind, start);
            i = end;
        }
    }

    private static Characters KindOf(char c) => c switch
    {
        '\t' or '\n' or '\f' or '\r' or ' ' => Characters.Whitespace,
        '\0' => Characters.Null,
        _ => Characters.Other,
    };

    private ref HtmlDocument.Node Node(int id) => ref _document.At(id);

    private int CurrentNode => _open.Count > 0 ? _open[^1] : -1;

    // The context element of a fragment parse (not in the tree), or -1.
    private int _context = -1;

    // §13.2.4.2: the context element when parsing a fragment and only the root html is open.
    private int AdjustedCurrentNode => _context >= 0 && _open.Count == 1 ? _context : CurrentNode;

    public HtmlDocument RunFragment(string context, HtmlNamespace contextNamespace)
    {
        if (contextNamespace == HtmlNamespace.Svg && HtmlElements.SvgTagNames.TryGetValue(context, out var adjusted))
            context = adjusted;
        _context = CreateElement(new Tag(context, [], false, -1, -1), contextNamespace);
        if (contextNamespace == HtmlNamespace.Html)
        {
            _tokenizer.State = context switch
            {
                "title" or "textarea" => HtmlTokenizerState.Rcdata,
                "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlTokenizerState.Rawtext,
                "noscript" when _options.Scripting => HtmlTokenizerState.Rawtext,
                "script" => HtmlTokenizerState.ScriptData,
                "plaintext" => HtmlTokenizerState.Plaintext,
                _ => HtmlTokenizerState.Data,
            };
        }
        var root = CreateElement(new Tag("html", [], false, -1, -1), HtmlNamespace.Html);
        _document.Insert(0, root, -1);
        _open.Add(root);
        if (contextNamespace == HtmlNamespace.Html && context == "template")
            _templateModes.Add(Mode.InTemplate);
        ResetInsertionMode();
        _tokenizer.AllowCdata = contextNamespace != HtmlNamespace.Html;
        Run();
        // The fragment is the root html element's children, moved to the document.
        while (_document.At(root).FirstChild >= 0)
            _document.Insert(0, _document.At(root).FirstChild, root);
        _document.Detach(root);
        return _document;
    }

    private bool IsHtml(int id, string name)
    {
        ref var node = ref Node(id);
        return node.Namespace == HtmlNamespace.Html && node.Kind == HtmlNodeKind.Element && node.Name == name;
    }

    private bool IsHtmlOneOf(int id, HashSet<string> names)
    {
        ref var node = ref Node(id);
        return node.Namespace == HtmlNamespace.Html && names.Contains(node.Name);
    }

    private bool IsSpecial(int id)
    {
        ref var node = ref Node(id);
        return node.Namespace switch
        {
            HtmlNamespace.Html => HtmlElements.SpecialHtml.Contains(node.Name),
            HtmlNamespace.MathMl => node.Name is "mi" or "mo" or "mn" or "ms" or "mtext" or "annotation-xml",
            _ => node.Name is "foreignObject" or "desc" or "title",
        };
    }

    // §13.2.6.1: where a node goes: the target (the current node, or an override), or, when foster
    // parenting applies to a table element, before the last table (or in the template, or html).
    private (int Parent, int Before) AppropriatePlace(int target = -1)
    {
        if (target < 0)
            target = CurrentNode;
        int parent;
        var before = -1;
        if (_fosterParenting && IsHtmlOneOf(target, s_tableLike))
        {
            var lastTemplate = LastOpen("template");
            var lastTable = LastOpen("table");
            if (lastTemplate >= 0 && (lastTable < 0 || lastTemplate > lastTable))
            {
                parent = Node(_open[lastTemplate]).Content;
            }
            else if (lastTable < 0)
            {
                parent = _open[0];
            }
            else if (Node(_open[lastTable]).Parent >= 0)
            {
                parent = Node(_open[lastTable]).Parent;
                before = _open[lastTable];
            }
            else
            {
                parent = _open[lastTable - 1];
            }
        }
        else
        {
            parent = target;
        }
        if (Node(parent).Kind == HtmlNodeKind.Element && Node(parent).Namespace == HtmlNamespace.Html && Node(parent).Name == "template")
            parent = Node(parent).Content;
        return (parent, before);
    }

    private static readonly HashSet<string> s_tableLike = new(StringComparer.Ordinal) { "table", "tbody", "tfoot", "thead", "tr" };

    // The index in the stack of the last open HTML element named `name`, or -1.
    private int LastOpen(string name)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (IsHtml(_open[i], name))
                return i;
        }
        return -1;
    }

    private int CreateElement(Tag tag, HtmlNamespace ns)
    {
        var id = _document.Add(new HtmlDocument.Node
        {
            Kind = HtmlNodeKind.Element,
            Namespace = ns,
            Name = tag.Name,
            Attributes = tag.Attributes,
            Start = tag.Start,
            End = tag.End,
            EndTagStart = -1,
            EndTagEnd = -1,
            Content = -1,
        });
        if (ns == HtmlNamespace.Html && tag.Name == "template")
        {
            var content = _document.Add(new HtmlDocument.Node { Kind = HtmlNodeKind.Fragment, Name = "#document-fragment", Start = -1, End = -1, EndTagStart = -1, EndTagEnd = -1 });
            Node(id).Content = content;
        }
        return id;
    }

    // §13.2.6.1 "insert a foreign element" (also for HTML elements): at the appropriate place, pushed.
    private int InsertElement(Tag tag, HtmlNamespace ns = HtmlNamespace.Html)
    {
        var (parent, before) = AppropriatePlace();
        var id = CreateElement(tag, ns);
        _document.Insert(parent, id, before);
        _open.Add(id);
        return id;
    }

    private void InsertCharacters(string data, int start)
    {
        var (parent, before) = AppropriatePlace();
        if (Node(parent).Kind == HtmlNodeKind.Document)
            return;
        var previous = before >= 0 ? Node(before).Previous : Node(parent).LastChild;
        if (previous >= 0 && Node(previous).Kind == HtmlNodeKind.Text)
        {
            // Text appended to a text node is gathered in a builder (a long run of appends stays linear).
            if (!_growingText.TryGetValue(previous, out var builder))
                _growingText[previous] = builder = new System.Text.StringBuilder(Node(previous).Text);
            builder.Append(data);
            Node(previous).End = Math.Max(Node(previous).End, start + data.Length);
            return;
        }
        var id = _document.Add(new HtmlDocument.Node { Kind = HtmlNodeKind.Text, Name = "#text", Text = data, Start = start, End = start + data.Length, EndTagStart = -1, EndTagEnd = -1 });
        _document.Insert(parent, id, before);
    }

    private void InsertComment(string data, int start, int end, int parent = -1)
    {
        var before = -1;
        if (parent < 0)
            (parent, before) = AppropriatePlace();
        var id = _document.Add(new HtmlDocument.Node { Kind = HtmlNodeKind.Comment, Name = "#comment", Text = data, Start = start, End = end, EndTagStart = -1, EndTagEnd = -1 });
        _document.Insert(parent, id, before);
    }

    // Pops the current node, noting where its end tag is when `end` is the tag that closed it.
    private void Pop(Tag? end = null)
    {
        var id = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        if (end is not null && Node(id).Name == end.Name)
        {
            Node(id).EndTagStart = end.Start;
            Node(id).EndTagEnd = end.End;
        }
    }

    // Pops until an HTML element named `name` has been popped.
    private void PopUntil(string name, Tag? end = null)
    {
        while (_open.Count > 0)
        {
            var id = _open[^1];
            var done = IsHtml(id, name);
            Pop(done ? end : null);
            if (done)
                return;
        }
    }

    private void PopUntilOneOf(HashSet<string> names)
    {
        while (_open.Count > 0)
        {
            var done = IsHtmlOneOf(_open[^1], names);
            Pop();
            if (done)
                return;
        }
    }

    private void Remove(int id)
    {
        var index = _open.LastIndexOf(id);
        if (index >= 0)
            _open.RemoveAt(index);
    }

    // §13.2.6.3.
    private void GenerateImpliedEndTags(string? except = null)
    {
        while (_open.Count > 0)
        {
            ref var node = ref Node(_open[^1]);
            if (node.Namespace != HtmlNamespace.Html || !HtmlElements.ImpliedEndTags.Contains(node.Name) || node.Name == except)
                return;
            Pop();
        }
    }

    private void GenerateImpliedEndTagsThoroughly()
    {
        while (_open.Count > 0 && IsHtmlOneOf(_open[^1], HtmlElements.ImpliedEndTagsThoroughly))
            Pop();
    }

    private enum Scope : byte { Default, ListItem, Button, Table }

    // §13.2.4.2: whether an HTML element named `name` is in the given scope.
    private bool InScope(string name, Scope scope = Scope.Default)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var id = _open[i];
            if (IsHtml(id, name))
                return true;
            if (IsScopeBoundary(id, scope))
                return false;
        }
        return false;
    }

    private bool InScopeAny(HashSet<string> names, Scope scope = Scope.Default)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var id = _open[i];
            if (IsHtmlOneOf(id, names))
                return true;
            if (IsScopeBoundary(id, scope))
                return false;
        }
        return false;
    }

    // Whether a specific element (by node) is in scope.
    private bool NodeInScope(int target)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var id = _open[i];
            if (id == target)
                return true;
            if (IsScopeBoundary(id, Scope.Default))
                return false;
        }
        return false;
    }

    private bool IsScopeBoundary(int id, Scope scope)
    {
        ref var node = ref Node(id);
        switch (scope)
        {
            case Scope.Table:
                return node.Namespace == HtmlNamespace.Html && node.Name is "html" or "table" or "template";
        }
        switch (node.Namespace)
        {
            case HtmlNamespace.Html:
                if (node.Name is "applet" or "caption" or "html" or "table" or "td" or "th" or "marquee" or "object" or "template")
                    return true;
                return scope switch
                {
                    Scope.ListItem => node.Name is "ol" or "ul",
                    Scope.Button => node.Name == "button",
                    _ => false,
                };
            case HtmlNamespace.MathMl:
                return node.Name is "mi" or "mo" or "mn" or "ms" or "mtext" or "annotation-xml";
            default:
                return node.Name is "foreignObject" or "desc" or "title";
        }
    }

    // §13.2.4.3: push onto the list of active formatting elements, at most three alike after the last marker.
    private void PushFormatting(int id)
    {
        var count = 0;
        var earliest = -1;
        for (var i = _formatting.Count - 1; i >= 0 && _formatting[i] >= 0; i--)
        {
            if (SameTagAndAttributes(_formatting[i], id))
            {
                count++;
                earliest = i;
            }
        }
        if (count >= 3)
            _formatting.RemoveAt(earliest);
        _formatting.Add(id);
    }

    private bool SameTagAndAttributes(int a, int b)
    {
        ref var first = ref Node(a);
        ref var second = ref Node(b);
        if (first.Name != second.Name || first.Namespace != second.Namespace)
            return false;
        var left = first.Attributes ?? [];
        var right = second.Attributes ?? [];
        if (left.Length != right.Length)
            return false;
        foreach (var attribute in left)
        {
            var found = false;
            foreach (var other in right)
            {
                if (other.Name == attribute.Name && other.Value == attribute.Value)
                {
                    found = true;
                    break;
                }
            }
            if (!found)
                return false;
        }
        return true;
    }

    // §13.2.4.3: reconstruct the active formatting elements.
    private void ReconstructFormatting()
    {
        if (_formatting.Count == 0)
            return;
        var last = _formatting[^1];
        if (last < 0 || _open.Contains(last))
            return;
        var index = _formatting.Count - 1;
        while (index > 0)
        {
            var entry = _formatting[index - 1];
            if (entry < 0 || _open.Contains(entry))
                break;
            index--;
        }
        for (; index < _formatting.Count; index++)
        {
            var entry = _formatting[index];
            ref var node = ref Node(entry);
            var clone = InsertElement(new Tag(node.Name, WithoutOffsets(node.Attributes), false, -1, -1));
            _formatting[index] = clone;
        }
    }

    // A clone (the adoption agency's, a reconstructed formatting element) is written nowhere in the
    // source: its attributes have no offsets, so nothing rewrites the original's value twice.
    private static HtmlAttribute[] WithoutOffsets(HtmlAttribute[]? attributes)
    {
        if (attributes is null || attributes.Length == 0)
            return [];
        var copy = new HtmlAttribute[attributes.Length];
        for (var i = 0; i < copy.Length; i++)
            copy[i] = attributes[i] with { NameStart = -1, NameEnd = -1, ValueStart = -1, ValueEnd = -1 };
        return copy;
    }

    private void ClearFormattingToMarker()
    {
        while (_formatting.Count > 0)
        {
            var entry = _formatting[^1];
            _formatting.RemoveAt(_formatting.Count - 1);
            if (entry < 0)
                return;
        }
    }

    // §13.2.4.1: reset the insertion mode appropriately.
    private void ResetInsertionMode()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var id = _open[i];
            var last = i == 0;
            if (last && _context >= 0)
                id = _context;
            ref var node = ref Node(id);
            if (node.Namespace != HtmlNamespace.Html)
            {
                if (last)
                {
                    _mode = Mode.InBody;
                    return;
                }
                continue;
            }
            switch (node.Name)
            {
                case "td" or "th" when !last: _mode = Mode.InCell; return;
                case "tr": _mode = Mode.InRow; return;
                case "tbody" or "thead" or "tfoot": _mode = Mode.InTableBody; return;
                case "caption": _mode = Mode.InCaption; return;
                case "colgroup": _mode = Mode.InColumnGroup; return;
                case "table": _mode = Mode.InTable; return;
                case "template": _mode = _templateModes[^1]; return;
                case "head" when !last: _mode = Mode.InHead; return;
                case "body": _mode = Mode.InBody; return;
                case "frameset": _mode = Mode.InFrameset; return;
                case "html": _mode = _head < 0 ? Mode.BeforeHead : Mode.AfterHead; return;
            }
            if (last)
            {
                _mode = Mode.InBody;
                return;
            }
        }
    }

    // Closes a p element (§13.2.6.4.7).
    private void CloseP(Tag? end = null)
    {
        GenerateImpliedEndTags("p");
        if (!IsHtml(CurrentNode, "p"))
            Error(end?.Start ?? -1, "end-tag-without-matching-open-element");
        PopUntil("p", end);
    }

    private void CloseIfPInButtonScope()
    {
        if (InScope("p", Scope.Button))
            CloseP();
    }

    // §13.2.6.2: the generic raw text and RCDATA element parsing algorithms.
    private void ParseText(Tag tag, HtmlTokenizerState state)
    {
        InsertElement(tag);
        _tokenizer.State = state;
        _originalMode = _mode;
        _mode = Mode.Text;
    }
}
