// HtmlTreeBuilder's dispatcher (§13.2.6) and the insertion modes other than "in body" and the
// table modes (§13.2.6.4.1–6, 8, 16–23).

namespace Sharpack.Html;

internal sealed partial class HtmlTreeBuilder
{
    private enum T : byte { Start, End, Chars, Comment, Doctype, Eof }

    // One token as the modes see it.
    private readonly struct Tok(T type, Tag? tag = null, string? data = null, Characters kind = Characters.Other, int start = -1, int end = -1, HtmlToken? doctype = null)
    {
        public T Type { get; } = type;
        public Tag? Tag { get; } = tag;
        public string? Data { get; } = data;
        public Characters Kind { get; } = kind;
        public int Start { get; } = start;
        public int End { get; } = end;
        public HtmlToken? Doctype { get; } = doctype;
        public bool IsStart(string name) => Type == T.Start && Tag!.Name == name;
        public bool IsEnd(string name) => Type == T.End && Tag!.Name == name;
    }

    private void Dispatch(Tag tag, bool start) => Dispatch(new Tok(start ? T.Start : T.End, tag, start: tag.Start, end: tag.End));

    private void DispatchCharacters(string data, Characters kind, int start) => Dispatch(new Tok(T.Chars, data: data, kind: kind, start: start));

    private void DispatchComment(string data, int start, int end) => Dispatch(new Tok(T.Comment, data: data, start: start, end: end));

    private void DispatchDoctype(HtmlToken token) => Dispatch(new Tok(T.Doctype, start: token.Start, end: token.End, doctype: token));

    private void DispatchEof() => Dispatch(new Tok(T.Eof));

    // §13.2.6: the insertion mode, or the rules for foreign content.
    private void Dispatch(in Tok t)
    {
        var node = AdjustedCurrentNode;
        if (node < 0 || t.Type == T.Eof || Node(node).Namespace == HtmlNamespace.Html
            || (IsMathMlTextIntegrationPoint(node) && ((t.Type == T.Start && t.Tag!.Name is not ("mglyph" or "malignmark")) || t.Type == T.Chars))
            || (Node(node).Namespace == HtmlNamespace.MathMl && Node(node).Name == "annotation-xml" && t.IsStart("svg"))
            || (IsHtmlIntegrationPoint(node) && (t.Type is T.Start or T.Chars)))
        {
            Process(t);
        }
        else
        {
            ForeignContent(t);
        }
    }

    private void Process(in Tok t)
    {
        switch (_mode)
        {
            case Mode.Initial: Initial(t); break;
            case Mode.BeforeHtml: BeforeHtml(t); break;
            case Mode.BeforeHead: BeforeHead(t); break;
            case Mode.InHead: InHead(t); break;
            case Mode.InHeadNoscript: InHeadNoscript(t); break;
            case Mode.AfterHead: AfterHead(t); break;
            case Mode.InBody: InBody(t); break;
            case Mode.Text: TextMode(t); break;
            case Mode.InTable: InTable(t); break;
            case Mode.InTableText: InTableText(t); break;
            case Mode.InCaption: InCaption(t); break;
            case Mode.InColumnGroup: InColumnGroup(t); break;
            case Mode.InTableBody: InTableBody(t); break;
            case Mode.InRow: InRow(t); break;
            case Mode.InCell: InCell(t); break;
            case Mode.InTemplate: InTemplate(t); break;
            case Mode.AfterBody: AfterBody(t); break;
            case Mode.InFrameset: InFrameset(t); break;
            case Mode.AfterFrameset: AfterFrameset(t); break;
            case Mode.AfterAfterBody: AfterAfterBody(t); break;
            case Mode.AfterAfterFrameset: AfterAfterFrameset(t); break;
        }
    }

    // What most modes do alike: whitespace and comments inserted, a DOCTYPE a parse error.
    private bool InsertedOrIgnored(in Tok t)
    {
        switch (t.Type)
        {
            case T.Chars when t.Kind == Characters.Whitespace:
                InsertCharacters(t.Data!, t.Start);
                return true;
            case T.Comment:
                InsertComment(t.Data!, t.Start, t.End);
                return true;
            case T.Doctype:
                Error(t.Start, "misplaced-doctype");
                return true;
        }
        return false;
    }

    private void Reprocess(Mode mode, in Tok t)
    {
        _mode = mode;
        Process(t);
    }

    private void InsertDoctype(in Tok t)
    {
        var token = t.Doctype!;
        var id = _document.Add(new HtmlDocument.Node
        {
            Kind = HtmlNodeKind.DocumentType,
            Name = "#doctype",
            Text = token.Name ?? "",
            Start = t.Start,
            End = t.End,
            EndTagStart = -1,
            EndTagEnd = -1,
        });
        if (token.PublicId is not null || token.SystemId is not null)
            _document.DoctypeIds[id] = (token.PublicId, token.SystemId);
        _document.Insert(0, id, -1);
    }

