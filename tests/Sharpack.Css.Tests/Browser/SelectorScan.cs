// What a stylesheet's selectors ask of a document, for the test page that exercises it
// (TestPage): every style rule's selector list (nested rules resolved against their parents,
// rules inside @media, @supports, @layer, @container, @scope and @starting-style included),
// each complex selector as compounds joined by combinators, and the class names, ids, element
// names and attribute selectors they mention. A token-level reading, not a selector parser:
// pseudo-classes that a static document can satisfy become attributes (:checked → checked),
// :is()/:where() lend their first alternative, :has() its first argument as a descendant, and
// the rest (:hover, :nth-child(), :not(), pseudo-elements) is left out.

namespace Sharpack.Css.Tests.Browser;

/// <summary>How a compound is joined to the one before it.</summary>
internal enum Combinator
{
    Descendant,
    Child,
    NextSibling,
    SubsequentSibling,
}

/// <summary>One compound selector: what an element must be or carry to match it.</summary>
internal sealed class Compound
{
    /// <summary>The element name, lower case; null for <c>*</c> or none.</summary>
    public string? Tag { get; set; }

    public List<string> Classes { get; } = [];

    /// <summary>How many times each class name is mentioned.</summary>
    public Dictionary<string, int> ClassUses { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The <paramref name="count"/> most mentioned class names (the first mentioned first among equals): the
    /// components others modify (.btn, .fa, .animate__animated), which test pages pair other classes with.
    /// </summary>
    public List<string> CommonClasses(int count) =>
        [.. Classes.Select((name, order) => (name, order)).OrderByDescending(c => ClassUses[c.name]).ThenBy(c => c.order).Take(count).Select(c => c.name)];

    public List<string> Ids { get; } = [];

    /// <summary>Attribute selectors and attributes implied by pseudo-classes: name and value ("" for presence).</summary>
    public List<(string Name, string Value)> Attributes { get; } = [];

    /// <summary>Holds <c>&amp;</c> (the parent rule's selector).</summary>
    public bool Nesting { get; set; }

    /// <summary>Has <c>:empty</c>: the element gets no text.</summary>
    public bool Empty { get; set; }

    /// <summary>Names the document's root or body (<c>:root</c>, <c>html</c>, <c>body</c>, <c>:host</c>), which the page has once.</summary>
    public bool Root { get; set; }

    /// <summary>The first argument of <c>:has()</c>, a relative selector.</summary>
    public Complex? Has { get; set; }

    /// <summary>Holds a simple selector (<c>*</c> and pseudo-classes count: the compound still stands for an element).</summary>
    public bool Present { get; set; }

    public bool IsEmpty => !Present;

    /// <summary>A new compound with this one's selectors and <paramref name="other"/>'s.</summary>
    public Compound Merge(Compound other)
    {
        var merged = new Compound { Present = true, Tag = Tag ?? other.Tag, Nesting = false, Empty = Empty || other.Empty, Root = Root || other.Root, Has = Has ?? other.Has };
        merged.Classes.AddRange(Classes.Concat(other.Classes).Distinct(StringComparer.Ordinal));
        merged.Ids.AddRange(Ids.Concat(other.Ids).Distinct(StringComparer.Ordinal));
        merged.Attributes.AddRange(Attributes.Concat(other.Attributes).Distinct());
        return merged;
    }

    public override string ToString() =>
        (Root ? ":root" : "") + (Tag ?? "") + string.Concat(Ids.Select(i => "#" + i)) + string.Concat(Classes.Select(c => "." + c))
        + string.Concat(Attributes.Select(a => a.Value.Length == 0 ? $"[{a.Name}]" : $"[{a.Name}=\"{a.Value}\"]"))
        + (Has is null ? "" : $":has({Has})");
}

/// <summary>A complex selector: compounds, each with the combinator that joins it to the previous one.</summary>
internal sealed class Complex
{
    public List<(Combinator Combinator, Compound Compound)> Steps { get; } = [];

