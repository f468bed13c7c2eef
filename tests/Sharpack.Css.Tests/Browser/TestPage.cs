// The document a stylesheet is rendered on (see MinifiedCssRendersTheSameTests): generated from
// the stylesheet's selectors (SelectorScan), as a tree the page script builds with DOM calls
// (no HTML parser fix-ups: a <tr> stays where it is put). Five sections, in order:
//
// 1. the common HTML elements (what normalize.css and resets style: headings, text-level
//    elements, lists, tables, every kind of form control, details, dialog, svg…) and one element
//    of each type selector the stylesheet names;
// 2. one nest of elements per complex selector, built to match it (`.card > .card-body .btn` →
//    div.card > div.card-body > div.btn; `+`/`~` make siblings; `&` resolved);
// 3. one element per class name, inside rotating containers (div, ul > li, form > input / button /
//    select / textarea, table > tbody > tr > td, a, span, h1–h6, p);
// 4. elements with several classes: two consecutive in the stylesheet and one of the most
//    mentioned (.btn-primary .btn-lg .btn; .fa-house .fa-user .fa);
// 5. one element per id and per attribute selector.
//
// Elements with text hold "Ag 1". Past the element budget, each section gets a fair share and
// keeps an evenly spread, deterministic sample of its units.

using System.Text;
using System.Text.Json;

namespace Sharpack.Css.Tests.Browser;

/// <summary>An element of the test page: name, attributes, whether it holds text, children.</summary>
internal sealed class PageNode(string tag)
{
    public string Tag { get; } = tag;

    public List<(string Name, string Value)> Attributes { get; } = [];

    public bool Text { get; set; } = true;

    public List<PageNode> Children { get; } = [];

    /// <summary>This element and its descendants.</summary>
    public int Count => 1 + Children.Sum(c => c.Count);

    public PageNode Add(PageNode child)
    {
        Children.Add(child);
        return this;
    }

    public PageNode With(string name, string value = "")
    {
        Attributes.Add((name, value));
        return this;
    }

    public PageNode Class(string name) => With("class", name);

    public PageNode Empty()
    {
        Text = false;
        return this;
    }

    // [tag, [[name, value]…], text ? 1 : 0, [children…]]
    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartArray();
        json.WriteStringValue(Tag);
        json.WriteStartArray();
        foreach (var (name, value) in Attributes)
        {
            json.WriteStartArray();
            json.WriteStringValue(name);
            json.WriteStringValue(value);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteNumberValue(Text ? 1 : 0);
        json.WriteStartArray();
        foreach (var child in Children)
            child.Write(json);
        json.WriteEndArray();
        json.WriteEndArray();
    }
}

/// <summary>The generated test page of one stylesheet.</summary>
internal sealed class TestPage
{
    // Element names that would load, run or show something else, or are the page's own: made divs.
    private static readonly HashSet<string> s_replaced = new(StringComparer.Ordinal)
    {
        "html", "head", "body", "base", "link", "meta", "style", "script", "title", "iframe", "frame", "frameset",
        "object", "embed", "noscript", "portal", "fencedframe", "applet", "param", "plaintext", "xmp", "listing",
    };

    // Elements without text content (void elements, and those whose text would not render as text).
    private static readonly HashSet<string> s_noText = new(StringComparer.Ordinal)
    {
        "area", "br", "col", "colgroup", "hr", "img", "input", "source", "track", "wbr", "keygen", "select", "table",
        "thead", "tbody", "tfoot", "tr", "ul", "ol", "dl", "optgroup", "datalist", "video", "audio", "canvas", "picture",
        "svg", "path", "circle", "rect", "line", "polyline", "polygon", "ellipse", "g", "use", "symbol", "defs", "image",
        "progress", "meter", "iframe", "template",
    };

    // Attributes that load a resource, run script or move focus (load timing would make layout nondeterministic).
    private static readonly HashSet<string> s_droppedAttributes = new(StringComparer.Ordinal)
    {
        "style", "src", "srcset", "poster", "data", "background", "autofocus", "codebase", "action", "formaction", "manifest",
        "ping", "xmlns", "srcdoc", "xlink:href",
    };

    private static readonly string[] s_headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

    private TestPage(List<PageNode> sections, int elements, string summary)
    {
        Sections = sections;
        Elements = elements;
        Summary = summary;
    }

    /// <summary>The children of the body.</summary>
    public List<PageNode> Sections { get; }

    /// <summary>How many elements the page has (html and body not counted).</summary>
    public int Elements { get; }

    /// <summary>What each section holds and how much of it was sampled.</summary>
    public string Summary { get; }