    // §13.2.6.4.1.
    private void Initial(in Tok t)
    {
        switch (t.Type)
        {
            case T.Chars when t.Kind == Characters.Whitespace:
                return;
            case T.Comment:
                InsertComment(t.Data!, t.Start, t.End, parent: 0);
                return;
            case T.Doctype:
                {
                    var token = t.Doctype!;
                    if (token.Name != "html" || token.PublicId is not null || (token.SystemId is not null && token.SystemId != "about:legacy-compat"))
                        Error(t.Start, "bad-doctype");
                    InsertDoctype(t);
                    _document.Mode = HtmlQuirks.ModeOf(token);
                    _mode = Mode.BeforeHtml;
                    return;
                }
            default:
                Error(t.Start, "missing-doctype");
                _document.Mode = HtmlDocumentMode.Quirks;
                Reprocess(Mode.BeforeHtml, t);
                return;
        }
    }

    // §13.2.6.4.2.
    private void BeforeHtml(in Tok t)
    {
        switch (t.Type)
        {
            case T.Doctype:
                Error(t.Start, "misplaced-doctype");
                return;
            case T.Comment:
                InsertComment(t.Data!, t.Start, t.End, parent: 0);
                return;
            case T.Chars when t.Kind == Characters.Whitespace:
                return;
            case T.Start when t.Tag!.Name == "html":
                {
                    var id = CreateElement(t.Tag, HtmlNamespace.Html);
                    _document.Insert(0, id, -1);
                    _open.Add(id);
                    _mode = Mode.BeforeHead;
                    return;
                }
            case T.End when t.Tag!.Name is not ("head" or "body" or "html" or "br"):
                Error(t.Start, "end-tag-without-matching-open-element");
                return;
            default:
                {
                    var id = CreateElement(new Tag("html", [], false, -1, -1), HtmlNamespace.Html);
                    _document.Insert(0, id, -1);
                    _open.Add(id);
                    Reprocess(Mode.BeforeHead, t);
                    return;
                }
        }
    }

    // §13.2.6.4.3.
    private void BeforeHead(in Tok t)
    {
        switch (t.Type)
        {
            case T.Chars when t.Kind == Characters.Whitespace:
                return;
            case T.Comment:
                InsertComment(t.Data!, t.Start, t.End);
                return;
            case T.Doctype:
                Error(t.Start, "misplaced-doctype");
                return;
            case T.Start when t.Tag!.Name == "html":
                InBody(t);
                return;
            case T.Start when t.Tag!.Name == "head":
                _head = InsertElement(t.Tag);
                _mode = Mode.InHead;
                return;
            case T.End when t.Tag!.Name is not ("head" or "body" or "html" or "br"):
                Error(t.Start, "end-tag-without-matching-open-element");
                return;
            default:
                _head = InsertElement(new Tag("head", [], false, -1, -1));
                Reprocess(Mode.InHead, t);
                return;
        }
    }

    // §13.2.6.4.4.
    private void InHead(in Tok t)
    {
        if (InsertedOrIgnored(t))
            return;
        switch (t.Type)
        {
            case T.Start:
                {
                    var tag = t.Tag!;
                    switch (tag.Name)
                    {
                        case "html":
                            InBody(t);
                            return;
                        case "base" or "basefont" or "bgsound" or "link" or "meta":
                            InsertElement(tag);
                            Pop();
                            tag.SelfClosingAcknowledged = true;
                            return;
                        case "title":
                            ParseText(tag, HtmlTokenizerState.Rcdata);
                            return;
                        case "noscript" when _options.Scripting:
                        case "noframes" or "style":
                            ParseText(tag, HtmlTokenizerState.Rawtext);
                            return;
                        case "noscript":
                            InsertElement(tag);
                            _mode = Mode.InHeadNoscript;
                            return;
                        case "script":
                            InsertElement(tag);
                            _tokenizer.State = HtmlTokenizerState.ScriptData;
                            _originalMode = _mode;
                            _mode = Mode.Text;
                            return;
                        case "template":
                            InsertElement(tag);
                            _formatting.Add(-1);
                            _framesetOk = false;
                            _mode = Mode.InTemplate;
                            _templateModes.Add(Mode.InTemplate);
                            return;
                        case "head":
                            Error(t.Start, "misplaced-start-tag-for-head-element");
                            return;
                    }
                    break;
                }
            case T.End:
                {
                    var tag = t.Tag!;
                    switch (tag.Name)
                    {
                        case "head":
                            Pop(tag);
                            _mode = Mode.AfterHead;
                            return;
                        case "body" or "html" or "br":
                            break;
                        case "template":
                            if (LastOpen("template") < 0)
                            {
                                Error(t.Start, "end-tag-without-matching-open-element");
                                return;
                            }
                            GenerateImpliedEndTagsThoroughly();
                            if (!IsHtml(CurrentNode, "template"))
                                Error(t.Start, "closing-of-element-with-open-child-elements");
                            PopUntil("template", tag);
                            ClearFormattingToMarker();
                            _templateModes.RemoveAt(_templateModes.Count - 1);
                            ResetInsertionMode();
                            return;
                        default:
                            Error(t.Start, "end-tag-without-matching-open-element");
                            return;
                    }
                    break;
                }
        }
        Pop();
        Reprocess(Mode.AfterHead, t);
    }

