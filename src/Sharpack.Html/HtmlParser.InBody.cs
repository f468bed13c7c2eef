// HtmlTreeBuilder's "in body" insertion mode (§13.2.6.4.7) and the adoption agency algorithm.

namespace Sharpack.Html;

internal sealed partial class HtmlTreeBuilder
{
    private static readonly HashSet<string> s_closesP = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul",
    };

    private static readonly HashSet<string> s_blockEnds = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol", "pre", "search", "section",
        "summary", "ul",
    };

    private static readonly HashSet<string> s_bodyEofAllowed = new(StringComparer.Ordinal)
    {
        "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc", "tbody", "td", "tfoot", "th", "thead", "tr", "body", "html",
    };

    private static readonly HashSet<string> s_ddDt = new(StringComparer.Ordinal) { "dd", "dt" };

    private void InBody(in Tok t)
    {
        switch (t.Type)
        {
            case T.Chars:
                if (t.Kind == Characters.Null)
                {
                    Error(t.Start, "unexpected-null-character");
                    return;
                }
                ReconstructFormatting();
                InsertCharacters(t.Data!, t.Start);
                if (t.Kind == Characters.Other)
                    _framesetOk = false;
                return;
            case T.Comment:
                InsertComment(t.Data!, t.Start, t.End);
                return;
            case T.Doctype:
                Error(t.Start, "misplaced-doctype");
                return;
            case T.Start:
                InBodyStart(t, t.Tag!);
                return;
            case T.End:
                InBodyEnd(t, t.Tag!);
                return;
            case T.Eof:
                if (_templateModes.Count > 0)
                {
                    InTemplate(t);
                    return;
                }
                foreach (var id in _open)
                {
                    if (!IsHtmlOneOf(id, s_bodyEofAllowed))
                    {
                        Error(t.Start, "eof-in-element-that-can-contain-only-text");
                        break;
                    }
                }
                Stop();
                return;
        }
    }

    private void InBodyStart(in Tok t, Tag tag)
    {
        var name = tag.Name;
        switch (name)
        {
            case "html":
                Error(tag.Start, "misplaced-start-tag-for-html-element");
                if (LastOpen("template") >= 0)
                    return;
                AddMissingAttributes(_open[0], tag);
                return;
            case "base" or "basefont" or "bgsound" or "link" or "meta" or "noframes" or "script" or "style" or "template" or "title":
                InHead(t);
                return;
            case "body":
                Error(tag.Start, "misplaced-start-tag-for-body-element");
                if (_open.Count < 2 || !IsHtml(_open[1], "body") || LastOpen("template") >= 0)
                    return;
                _framesetOk = false;
                AddMissingAttributes(_open[1], tag);
                return;
            case "frameset":
                Error(tag.Start, "misplaced-start-tag-for-frameset-element");
                if (_open.Count < 2 || !IsHtml(_open[1], "body") || !_framesetOk)
                    return;
                _document.Detach(_open[1]);
                while (_open.Count > 1)
                    Pop();
                InsertElement(tag);
                _mode = Mode.InFrameset;
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                CloseIfPInButtonScope();
                if (IsHtmlOneOf(CurrentNode, HtmlElements.Headings))
                {
                    Error(tag.Start, "open-elements-left-after-eof");
                    Pop();
                }
                InsertElement(tag);
                return;
            case "pre" or "listing":
                CloseIfPInButtonScope();
                InsertElement(tag);
                _skipNextNewline = true;
                _framesetOk = false;
                return;
            case "form":
                if (_form >= 0 && LastOpen("template") < 0)
                {
                    Error(tag.Start, "form-element-in-form");
                    return;
                }
                CloseIfPInButtonScope();
                var form = InsertElement(tag);
                if (LastOpen("template") < 0)
                    _form = form;
                return;
            case "li":
                ListItem(tag, static name => name == "li");
                return;
            case "dd" or "dt":
                ListItem(tag, static name => name is "dd" or "dt");
                return;
            case "plaintext":
                CloseIfPInButtonScope();
                InsertElement(tag);
                _tokenizer.State = HtmlTokenizerState.Plaintext;
                return;
            case "button":
                if (InScope("button"))
                {
                    Error(tag.Start, "nested-button");
                    GenerateImpliedEndTags();
                    PopUntil("button");
                }
                ReconstructFormatting();
                InsertElement(tag);
                _framesetOk = false;
                return;
            case "a":
                {
                    for (var i = _formatting.Count - 1; i >= 0 && _formatting[i] >= 0; i--)
                    {
                        var entry = _formatting[i];
                        if (!IsHtml(entry, "a"))
                            continue;
                        Error(tag.Start, "nested-a");
                        AdoptionAgency(new Tag("a", [], false, -1, -1));
                        _formatting.Remove(entry);
                        Remove(entry);
                        break;
                    }
                    ReconstructFormatting();
                    PushFormatting(InsertElement(tag));
                    return;
                }
            case "b" or "big" or "code" or "em" or "font" or "i" or "s" or "small" or "strike" or "strong" or "tt" or "u":
                ReconstructFormatting();
                PushFormatting(InsertElement(tag));
                return;
            case "nobr":
                ReconstructFormatting();
                if (InScope("nobr"))
                {
                    Error(tag.Start, "nested-nobr");
                    AdoptionAgency(new Tag("nobr", [], false, -1, -1));
                    ReconstructFormatting();
                }
                PushFormatting(InsertElement(tag));
                return;
            case "applet" or "marquee" or "object":
                ReconstructFormatting();
                InsertElement(tag);
                _formatting.Add(-1);
                _framesetOk = false;
                return;
            case "table":
                if (_document.Mode != HtmlDocumentMode.Quirks)
                    CloseIfPInButtonScope();
                InsertElement(tag);
                _framesetOk = false;
                _mode = Mode.InTable;
                return;
            case "area" or "br" or "embed" or "img" or "keygen" or "wbr":
                ReconstructFormatting();
                InsertElement(tag);
                Pop();
                tag.SelfClosingAcknowledged = true;
                _framesetOk = false;
                return;
            case "input":
                // An input closes an open select (and in a select fragment is dropped).
                if (InScope("select"))
                {
                    Error(tag.Start, "unexpected-input-in-select");
                    PopUntil("select");
                    ResetInsertionMode();
                }
                else if (_context >= 0 && IsHtml(_context, "select"))
                {
                    Error(tag.Start, "unexpected-input-in-select");
                    return;
                }
                ReconstructFormatting();
                InsertElement(tag);
                Pop();
                tag.SelfClosingAcknowledged = true;
                if (!string.Equals(tag.Attribute("type"), "hidden", StringComparison.OrdinalIgnoreCase))
                    _framesetOk = false;
                return;
            case "param" or "source" or "track":
                InsertElement(tag);
                Pop();
                tag.SelfClosingAcknowledged = true;
                return;
            case "hr":
                CloseIfPInButtonScope();
                // In a select, an hr is its separator: it leaves the option or optgroup it was written in.
                if (InScope("select"))
                {
                    GenerateImpliedEndTags();
                    if (InScope("option") || InScope("optgroup"))
                        Error(tag.Start, "unexpected-start-tag");
                }
                InsertElement(tag);
                Pop();
                tag.SelfClosingAcknowledged = true;
                _framesetOk = false;
                return;
            case "image":
                Error(tag.Start, "unexpected-image-tag");
                InBodyStart(t, new Tag("img", tag.Attributes, tag.SelfClosing, tag.Start, tag.End));
                tag.SelfClosingAcknowledged = true;
                return;
            case "textarea":
                InsertElement(tag);
                _skipNextNewline = true;
                _tokenizer.State = HtmlTokenizerState.Rcdata;
                _originalMode = _mode;
                _framesetOk = false;
                _mode = Mode.Text;
                return;
            case "xmp":
                CloseIfPInButtonScope();
                ReconstructFormatting();
                _framesetOk = false;
                ParseText(tag, HtmlTokenizerState.Rawtext);
                return;
            case "iframe":
                _framesetOk = false;
                ParseText(tag, HtmlTokenizerState.Rawtext);
                return;
            case "noembed":
                ParseText(tag, HtmlTokenizerState.Rawtext);
                return;
            case "noscript" when _options.Scripting:
                ParseText(tag, HtmlTokenizerState.Rawtext);
                return;
            case "select":
                ReconstructFormatting();
                if (InScope("select"))
                {
                    // A select in a select closes the first.
                    Error(tag.Start, "unexpected-select-in-select");
                    GenerateImpliedEndTags();
                    PopUntil("select");
                    ResetInsertionMode();
                    return;
                }
                InsertElement(tag);
                _framesetOk = false;
                return;
            case "optgroup" or "option":
                // In a select these end what is open as a list item does (an option spares its optgroup).
                if (InScope("select"))
                {
                    GenerateImpliedEndTags(name == "option" ? "optgroup" : null);
                    if (InScope("option") || (name == "optgroup" && InScope("optgroup")))
                        Error(tag.Start, "unexpected-start-tag-implies-end-tag");
                }
                else if (IsHtml(CurrentNode, "option"))
                {
                    Pop();
                }
                ReconstructFormatting();
                InsertElement(tag);
                return;
            case "rb" or "rtc":
                if (InScope("ruby"))
                {
                    GenerateImpliedEndTags();
                    if (!IsHtml(CurrentNode, "ruby"))
                        Error(tag.Start, "misplaced-start-tag");
                }
                InsertElement(tag);
                return;
            case "rp" or "rt":
                if (InScope("ruby"))
                {
                    GenerateImpliedEndTags("rtc");
                    if (!IsHtml(CurrentNode, "rtc") && !IsHtml(CurrentNode, "ruby"))
                        Error(tag.Start, "misplaced-start-tag");
                }
                InsertElement(tag);
                return;
            case "math":
                ReconstructFormatting();
                tag.Attributes = AdjustMathMlAttributes(tag.Attributes);
                InsertElement(tag, HtmlNamespace.MathMl);
                if (tag.SelfClosing)
                {
                    Pop();
                    tag.SelfClosingAcknowledged = true;
                }
                return;
            case "svg":
                ReconstructFormatting();
                tag.Attributes = AdjustSvgAttributes(tag.Attributes);
                InsertElement(tag, HtmlNamespace.Svg);
                if (tag.SelfClosing)
                {
                    Pop();
                    tag.SelfClosingAcknowledged = true;
                }
                return;
            case "caption" or "col" or "colgroup" or "frame" or "head" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr":
                Error(tag.Start, "misplaced-start-tag");
                return;
        }
        if (s_closesP.Contains(name))
        {
            CloseIfPInButtonScope();
            InsertElement(tag);
            return;
        }
        ReconstructFormatting();
        InsertElement(tag);
    }

    // `li`, `dd`, `dt` start tags: close an open item of the same kind first.
    private void ListItem(Tag tag, Func<string, bool> sameKind)
    {
        _framesetOk = false;
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var id = _open[i];
            ref var node = ref Node(id);
            if (node.Namespace == HtmlNamespace.Html && sameKind(node.Name))
            {
                var name = node.Name;
                GenerateImpliedEndTags(name);
                if (!IsHtml(CurrentNode, name))
                    Error(tag.Start, "end-tag-without-matching-open-element");
                PopUntil(name);
                break;
            }
            if (IsSpecial(id) && !(node.Namespace == HtmlNamespace.Html && node.Name is "address" or "div" or "p"))
                break;
        }
        CloseIfPInButtonScope();
        InsertElement(tag);
    }

    private void AddMissingAttributes(int id, Tag tag)
    {
        ref var node = ref Node(id);
        var attributes = new List<HtmlAttribute>(node.Attributes ?? []);
        foreach (var attribute in tag.Attributes)
        {
            if (!attributes.Exists(a => a.Name == attribute.Name))
                attributes.Add(attribute);
        }
        node.Attributes = [.. attributes];
    }

    private void InBodyEnd(in Tok t, Tag tag)
    {
        var name = tag.Name;
        switch (name)
        {
            case "template":
                InHead(t);
                return;
            case "select":
                if (!InScope("select"))
                {
                    Error(tag.Start, "end-tag-without-matching-open-element");
                    return;
                }
                GenerateImpliedEndTags();
                if (!IsHtml(CurrentNode, "select"))
                    Error(tag.Start, "end-tag-without-matching-open-element");
                PopUntil("select", tag);
                return;
            case "body" or "html":
                if (!InScope("body"))
                {
                    Error(tag.Start, "end-tag-without-matching-open-element");
                    return;
                }
                if (name == "body")
                {
                    Node(_open[1]).EndTagStart = tag.Start;
                    Node(_open[1]).EndTagEnd = tag.End;
                }
                _mode = Mode.AfterBody;
                if (name == "html")
                    Process(t);
                return;
            case "form":
                if (LastOpen("template") < 0)
                {
                    var node = _form;
                    _form = -1;
                    if (node < 0 || !NodeInScope(node))
                    {
                        Error(tag.Start, "end-tag-without-matching-open-element");
                        return;
                    }
                    GenerateImpliedEndTags();
                    if (CurrentNode != node)
                        Error(tag.Start, "end-tag-without-matching-open-element");
                    Node(node).EndTagStart = tag.Start;
                    Node(node).EndTagEnd = tag.End;
                    Remove(node);
                }
                else
                {
                    if (!InScope("form"))
                    {
                        Error(tag.Start, "end-tag-without-matching-open-element");
                        return;
                    }
                    GenerateImpliedEndTags();
                    if (!IsHtml(CurrentNode, "form"))
                        Error(tag.Start, "end-tag-without-matching-open-element");
                    PopUntil("form", tag);
                }
                return;
            case "p":
                if (!InScope("p", Scope.Button))
                {
                    Error(tag.Start, "end-tag-without-matching-open-element");
                    InsertElement(new Tag("p", [], false, -1, -1));
                }
                CloseP(tag);
                return;
            case "li":
                EndItem(tag, Scope.ListItem);
                return;
            case "dd" or "dt":
                EndItem(tag, Scope.Default);
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                if (!InScopeAny(HtmlElements.Headings))
                {
                    Error(tag.Start, "end-tag-without-matching-open-element");
                    return;
                }
                GenerateImpliedEndTags();
                if (!IsHtml(CurrentNode, name))
                    Error(tag.Start, "end-tag-without-matching-open-element");
                while (_open.Count > 0)
                {
                    var done = IsHtmlOneOf(CurrentNode, HtmlElements.Headings);
                    Pop(done && Node(CurrentNode).Name == name ? tag : null);
                    if (done)
                        break;
                }
                return;
            case "a" or "b" or "big" or "code" or "em" or "font" or "i" or "nobr" or "s" or "small" or "strike" or "strong" or "tt" or "u":
                AdoptionAgency(tag);
                return;
            case "applet" or "marquee" or "object":
                if (!InScope(name))
                {
                    Error(tag.Start, "end-tag-without-matching-open-element");
                    return;
                }
                GenerateImpliedEndTags();
                if (!IsHtml(CurrentNode, name))
                    Error(tag.Start, "end-tag-without-matching-open-element");
                PopUntil(name, tag);
                ClearFormattingToMarker();
                return;
            case "br":
                Error(tag.Start, "end-tag-without-matching-open-element");
                InBodyStart(t, new Tag("br", [], false, tag.Start, tag.End));
                return;
        }
        if (s_blockEnds.Contains(name))
        {
            if (!InScope(name))
            {
                Error(tag.Start, "end-tag-without-matching-open-element");
                return;
            }
            GenerateImpliedEndTags();
            if (!IsHtml(CurrentNode, name))
                Error(tag.Start, "end-tag-without-matching-open-element");
            PopUntil(name, tag);
            return;
        }
        AnyOtherEndTag(tag);
    }

    private void EndItem(Tag tag, Scope scope)
    {
        if (!InScope(tag.Name, scope))
        {
            Error(tag.Start, "end-tag-without-matching-open-element");
            return;
        }
        GenerateImpliedEndTags(tag.Name);
        if (!IsHtml(CurrentNode, tag.Name))
            Error(tag.Start, "end-tag-without-matching-open-element");
        PopUntil(tag.Name, tag);
    }

    // "Any other end tag" of in body.
    private void AnyOtherEndTag(Tag tag)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var id = _open[i];
            if (IsHtml(id, tag.Name))
            {
                GenerateImpliedEndTags(tag.Name);
                if (CurrentNode != id)
                    Error(tag.Start, "end-tag-without-matching-open-element");
                while (_open.Count > i)
                    Pop(_open.Count - 1 == i ? tag : null);
                return;
            }
            if (IsSpecial(id))
            {
                Error(tag.Start, "end-tag-without-matching-open-element");
                return;
            }
        }
    }

    // §13.2.6.4.7: the adoption agency algorithm.
    private void AdoptionAgency(Tag tag)
    {
        var subject = tag.Name;
        if (IsHtml(CurrentNode, subject) && !_formatting.Contains(CurrentNode))
        {
            Pop(tag);
            return;
        }
        for (var outer = 0; outer < 8; outer++)
        {
            var formattingIndex = -1;
            for (var i = _formatting.Count - 1; i >= 0 && _formatting[i] >= 0; i--)
            {
                if (IsHtml(_formatting[i], subject))
                {
                    formattingIndex = i;
                    break;
                }
            }
            if (formattingIndex < 0)
            {
                AnyOtherEndTag(tag);
                return;
            }
            var formattingElement = _formatting[formattingIndex];
            var stackIndex = _open.IndexOf(formattingElement);
            if (stackIndex < 0)
            {
                Error(tag.Start, "adoption-agency-1.2");
                _formatting.RemoveAt(formattingIndex);
                return;
            }
            if (!NodeInScope(formattingElement))
            {
                Error(tag.Start, "adoption-agency-4.4");
                return;
            }
            if (formattingElement != CurrentNode)
                Error(tag.Start, "adoption-agency-1.3");
            var furthestIndex = -1;
            for (var i = stackIndex + 1; i < _open.Count; i++)
            {
                if (IsSpecial(_open[i]))
                {
                    furthestIndex = i;
                    break;
                }
            }
            if (furthestIndex < 0)
            {
                while (_open.Count > stackIndex)
                    Pop(_open.Count - 1 == stackIndex ? tag : null);
                _formatting.RemoveAt(formattingIndex);
                return;
            }
            var furthestBlock = _open[furthestIndex];
            var commonAncestor = _open[stackIndex - 1];
            var bookmark = formattingIndex;
            var node = furthestBlock;
            var lastNode = furthestBlock;
            var nodeIndex = furthestIndex;
            for (var inner = 1; ; inner++)
            {
                nodeIndex--;
                node = _open[nodeIndex];
                if (node == formattingElement)
                    break;
                var entryIndex = _formatting.IndexOf(node);
                if (inner > 3 && entryIndex >= 0)
                {
                    _formatting.RemoveAt(entryIndex);
                    if (entryIndex < bookmark)
                        bookmark--;
                    entryIndex = -1;
                }
                if (entryIndex < 0)
                {
                    _open.RemoveAt(nodeIndex);
                    continue;
                }
                ref var original = ref Node(node);
                var clone = CreateElement(new Tag(original.Name, WithoutOffsets(original.Attributes), false, -1, -1), original.Namespace);
                _formatting[entryIndex] = clone;
                _open[nodeIndex] = clone;
                node = clone;
                if (lastNode == furthestBlock)
                    bookmark = entryIndex + 1;
                _document.Insert(node, lastNode, -1);
                lastNode = node;
            }
            var (parent, before) = AppropriatePlace(commonAncestor);
            _document.Insert(parent, lastNode, before);
            ref var formatting = ref Node(formattingElement);
            var newElement = CreateElement(new Tag(formatting.Name, formatting.Attributes ?? [], false, -1, -1), formatting.Namespace);
            while (Node(furthestBlock).FirstChild >= 0)
                _document.Insert(newElement, Node(furthestBlock).FirstChild, -1);
            _document.Insert(furthestBlock, newElement, -1);
            var oldIndex = _formatting.IndexOf(formattingElement);
            _formatting.RemoveAt(oldIndex);
            if (oldIndex < bookmark)
                bookmark--;
            _formatting.Insert(Math.Min(bookmark, _formatting.Count), newElement);
            _open.Remove(formattingElement);
            _open.Insert(_open.IndexOf(furthestBlock) + 1, newElement);
        }
    }
}