    /// <summary>The sections as JSON for the page script.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var section in Sections)
                section.Write(json);
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The page for <paramref name="scan"/>'s selectors, at most about <paramref name="budget"/> elements.</summary>
    public static TestPage Build(SelectorScan scan, int budget)
    {
        var categories = new (string Name, List<PageNode> Units)[]
        {
            ("common elements and type selectors", CommonElements(scan)),
            ("complex selectors", [.. scan.Selectors.Select(Chain).OfType<PageNode>()]),
            ("one class each", ClassUnits(scan.Classes)),
            ("several classes", ClassGroups(scan)),
            ("ids and attribute selectors", IdAndAttributeUnits(scan)),
        };
        // Each section (a div) and the first section in full; the rest share what remains, fairly.
        var common = categories[0].Units.Sum(u => u.Count);
        var shares = FairShares([.. categories.Skip(1).Select(c => c.Units.Sum(u => u.Count))], Math.Max(0, budget - common - categories.Length));
        var sections = new List<PageNode>();
        var summary = new StringBuilder();
        var elements = 0;
        for (var k = 0; k < categories.Length; k++)
        {
            var (name, units) = categories[k];
            var chosen = k == 0 ? units : Sample(units, shares[k - 1]);
            var section = new PageNode("div").Empty();
            section.Children.AddRange(chosen);
            sections.Add(section);
            var count = section.Count;
            elements += count;
            summary.Append($"{name}: {chosen.Count} of {units.Count} ({count - 1} elements); ");
        }
        return new TestPage(sections, elements, summary.ToString().TrimEnd(' ', ';'));
    }

    // Splits `budget` between needs: each gets the same share, what a small one leaves goes to the others.
    private static int[] FairShares(int[] needs, int budget)
    {
        var shares = new int[needs.Length];
        var open = Enumerable.Range(0, needs.Length).Where(i => needs[i] > 0).ToList();
        while (open.Count > 0 && budget > 0)
        {
            var share = Math.Max(1, budget / open.Count);
            foreach (var i in open.ToList())
            {
                var give = Math.Min(Math.Min(share, needs[i] - shares[i]), budget);
                shares[i] += give;
                budget -= give;
                if (shares[i] >= needs[i])
                    open.Remove(i);
            }
        }
        return shares;
    }