    // §13.2.6.4.5.
    private void InHeadNoscript(in Tok t)
    {
        switch (t.Type)
        {
            case T.Doctype:
                Error(t.Start, "misplaced-doctype");
                return;
            case T.Start when t.Tag!.Name == "html":
                InBody(t);
                return;
            case T.End when t.Tag!.Name == "noscript":
                Pop(t.Tag);
                _mode = Mode.InHead;
                return;
            case T.Chars when t.Kind == Characters.Whitespace:
            case T.Comment:
            case T.Start when t.Tag!.Name is "basefont" or "bgsound" or "link" or "meta" or "noframes" or "style":
                InHead(t);
                return;
            case T.End when t.Tag!.Name != "br":
            case T.Start when t.Tag!.Name is "head" or "noscript":
                Error(t.Start, "end-tag-without-matching-open-element");
                return;
            default:
                Error(t.Start, "disallowed-content-in-noscript-in-head");
                Pop();
                Reprocess(Mode.InHead, t);
                return;
        }
    }

    // §13.2.6.4.6.
    private void AfterHead(in Tok t)
    {
        if (InsertedOrIgnored(t))
            return;
        switch (t.Type)
        {
            case T.Start:
                switch (t.Tag!.Name)
                {
                    case "html":
                        InBody(t);
                        return;
                    case "body":
                        InsertElement(t.Tag);
                        _framesetOk = false;
                        _mode = Mode.InBody;
                        return;
                    case "frameset":
                        InsertElement(t.Tag);
                        _mode = Mode.InFrameset;
                        return;
                    case "base" or "basefont" or "bgsound" or "link" or "meta" or "noframes" or "script" or "style" or "template" or "title":
                        Error(t.Start, "abandoned-head-element-child");
                        _open.Add(_head);
                        InHead(t);
                        Remove(_head);
                        return;
                    case "head":
                        Error(t.Start, "misplaced-start-tag-for-head-element");
                        return;
                }
                break;
            case T.End:
                switch (t.Tag!.Name)
                {
                    case "template":
                        InHead(t);
                        return;
                    case "body" or "html" or "br":
                        break;
                    default:
                        Error(t.Start, "end-tag-without-matching-open-element");
                        return;
                }
                break;
        }
        InsertElement(new Tag("body", [], false, -1, -1));
        Reprocess(Mode.InBody, t);
    }

    // §13.2.6.4.8.
    private void TextMode(in Tok t)
    {
        switch (t.Type)
        {
            case T.Chars:
                InsertCharacters(t.Data!, t.Start);
                return;
            case T.Eof:
                Error(t.Start, "eof-in-element-that-can-contain-only-text");
                Pop();
                Reprocess(_originalMode, t);
                return;
            case T.End:
                Pop(t.Tag);
                _mode = _originalMode;
                return;
        }
    }

    // §13.2.6.4.18.
    private void InTemplate(in Tok t)
    {
        switch (t.Type)
        {
            case T.Chars:
            case T.Comment:
            case T.Doctype:
                InBody(t);
                return;
            case T.Start:
                {
                    switch (t.Tag!.Name)
                    {
                        case "base" or "basefont" or "bgsound" or "link" or "meta" or "noframes" or "script" or "style" or "template" or "title":
                            InHead(t);
                            return;
                        case "caption" or "colgroup" or "tbody" or "tfoot" or "thead":
                            SwitchTemplateMode(Mode.InTable, t);
                            return;
                        case "col":
                            SwitchTemplateMode(Mode.InColumnGroup, t);
                            return;
                        case "tr":
                            SwitchTemplateMode(Mode.InTableBody, t);
                            return;
                        case "td" or "th":
                            SwitchTemplateMode(Mode.InRow, t);
                            return;
                        default:
                            SwitchTemplateMode(Mode.InBody, t);
                            return;
                    }
                }
            case T.End:
                if (t.Tag!.Name == "template")
                    InHead(t);
                else
                    Error(t.Start, "end-tag-without-matching-open-element");
                return;
            case T.Eof:
                if (LastOpen("template") < 0)
                {
                    Stop();
                    return;
                }
                Error(t.Start, "eof-in-element-that-can-contain-only-text");
                PopUntil("template");
                ClearFormattingToMarker();
                _templateModes.RemoveAt(_templateModes.Count - 1);
                ResetInsertionMode();
                Process(t);
                return;
        }
    }