    public override string ToString() => string.Concat(Steps.Select((s, i) => (i == 0 && s.Combinator == Combinator.Descendant ? "" : s.Combinator switch
    {
        Combinator.Child => " > ",
        Combinator.NextSibling => " + ",
        Combinator.SubsequentSibling => " ~ ",
        _ => " ",
    }) + s.Compound)).Trim();
}

/// <summary>The selectors of one stylesheet.</summary>
internal sealed class SelectorScan
{
    // At-rules whose blocks hold style rules that apply (given their condition) to the document.
    private static readonly HashSet<string> s_groupingRules = new(StringComparer.OrdinalIgnoreCase)
    {
        "media", "supports", "layer", "container", "scope", "starting-style", "document", "-moz-document",
    };

    // Pseudo-classes a static element satisfies through an attribute (and the element it needs, when the compound names none).
    private static readonly Dictionary<string, (string Name, string Value, string? Tag)> s_statePseudoClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["checked"] = ("checked", "", "input"),
        ["disabled"] = ("disabled", "", "button"),
        ["required"] = ("required", "", "input"),
        ["invalid"] = ("required", "", "input"),
        ["user-invalid"] = ("required", "", "input"),
        ["placeholder-shown"] = ("placeholder", "Placeholder", "input"),
        ["read-only"] = ("readonly", "", "input"),
        ["open"] = ("open", "", "details"),
        ["popover-open"] = ("popover", "manual", null),
        ["modal"] = ("open", "", "dialog"),
        ["link"] = ("href", "#", "a"),
        ["any-link"] = ("href", "#", "a"),
    };

    private readonly CssStylesheet _sheet;

    private SelectorScan(CssStylesheet sheet) => _sheet = sheet;

    /// <summary>Every style rule's complex selectors, in source order (nested ones resolved), duplicates removed.</summary>
    public List<Complex> Selectors { get; } = [];

    /// <summary>Class names in order of first appearance (escapes decoded), from every selector, arguments of :not() and :has() included.</summary>
    public List<string> Classes { get; } = [];

