// HtmlTreeBuilder's rules for parsing tokens in foreign content (§13.2.6.5), the integration
// points, and the SVG and MathML attribute adjustments (the XLink, XML and XMLNS attributes keep
// their `prefix:local` names, which is how HtmlAttribute names them).

namespace Sharpack.Html;

internal sealed partial class HtmlTreeBuilder
{
    private bool IsMathMlTextIntegrationPoint(int id)
    {
        ref var node = ref Node(id);
        return node.Namespace == HtmlNamespace.MathMl && node.Name is "mi" or "mo" or "mn" or "ms" or "mtext";
    }

    private bool IsHtmlIntegrationPoint(int id)
    {
        ref var node = ref Node(id);
        if (node.Namespace == HtmlNamespace.Svg)
            return node.Name is "foreignObject" or "desc" or "title";
        if (node.Namespace == HtmlNamespace.MathMl && node.Name == "annotation-xml")
        {
            foreach (var attribute in node.Attributes ?? [])
            {
                if (attribute.Name == "encoding")
                    return attribute.Value.Equals("text/html", StringComparison.OrdinalIgnoreCase) || attribute.Value.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
            }
        }
        return false;
    }

    private void ForeignContent(in Tok t)
    {
        switch (t.Type)
        {
            case T.Chars when t.Kind == Characters.Null:
                Error(t.Start, "unexpected-null-character");
                InsertCharacters(new string('\uFFFD', t.Data!.Length), t.Start);
                return;
            case T.Chars:
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
                {
                    var tag = t.Tag!;
                    if (HtmlElements.BreakOut.Contains(tag.Name)
                        || (tag.Name == "font" && (tag.Attribute("color") is not null || tag.Attribute("face") is not null || tag.Attribute("size") is not null)))
                    {
                        BreakOutOfForeignContent(t);
                        return;
                    }
                    var ns = Node(AdjustedCurrentNode).Namespace;
                    if (ns == HtmlNamespace.MathMl)
                    {
                        tag.Attributes = AdjustMathMlAttributes(tag.Attributes);
                    }
                    else if (ns == HtmlNamespace.Svg)
                    {
                        if (HtmlElements.SvgTagNames.TryGetValue(tag.Name, out var adjusted))
                            tag = new Tag(adjusted, tag.Attributes, tag.SelfClosing, tag.Start, tag.End);
                        tag.Attributes = AdjustSvgAttributes(tag.Attributes);
                    }
                    InsertElement(tag, ns);
                    if (t.Tag!.SelfClosing)
                    {
                        Pop();
                        t.Tag.SelfClosingAcknowledged = true;
                    }
                    return;
                }
            case T.End:
                {
                    var tag = t.Tag!;
                    if (tag.Name is "br" or "p")
                    {
                        BreakOutOfForeignContent(t);
                        return;
                    }
                    var index = _open.Count - 1;
                    var node = _open[index];
                    if (!Node(node).Name.Equals(tag.Name, StringComparison.OrdinalIgnoreCase))
                        Error(tag.Start, "end-tag-without-matching-open-element");
                    while (index > 0)
                    {
                        if (Node(node).Name.Equals(tag.Name, StringComparison.OrdinalIgnoreCase))
                        {
                            while (_open.Count > index)
                                Pop(_open.Count - 1 == index ? tag : null);
                            return;
                        }
                        index--;
                        node = _open[index];
                        if (Node(node).Namespace == HtmlNamespace.Html)
                        {
                            Process(t);
                            return;
                        }
                    }
                    return;
                }
        }
    }

    // An HTML tag in foreign content: the foreign elements are closed up to an HTML element or an
    // integration point, and the token goes to the insertion mode.
    private void BreakOutOfForeignContent(in Tok t)
    {
        Error(t.Start, "unexpected-html-element-in-foreign-content");
        while (_open.Count > 0 && Node(CurrentNode).Namespace != HtmlNamespace.Html
            && !IsMathMlTextIntegrationPoint(CurrentNode) && !IsHtmlIntegrationPoint(CurrentNode))
            Pop();
        Process(t);
    }

    private static HtmlAttribute[] AdjustMathMlAttributes(HtmlAttribute[] attributes)
    {
        for (var i = 0; i < attributes.Length; i++)
        {
            if (attributes[i].Name == "definitionurl")
                attributes[i] = attributes[i] with { Name = "definitionURL" };
        }
        return attributes;
    }

    private static HtmlAttribute[] AdjustSvgAttributes(HtmlAttribute[] attributes)
    {
        for (var i = 0; i < attributes.Length; i++)
        {
            if (HtmlElements.SvgAttributeNames.TryGetValue(attributes[i].Name, out var adjusted))
                attributes[i] = attributes[i] with { Name = adjusted };
        }
        return attributes;
    }
}
