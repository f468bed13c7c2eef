// HtmlTreeBuilder's table insertion modes (§13.2.6.4.9–15). The select modes are gone from the
// standard (2025, customizable select): select, option and optgroup are in-body rules now.

namespace Sharpack.Html;

internal sealed partial class HtmlTreeBuilder
{
    private static readonly HashSet<string> s_tableContext = new(StringComparer.Ordinal) { "table", "template", "html" };
    private static readonly HashSet<string> s_tableBodyContext = new(StringComparer.Ordinal) { "tbody", "tfoot", "thead", "template", "html" };
    private static readonly HashSet<string> s_rowContext = new(StringComparer.Ordinal) { "tr", "template", "html" };
    private static readonly HashSet<string> s_tableSections = new(StringComparer.Ordinal) { "tbody", "tfoot", "thead" };
    private static readonly HashSet<string> s_tableText = new(StringComparer.Ordinal) { "table", "tbody", "template", "tfoot", "thead", "tr" };
    private static readonly HashSet<string> s_cells = new(StringComparer.Ordinal) { "td", "th" };

    private void ClearStackBackTo(HashSet<string> names)
    {
        while (_open.Count > 0 && !IsHtmlOneOf(CurrentNode, names))
            Pop();
    }

    // §13.2.6.4.9.
    private void InTable(in Tok t)
    {
        switch (t.Type)
        {
            case T.Chars when IsHtmlOneOf(CurrentNode, s_tableText):
                _pendingTableText.Clear();
                _pendingTableTextHasNonWhitespace = false;
                _originalMode = _mode;
                Reprocess(Mode.InTableText, t);
                return;
            case T.Comment:
                InsertComment(t.Data!, t.Start, t.End);
                return;
            case T.Doctype:
                Error(t.Start, "misplaced-doctype");
                return;
            case T.Start:
                {
                    var tag = t.Tag!;
                    switch (tag.Name)
                    {
                        case "caption":
                            ClearStackBackTo(s_tableContext);
                            _formatting.Add(-1);
                            InsertElement(tag);
                            _mode = Mode.InCaption;
                            return;
                        case "colgroup":
                            ClearStackBackTo(s_tableContext);
                            InsertElement(tag);
                            _mode = Mode.InColumnGroup;
                            return;
                        case "col":
                            ClearStackBackTo(s_tableContext);
                            InsertElement(new Tag("colgroup", [], false, -1, -1));
                            Reprocess(Mode.InColumnGroup, t);
                            return;
                        case "tbody" or "tfoot" or "thead":
                            ClearStackBackTo(s_tableContext);
                            InsertElement(tag);
                            _mode = Mode.InTableBody;
                            return;
                        case "td" or "th" or "tr":
                            ClearStackBackTo(s_tableContext);
                            InsertElement(new Tag("tbody", [], false, -1, -1));
                            Reprocess(Mode.InTableBody, t);
                            return;
                        case "table":
                            Error(tag.Start, "misplaced-start-tag");
                            if (!InScope("table", Scope.Table))
                                return;
                            PopUntil("table");
                            ResetInsertionMode();
                            Process(t);
                            return;
                        case "style" or "script" or "template":
                            InHead(t);
                            return;
                        case "input" when string.Equals(tag.Attribute("type"), "hidden", StringComparison.OrdinalIgnoreCase):
                            Error(tag.Start, "misplaced-start-tag");
                            InsertElement(tag);
                            Pop();
                            tag.SelfClosingAcknowledged = true;
                            return;
                        case "form":
                            {
                                // Inside a template the form is inserted (and the form pointer left alone),
                                // as webpack's parser does.
                                Error(tag.Start, "misplaced-start-tag");
                                var inTemplate = LastOpen("template") >= 0;
                                if (_form >= 0 && !inTemplate)
                                    return;
                                var form = InsertElement(tag);
                                if (!inTemplate)
                                    _form = form;
                                Pop();
                                return;
                            }
                    }
                    break;
                }
            case T.End:
                {
                    var tag = t.Tag!;
                    switch (tag.Name)
                    {
                        case "table":
                            if (!InScope("table", Scope.Table))
                            {
                                Error(tag.Start, "end-tag-without-matching-open-element");
                                return;
                            }
                            PopUntil("table", tag);
                            ResetInsertionMode();
                            return;
                        case "body" or "caption" or "col" or "colgroup" or "html" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr":
                            Error(tag.Start, "end-tag-without-matching-open-element");
                            return;
                        case "template":
                            InHead(t);
                            return;
                    }
                    break;
                }
            case T.Eof:
                InBody(t);
                return;
        }
        Error(t.Start, "unexpected-content-in-table");
        _fosterParenting = true;
        InBody(t);
        _fosterParenting = false;
    }