    /// <summary>How many times each class name is mentioned.</summary>
    public Dictionary<string, int> ClassUses { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The <paramref name="count"/> most mentioned class names (the first mentioned first among equals): the
    /// components others modify (.btn, .fa, .animate__animated), which test pages pair other classes with.
    /// </summary>
    public List<string> CommonClasses(int count) =>
        [.. Classes.Select((name, order) => (name, order)).OrderByDescending(c => ClassUses[c.name]).ThenBy(c => c.order).Take(count).Select(c => c.name)];

    public List<string> Ids { get; } = [];

    /// <summary>Element names (lower case) used as type selectors.</summary>
    public List<string> Tags { get; } = [];

    /// <summary>Attribute selectors, with the element name of their compound when it has one.</summary>
    public List<(string? Tag, string Name, string Value)> Attributes { get; } = [];

    private readonly HashSet<string> _seenSelectors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenClasses = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenTags = new(StringComparer.Ordinal);
    private readonly HashSet<(string?, string, string)> _seenAttributes = [];

    /// <summary>Reads the selectors of <paramref name="css"/>.</summary>
    public static SelectorScan Of(string css)
    {
        var scan = new SelectorScan(CssParser.ParseStylesheet(css));
        scan.Walk(scan._sheet.Rules, parents: null);
        return scan;
    }

    private void Walk(List<CssNode> nodes, List<Complex>? parents)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case CssQualifiedRule rule:
                    {
                        var list = ParseList(rule.Prelude.Start, rule.Prelude.End);
                        if (parents is not null)
                            list = [.. parents.Take(4).SelectMany(parent => list.Select(child => Resolve(child, parent)))];
                        foreach (var complex in list)
                        {
                            if (_seenSelectors.Add(complex.ToString()))
                                Selectors.Add(complex);
                        }
                        Walk(rule.Block, list);
                        break;
                    }
                case CssAtRule { Block: { } block } atRule when s_groupingRules.Contains(atRule.Name):
                    Walk(block, parents);
                    break;
            }
        }
    }

    // The nested rule's selector with `&` replaced by the parent's, or the parent's prepended.
    private static Complex Resolve(Complex child, Complex parent)
    {
        var resolved = new Complex();
        if (!child.Steps.Any(s => s.Compound.Nesting))
        {
            resolved.Steps.AddRange(parent.Steps);
            resolved.Steps.AddRange(child.Steps);
            return resolved;
        }
        foreach (var (combinator, compound) in child.Steps)
        {
            if (!compound.Nesting)
            {
                resolved.Steps.Add((combinator, compound));
                continue;
            }
            for (var i = 0; i < parent.Steps.Count; i++)
            {
                var (parentCombinator, parentCompound) = parent.Steps[i];
                var first = i == 0;
                var last = i == parent.Steps.Count - 1;
                resolved.Steps.Add((first ? combinator : parentCombinator, last ? parentCompound.Merge(compound) : parentCompound));
            }
        }
        return resolved;
    }

    // A selector list in [start, end): complex selectors split at top-level commas.
    private List<Complex> ParseList(int start, int end)
    {
        var tokens = _sheet.Tokens;
        var list = new List<Complex>();
        var complex = new Complex();
        var compound = new Compound();
        Combinator? pending = null;
        var sawWhitespace = false;

        void EndCompound()
        {
            if (compound.IsEmpty)
                return;
            var combinator = pending ?? Combinator.Descendant;
            complex.Steps.Add((combinator, compound));
            compound = new Compound();
            pending = null;
        }

        void StartSimple()
        {
            // A simple selector after whitespace and no combinator: a descendant combinator.
            if (sawWhitespace && (complex.Steps.Count > 0 || !compound.IsEmpty) && pending is null)
            {
                EndCompound();
                pending = Combinator.Descendant;
            }
            else if (pending is not null && !compound.IsEmpty)
            {
                EndCompound();
            }
            sawWhitespace = false;
            compound.Present = true;
        }

        void EndComplex()
        {
            EndCompound();
            if (complex.Steps.Count > 0)
                list.Add(complex);
            complex = new Complex();
            pending = null;
            sawWhitespace = false;
        }

        var i = start;
        while (i < end)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case CssTokenKind.Whitespace:
                    sawWhitespace = true;
                    i++;
                    continue;
                case CssTokenKind.Comma:
                    EndComplex();
                    i++;
                    continue;
                case CssTokenKind.Delim:
                    {
                        var c = _sheet.Source[token.Start];
                        if (c is '>' or '+' or '~')
                        {
                            if (!compound.IsEmpty)
                                EndCompound();
                            pending = c switch { '>' => Combinator.Child, '+' => Combinator.NextSibling, _ => Combinator.SubsequentSibling };
                            sawWhitespace = false;
                            i++;
                            continue;
                        }
                        StartSimple();
                        if (c == '.' && i + 1 < end && tokens[i + 1].Kind == CssTokenKind.Ident)
                        {
                            AddClass(compound, _sheet.Value(i + 1));
                            i += 2;
                            continue;
                        }
                        if (c == '&')
                            compound.Nesting = true;
                        i++;
                        continue;
                    }
                case CssTokenKind.Ident:
                    StartSimple();
                    AddTag(compound, _sheet.Value(i).ToLowerInvariant());
                    i++;
                    continue;
                case CssTokenKind.Hash:
                    StartSimple();
                    if ((token.Flags & CssTokenFlags.HashId) != 0)
                    {
                        var id = _sheet.Value(i);
                        compound.Ids.Add(id);
                        if (_seenIds.Add(id))
                            Ids.Add(id);
                    }
                    i++;
                    continue;
                case CssTokenKind.LeftBracket:
                    StartSimple();
                    ParseAttribute(compound, i + 1, Math.Min(_sheet.Match[i], end));
                    i = _sheet.NextComponentValue(i);
                    continue;
                case CssTokenKind.Colon:
                    StartSimple();
                    i = ParsePseudo(compound, i + 1, end);
                    continue;
                default:
                    i = _sheet.NextComponentValue(i);
                    continue;
            }
        }
        EndComplex();
        return list;
    }

    // `[name]`, `[name=value]`, `[name^="value" i]`, `[ns|name]`: the tokens between the brackets.
    private void ParseAttribute(Compound compound, int start, int end)
    {
        var tokens = _sheet.Tokens;
        string? name = null;
        var value = "";
        var sawOperator = false;
        for (var i = start; i < end; i++)
        {
            var kind = tokens[i].Kind;
            if (kind == CssTokenKind.Ident && name is null)
                name = _sheet.Value(i).ToLowerInvariant();
            else if (kind == CssTokenKind.Delim && _sheet.Source[tokens[i].Start] == '=')
                sawOperator = true;
            else if (sawOperator && kind is CssTokenKind.Ident or CssTokenKind.String && value.Length == 0)
                value = _sheet.Value(i);
            else if (sawOperator && kind is CssTokenKind.Number or CssTokenKind.Dimension or CssTokenKind.Percentage && value.Length == 0)
                value = _sheet.Text(i).ToString();
        }
        if (name is null)
            return;
        compound.Attributes.Add((name, value));
        if (_seenAttributes.Add((compound.Tag, name, value)))
            Attributes.Add((compound.Tag, name, value));
    }

    // After a `:`: a pseudo-class or (after `::`) a pseudo-element. Returns the index after it.
    private int ParsePseudo(Compound compound, int i, int end)
    {
        var tokens = _sheet.Tokens;
        if (i >= end)
            return i;
        if (tokens[i].Kind == CssTokenKind.Colon)
            return i + 1 < end ? _sheet.NextComponentValue(i + 1) : i + 1; // a pseudo-element: not an element of the page
        if (tokens[i].Kind == CssTokenKind.Ident)
        {
            var name = _sheet.Value(i).ToLowerInvariant();
            if (name is "root" or "host" or "scope")
                compound.Root = true;
            else if (name == "empty")
                compound.Empty = true;
            else if (s_statePseudoClasses.TryGetValue(name, out var state))
            {
                compound.Attributes.Add((state.Name, state.Value));
                if (compound.Tag is null && state.Tag is not null)
                    compound.Tag = state.Tag;
            }
            return i + 1;
        }
        if (tokens[i].Kind != CssTokenKind.Function)
            return i + 1;
        var function = _sheet.Value(i).ToLowerInvariant();
        var close = Math.Min(_sheet.Match[i], end);
        if (function is not ("is" or "where" or "matches" or "-webkit-any" or "-moz-any" or "has" or "not" or "dir"))
            return Math.Min(close + 1, end); // :nth-child(2n+1 of …), :lang(), :host(): arguments that are no selector of the page
        var arguments = function == "dir" ? [] : ParseList(i + 1, close);
        switch (function)
        {
            case "is" or "where" or "matches" or "-webkit-any" or "-moz-any":
                if (arguments.FirstOrDefault(a => a.Steps.Count == 1) is { } single)
                {
                    var merged = compound.Merge(single.Steps[0].Compound);
                    CopyInto(merged, compound);
                }
                break;
            case "has":
                compound.Has ??= arguments.FirstOrDefault();
                break;
            case "dir":
                compound.Attributes.Add(("dir", close > i + 1 ? _sheet.Value(i + 1) : "ltr"));
                break;
        }
        return Math.Min(close + 1, end);
    }

    private static void CopyInto(Compound source, Compound target)
    {
        target.Tag = source.Tag;
        target.Root = source.Root;
        target.Empty = source.Empty;
        target.Has = source.Has;
        target.Classes.Clear();
        target.Classes.AddRange(source.Classes);
        target.Ids.Clear();
        target.Ids.AddRange(source.Ids);
        target.Attributes.Clear();
        target.Attributes.AddRange(source.Attributes);
    }

    private void AddClass(Compound compound, string name)
    {
        compound.Classes.Add(name);
        ClassUses[name] = ClassUses.GetValueOrDefault(name) + 1;
        if (_seenClasses.Add(name))
            Classes.Add(name);
    }

    private void AddTag(Compound compound, string name)
    {
        if (name is "html" or "body")
        {
            compound.Root = true;
            return;
        }
        compound.Tag = name;
        if (_seenTags.Add(name))
            Tags.Add(name);
    }
}