    private void SwitchTemplateMode(Mode mode, in Tok t)
    {
        _templateModes[^1] = mode;
        Reprocess(mode, t);
    }

    // §13.2.6.4.19.
    private void AfterBody(in Tok t)
    {
        switch (t.Type)
        {
            case T.Chars when t.Kind == Characters.Whitespace:
            case T.Start when t.Tag!.Name == "html":
                InBody(t);
                return;
            case T.Comment:
                InsertComment(t.Data!, t.Start, t.End, parent: _open[0]);
                return;
            case T.Doctype:
                Error(t.Start, "misplaced-doctype");
                return;
            case T.End when t.Tag!.Name == "html":
                {
                    var html = _open[0];
                    Node(html).EndTagStart = t.Start;
                    Node(html).EndTagEnd = t.End;
                    _mode = Mode.AfterAfterBody;
                    return;
                }
            case T.Eof:
                Stop();
                return;
            default:
                Error(t.Start, "unexpected-content-after-body");
                Reprocess(Mode.InBody, t);
                return;
        }
    }

    // §13.2.6.4.20.
    private void InFrameset(in Tok t)
    {
        if (InsertedOrIgnored(t))
            return;
        switch (t.Type)
        {
            case T.Start when t.Tag!.Name == "html":
                InBody(t);
                return;
            case T.Start when t.Tag!.Name == "frameset":
                InsertElement(t.Tag);
                return;
            case T.End when t.Tag!.Name == "frameset":
                if (_open.Count == 1)
                {
                    Error(t.Start, "end-tag-without-matching-open-element");
                    return;
                }
                Pop(t.Tag);
                if (!IsHtml(CurrentNode, "frameset"))
                    _mode = Mode.AfterFrameset;
                return;
            case T.Start when t.Tag!.Name == "frame":
                InsertElement(t.Tag);
                Pop();
                t.Tag.SelfClosingAcknowledged = true;
                return;
            case T.Start when t.Tag!.Name == "noframes":
                InHead(t);
                return;
            case T.Eof:
                if (_open.Count != 1)
                    Error(t.Start, "eof-in-frameset");
                Stop();
                return;
            default:
                Error(t.Start, "unexpected-token-in-frameset");
                return;
        }
    }

    // §13.2.6.4.21.
    private void AfterFrameset(in Tok t)
    {
        if (InsertedOrIgnored(t))
            return;
        switch (t.Type)
        {
            case T.Start when t.Tag!.Name == "html":
                InBody(t);
                return;
            case T.End when t.Tag!.Name == "html":
                _mode = Mode.AfterAfterFrameset;
                return;
            case T.Start when t.Tag!.Name == "noframes":
                InHead(t);
                return;
            case T.Eof:
                Stop();
                return;
            default:
                Error(t.Start, "unexpected-token-after-frameset");
                return;
        }
    }

    // §13.2.6.4.22.
    private void AfterAfterBody(in Tok t)
    {
        switch (t.Type)
        {
            case T.Comment:
                InsertComment(t.Data!, t.Start, t.End, parent: 0);
                return;
            case T.Doctype:
            case T.Chars when t.Kind == Characters.Whitespace:
            case T.Start when t.Tag!.Name == "html":
                InBody(t);
                return;
            case T.Eof:
                Stop();
                return;
            default:
                Error(t.Start, "unexpected-content-after-body");
                Reprocess(Mode.InBody, t);
                return;
        }
    }

    // §13.2.6.4.23.
    private void AfterAfterFrameset(in Tok t)
    {
        switch (t.Type)
        {
            case T.Comment:
                InsertComment(t.Data!, t.Start, t.End, parent: 0);
                return;
            case T.Doctype:
            case T.Chars when t.Kind == Characters.Whitespace:
            case T.Start when t.Tag!.Name == "html":
                InBody(t);
                return;
            case T.Eof:
                Stop();
                return;
            case T.Start when t.Tag!.Name == "noframes":
                InHead(t);
                return;
            default:
                Error(t.Start, "unexpected-token-after-frameset");
                return;
        }
    }

    // §13.2.7 "stop parsing": the open elements are popped.
    private void Stop()
    {
        _open.Clear();
        _stopped = true;
    }
}