    // Units of at most `budget` elements in all: every unit if they fit, else a deterministic sample
    // spread over the whole list (a stride coprime with its length), kept in source order.
    private static List<PageNode> Sample(List<PageNode> units, int budget)
    {
        if (units.Sum(u => u.Count) <= budget)
            return units;
        var n = units.Count;
        var stride = (int)(n * 0.6180339887) | 1;
        while (Gcd(stride, n) != 1)
            stride += 2;
        var chosen = new List<int>();
        var used = 0;
        for (var j = 0; j < n; j++)
        {
            var index = (int)((long)j * stride % n);
            var count = units[index].Count;
            if (used + count > budget)
                continue;
            chosen.Add(index);
            used += count;
            if (used == budget)
                break;
        }
        chosen.Sort();
        return [.. chosen.Select(i => units[i])];
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    private static PageNode Element(string tag)
    {
        var node = new PageNode(s_replaced.Contains(tag) ? "div" : tag);
        if (s_noText.Contains(node.Tag))
            node.Text = false;
        return node;
    }

    // The element a compound selector asks for.
    private static PageNode FromCompound(Compound compound)
    {
        var node = Element(compound.Tag ?? "div");
        var classes = new List<string>();
        string? id = compound.Ids.FirstOrDefault();
        foreach (var (name, value) in compound.Attributes)
        {
            if (name == "class")
                classes.Add(value);
            else if (name == "id")
                id ??= value;
            else if (!s_droppedAttributes.Contains(name) && !name.StartsWith("on", StringComparison.Ordinal) && !node.Attributes.Any(a => a.Name == name))
                node.With(name, value.Length == 0 && name == "href" ? "#" : value);
        }
        classes.AddRange(compound.Classes);
        if (classes.Count > 0)
            node.Attributes.Insert(0, ("class", string.Join(' ', classes.Distinct(StringComparer.Ordinal))));
        if (id is not null)
            node.Attributes.Insert(0, ("id", id));
        if (compound.Empty)
            node.Text = false;
        if (node.Tag == "select")
            node.Add(new PageNode("option"));
        return node;
    }

    // Elements that match a complex selector, or null when it names nothing placeable.
    private static PageNode? Chain(Complex complex)
    {
        var steps = complex.Steps.SkipWhile(s => s.Compound.Root).ToList();
        if (steps.Count == 0 || steps.Any(s => s.Compound.Root))
            return null;
        // The chain's top, the element the next compound attaches to, and the parent of each element.
        var holder = new PageNode("div").Empty();
        PageNode? current = null;
        var parents = new Dictionary<PageNode, PageNode>(ReferenceEqualityComparer.Instance);
        foreach (var (combinator, compound) in steps)
        {
            var node = FromCompound(compound);
            var parent = current is null ? holder
                : combinator is Combinator.NextSibling or Combinator.SubsequentSibling ? parents[current]
                : current;
            parent.Add(node);
            parents[node] = parent;
            if (compound.Has is { } has)
                AddRelative(node, has, parents);
            current = node;
        }
        return holder.Children.Count == 1 ? holder.Children[0] : holder;
    }

    // The first argument of :has(): its compounds as descendants (or following siblings) of `node`.
    private static void AddRelative(PageNode node, Complex relative, Dictionary<PageNode, PageNode> parents)
    {
        var current = node;
        foreach (var (combinator, compound) in relative.Steps)
        {
            if (compound.Root)
                return;
            var child = FromCompound(compound);
            var parent = combinator is Combinator.NextSibling or Combinator.SubsequentSibling ? parents[current] : current;
            parent.Add(child);
            parents[child] = parent;
            current = child;
        }
    }

    // The class units: one element per class in rotating containers, several classes to a container.
    private static List<PageNode> ClassUnits(List<string> classes)
    {
        const int PerContainer = 4;
        var units = new List<PageNode>();
        for (var start = 0; start < classes.Count; start += PerContainer)
        {
            var group = classes.Skip(start).Take(PerContainer).ToList();
            var kind = start / PerContainer % 10;
            units.Add(kind switch
            {
                0 => Holder("div", group.Select(c => Element("div").Class(c))),
                1 => Holder("ul", group.Select(c => Element("li").Class(c))).Empty(),
                2 => Holder("form", group.Select((c, i) => FormControl(i).Class(c))),
                3 => new PageNode("table").Empty().Add(new PageNode("tbody").Empty().Add(Holder("tr", group.Select(c => Element("td").Class(c))).Empty())),
                4 => Holder("div", group.Select(c => Element("a").With("href", "#").Class(c))),
                5 => Holder("div", group.Select(c => Element("span").Class(c))),
                6 => Holder("div", group.Select((c, i) => Element(s_headings[(start / PerContainer + i) % 6]).Class(c))),
                7 => Holder("div", group.Select(c => Element("p").Class(c))),
                8 => Holder("form", group.Select((c, i) => FormControl(i + 2).Class(c))),
                _ => Holder("div", group.Select(c => Element("button").Class(c))),
            });
        }
        return units;
    }

    private static PageNode FormControl(int i) => (i % 4) switch
    {
        0 => Element("input").With("type", "text").With("value", "Ag 1"),
        1 => Element("button").With("type", "button"),
        2 => Element("select").Add(new PageNode("option")),
        _ => Element("textarea"),
    };

    private static PageNode Holder(string tag, IEnumerable<PageNode> children)
    {
        var holder = new PageNode(tag);
        holder.Children.AddRange(children);
        return holder;
    }

    // Several classes at once: two consecutive in first-appearance order (a component and its
    // variant: .btn-primary .btn-lg) with one of the most mentioned (.btn, .fa, .animate__animated).
    private static List<PageNode> ClassGroups(SelectorScan scan)
    {
        var classes = scan.Classes;
        var common = scan.CommonClasses(8);
        var units = new List<PageNode>();
        for (var start = 0; start < classes.Count; start += 2)
        {
            var names = classes.Skip(start).Take(2).Append(common[start / 2 % common.Count]).Distinct(StringComparer.Ordinal);
            units.Add(Element(start / 2 % 2 == 0 ? "div" : "span").Class(string.Join(' ', names)));
        }
        return units;
    }

    private static List<PageNode> IdAndAttributeUnits(SelectorScan scan)
    {
        var units = new List<PageNode>();
        foreach (var id in scan.Ids)
            units.Add(Element("div").With("id", id));
        foreach (var (tag, name, value) in scan.Attributes)
        {
            var compound = new Compound { Present = true, Tag = tag };
            compound.Attributes.Add((name, value));
            units.Add(FromCompound(compound));
        }
        return units;
    }

    // The common HTML elements, then one element of each type selector not among them.
    private static List<PageNode> CommonElements(SelectorScan scan)
    {
        var units = new List<PageNode>();
        foreach (var heading in s_headings)
            units.Add(Element(heading));
        var paragraph = Element("p");
        foreach (var tag in new[] { "a", "abbr", "b", "strong", "em", "i", "s", "u", "q", "cite", "dfn", "time", "var", "del", "ins", "mark", "code", "kbd", "samp", "small", "sub", "sup", "span", "label", "output", "data", "bdi", "bdo", "ruby", "br", "wbr" })
        {
            var element = Element(tag);
            if (tag == "a")
                element.With("href", "#");
            if (tag == "abbr")
                element.With("title", "Title");
            if (tag == "bdo")
                element.With("dir", "rtl");
            paragraph.Add(element);
        }
        units.Add(paragraph);
        units.Add(Element("a"));
        units.Add(Element("hr"));
        units.Add(Element("pre").Add(Element("code")));
        units.Add(Element("blockquote").Add(Element("p")));
        units.Add(Element("figure").Add(Element("img").With("alt", "")).Add(Element("figcaption")));
        units.Add(Element("main").Add(Element("article").Add(Element("header")).Add(Element("section")).Add(Element("footer"))));
        units.Add(Element("aside").Add(Element("address")));
        units.Add(Element("nav").Add(Holder("ul", [Element("li").Add(Element("a").With("href", "#"))]).Empty()));
        units.Add(Holder("ul", [Element("li"), Element("li").Add(Holder("ul", [Element("li")]).Empty())]).Empty());
        units.Add(Holder("ol", [Element("li"), Element("li")]).Empty());
        units.Add(Holder("menu", [Element("li")]).Empty());
        units.Add(Holder("dl", [Element("dt"), Element("dd")]).Empty());
        units.Add(Element("table")
            .Add(Element("caption"))
            .Add(Element("colgroup").Add(Element("col")))
            .Add(Element("thead").Add(Holder("tr", [Element("th"), Element("th")]).Empty()))
            .Add(Element("tbody").Add(Holder("tr", [Element("td"), Element("td")]).Empty()).Add(Holder("tr", [Element("th"), Element("td")]).Empty()))
            .Add(Element("tfoot").Add(Holder("tr", [Element("td"), Element("td")]).Empty())));
        var form = Element("form").Empty();
        var fieldset = Element("fieldset").Empty().Add(Element("legend")).Add(Element("label"));
        foreach (var type in new[] { "text", "checkbox", "radio", "number", "search", "file", "range", "color", "date", "time", "datetime-local", "month", "week", "email", "password", "tel", "url", "submit", "reset", "button", "image", "hidden" })
            fieldset.Add(Element("input").With("type", type));
        fieldset.Add(Element("input").With("type", "checkbox").With("checked"));
        fieldset.Add(Element("input").With("type", "radio").With("checked"));
        fieldset.Add(Element("input").With("type", "text").With("placeholder", "Placeholder"));
        fieldset.Add(Element("input").With("type", "text").With("disabled"));
        fieldset.Add(Element("input").With("type", "text").With("required"));
        fieldset.Add(Element("input").With("type", "text").With("readonly").With("value", "Ag 1"));
        fieldset.Add(Element("input"));
        form.Add(fieldset);
        form.Add(Element("button"));
        form.Add(Element("button").With("type", "submit"));
        form.Add(Element("button").With("disabled"));
        form.Add(Element("select").Add(Element("optgroup").With("label", "Group").Add(Element("option")).Add(Element("option"))));
        form.Add(Element("select").With("multiple").Add(Element("option")).Add(Element("option")));
        form.Add(Element("textarea"));
        form.Add(Element("textarea").With("placeholder", "Placeholder"));
        form.Add(Element("progress").With("value", "50").With("max", "100"));
        form.Add(Element("progress"));
        form.Add(Element("meter").With("value", "0.5"));
        form.Add(Element("datalist").Add(Element("option")));
        units.Add(form);
        units.Add(Element("details").Add(Element("summary")).Add(Element("p")));
        units.Add(Element("details").With("open").Add(Element("summary")).Add(Element("p")));
        units.Add(Element("dialog").With("open").Add(Element("p")));
        units.Add(Element("svg").With("width", "16").With("height", "16").Add(Element("circle").With("r", "4")).Add(Element("text")));
        units.Add(Element("canvas").With("width", "20").With("height", "10"));
        units.Add(Element("audio").With("controls"));
        units.Add(Element("video"));
        units.Add(Element("img").With("alt", "Ag 1"));
        units.Add(Element("template").Add(Element("p")));
        units.Add(Element("div").With("hidden"));
        units.Add(Element("div").With("dir", "rtl").Add(Element("span")));
        units.Add(Element("search").Add(Element("input").With("type", "search")));
        units.Add(Element("hgroup").Add(Element("h2")).Add(Element("p")));
        var present = new HashSet<string>(StringComparer.Ordinal);
        void Collect(PageNode node)
        {
            present.Add(node.Tag);
            node.Children.ForEach(Collect);
        }
        units.ForEach(Collect);
        foreach (var tag in scan.Tags)
        {
            if (!present.Contains(tag) && !s_replaced.Contains(tag))
                units.Add(Element(tag));
        }
        return units;
    }
}