    // §13.2.6.4.10.
    private void InTableText(in Tok t)
    {
        if (t.Type == T.Chars)
        {
            if (t.Kind == Characters.Null)
            {
                Error(t.Start, "unexpected-null-character");
                return;
            }
            _pendingTableText.Append(t.Data);
            if (t.Kind == Characters.Other)
                _pendingTableTextHasNonWhitespace = true;
            _pendingTableTextStart = _pendingTableTextStart < 0 ? t.Start : _pendingTableTextStart;
            return;
        }
        var text = _pendingTableText.ToString();
        var start = _pendingTableTextStart;
        _pendingTableText.Clear();
        _pendingTableTextStart = -1;
        if (text.Length > 0)
        {
            if (_pendingTableTextHasNonWhitespace)
            {
                Error(start, "unexpected-character-in-table");
                _fosterParenting = true;
                ReconstructFormatting();
                InsertCharacters(text, start);
                _framesetOk = false;
                _fosterParenting = false;
            }
            else
            {
                InsertCharacters(text, start);
            }
        }
        Reprocess(_originalMode, t);
    }

    private int _pendingTableTextStart = -1;

    // §13.2.6.4.11.
    private void InCaption(in Tok t)
    {
        var closesCaption = (t.Type == T.Start && t.Tag!.Name is "caption" or "col" or "colgroup" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr")
            || t.IsEnd("table");
        if (t.IsEnd("caption") || closesCaption)
        {
            if (!InScope("caption", Scope.Table))
            {
                Error(t.Start, "end-tag-without-matching-open-element");
                return;
            }
            GenerateImpliedEndTags();
            if (!IsHtml(CurrentNode, "caption"))
                Error(t.Start, "end-tag-without-matching-open-element");
            PopUntil("caption", t.IsEnd("caption") ? t.Tag : null);
            ClearFormattingToMarker();
            _mode = Mode.InTable;
            if (closesCaption)
                Process(t);
            return;
        }
        if (t.Type == T.End && t.Tag!.Name is "body" or "col" or "colgroup" or "html" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr")
        {
            Error(t.Start, "end-tag-without-matching-open-element");
            return;
        }
        InBody(t);
    }

    // §13.2.6.4.12.
    private void InColumnGroup(in Tok t)
    {
        if (InsertedOrIgnored(t))
            return;
        switch (t.Type)
        {
            case T.Start when t.Tag!.Name == "html":
                InBody(t);
                return;
            case T.Start when t.Tag!.Name == "col":
                InsertElement(t.Tag);
                Pop();
                t.Tag.SelfClosingAcknowledged = true;
                return;
            case T.End when t.Tag!.Name == "colgroup":
                if (!IsHtml(CurrentNode, "colgroup"))
                {
                    Error(t.Start, "end-tag-without-matching-open-element");
                    return;
                }
                Pop(t.Tag);
                _mode = Mode.InTable;
                return;
            case T.End when t.Tag!.Name == "col":
                Error(t.Start, "end-tag-without-matching-open-element");
                return;
            case T.Start when t.Tag!.Name == "template":
            case T.End when t.Tag!.Name == "template":
                InHead(t);
                return;
            case T.Eof:
                InBody(t);
                return;
        }
        if (!IsHtml(CurrentNode, "colgroup"))
        {
            Error(t.Start, "end-tag-without-matching-open-element");
            return;
        }
        Pop();
        Reprocess(Mode.InTable, t);
    }

    // §13.2.6.4.13.
    private void InTableBody(in Tok t)
    {
        if (t.IsStart("tr"))
        {
            ClearStackBackTo(s_tableBodyContext);
            InsertElement(t.Tag!);
            _mode = Mode.InRow;
            return;
        }
        if (t.Type == T.Start && t.Tag!.Name is "th" or "td")
        {
            Error(t.Start, "misplaced-start-tag");
            ClearStackBackTo(s_tableBodyContext);
            InsertElement(new Tag("tr", [], false, -1, -1));
            Reprocess(Mode.InRow, t);
            return;
        }
        if (t.Type == T.End && s_tableSections.Contains(t.Tag!.Name))
        {
            if (!InScope(t.Tag.Name, Scope.Table))
            {
                Error(t.Start, "end-tag-without-matching-open-element");
                return;
            }
            ClearStackBackTo(s_tableBodyContext);
            Pop(t.Tag);
            _mode = Mode.InTable;
            return;
        }
        if ((t.Type == T.Start && t.Tag!.Name is "caption" or "col" or "colgroup" or "tbody" or "tfoot" or "thead") || t.IsEnd("table"))
        {
            if (!InScopeAny(s_tableSections, Scope.Table))
            {
                Error(t.Start, "end-tag-without-matching-open-element");
                return;
            }
            ClearStackBackTo(s_tableBodyContext);
            Pop();
            Reprocess(Mode.InTable, t);
            return;
        }
        if (t.Type == T.End && t.Tag!.Name is "body" or "caption" or "col" or "colgroup" or "html" or "td" or "th" or "tr")
        {
            Error(t.Start, "end-tag-without-matching-open-element");
            return;
        }
        InTable(t);
    }

    // §13.2.6.4.14.
    private void InRow(in Tok t)
    {
        if (t.Type == T.Start && t.Tag!.Name is "th" or "td")
        {
            ClearStackBackTo(s_rowContext);
            InsertElement(t.Tag);
            _mode = Mode.InCell;
            _formatting.Add(-1);
            return;
        }
        if (t.IsEnd("tr"))
        {
            if (!InScope("tr", Scope.Table))
            {
                Error(t.Start, "end-tag-without-matching-open-element");
                return;
            }
            ClearStackBackTo(s_rowContext);
            Pop(t.Tag);
            _mode = Mode.InTableBody;
            return;
        }
        if ((t.Type == T.Start && t.Tag!.Name is "caption" or "col" or "colgroup" or "tbody" or "tfoot" or "thead" or "tr") || t.IsEnd("table"))
        {
            if (!InScope("tr", Scope.Table))
            {
                Error(t.Start, "end-tag-without-matching-open-element");
                return;
            }
            ClearStackBackTo(s_rowContext);
            Pop();
            Reprocess(Mode.InTableBody, t);
            return;
        }
        if (t.Type == T.End && s_tableSections.Contains(t.Tag!.Name))
        {
            if (!InScope(t.Tag.Name, Scope.Table))
            {
                Error(t.Start, "end-tag-without-matching-open-element");
                return;
            }
            if (!InScope("tr", Scope.Table))
                return;
            ClearStackBackTo(s_rowContext);
            Pop();
            Reprocess(Mode.InTableBody, t);
            return;
        }
        if (t.Type == T.End && t.Tag!.Name is "body" or "caption" or "col" or "colgroup" or "html" or "td" or "th")
        {
            Error(t.Start, "end-tag-without-matching-open-element");
            return;
        }
        InTable(t);
    }

    // §13.2.6.4.15.
    private void InCell(in Tok t)
    {
        if (t.Type == T.End && s_cells.Contains(t.Tag!.Name))
        {
            if (!InScope(t.Tag.Name, Scope.Table))
            {
                Error(t.Start, "end-tag-without-matching-open-element");
                return;
            }
            GenerateImpliedEndTags();
            if (!IsHtml(CurrentNode, t.Tag.Name))
                Error(t.Start, "end-tag-without-matching-open-element");
            PopUntil(t.Tag.Name, t.Tag);
            ClearFormattingToMarker();
            _mode = Mode.InRow;
            return;
        }
        if (t.Type == T.Start && t.Tag!.Name is "caption" or "col" or "colgroup" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr")
        {
            if (!InScopeAny(s_cells, Scope.Table))
            {
                Error(t.Start, "misplaced-start-tag");
                return;
            }
            CloseCell();
            Process(t);
            return;
        }
        if (t.Type == T.End && t.Tag!.Name is "body" or "caption" or "col" or "colgroup" or "html")
        {
            Error(t.Start, "end-tag-without-matching-open-element");
            return;
        }
        if (t.Type == T.End && t.Tag!.Name is "table" or "tbody" or "tfoot" or "thead" or "tr")
        {
            if (!InScope(t.Tag.Name, Scope.Table))
            {
                Error(t.Start, "end-tag-without-matching-open-element");
                return;
            }
            CloseCell();
            Process(t);
            return;
        }
        InBody(t);
    }

    private void CloseCell()
    {
        GenerateImpliedEndTags();
        if (!IsHtmlOneOf(CurrentNode, s_cells))
            Error(-1, "end-tag-without-matching-open-element");
        PopUntilOneOf(s_cells);
        ClearFormattingToMarker();
        _mode = Mode.InRow;
    }
}
