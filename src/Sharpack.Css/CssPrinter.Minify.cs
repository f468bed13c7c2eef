// The minifier's rewrites inside the printer: which rules and declarations are left out, where
// whitespace can go, and shorter forms of numbers, zero lengths and colors. Each rewrite keeps
// the token's meaning in the place it stands: a number keeps its type (`1.0` is not the integer
// `1`: `z-index: 1.0` is invalid and must stay so), a zero drops only a length unit and only in
// properties where a unitless zero is that length, colors change only in declaration values.

using System.Globalization;
using System.Text;

namespace Sharpack.Css;

public static partial class CssPrinter
{
    // Properties whose lengths may be written as a bare 0 (`0px` → `0`). Not flex (a bare 0 there
    // can be a flex factor), not border-image-width (a bare number multiplies the border width),
    // not line-height (a number inherits differently), not inside functions (calc needs units).
    private static readonly HashSet<string> s_zeroLengthProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "margin", "margin-top", "margin-right", "margin-bottom", "margin-left", "margin-block", "margin-inline",
        "margin-block-start", "margin-block-end", "margin-inline-start", "margin-inline-end",
        "padding", "padding-top", "padding-right", "padding-bottom", "padding-left", "padding-block", "padding-inline",
        "padding-block-start", "padding-block-end", "padding-inline-start", "padding-inline-end",
        "top", "right", "bottom", "left", "inset", "inset-block", "inset-inline", "inset-block-start", "inset-block-end",
        "inset-inline-start", "inset-inline-end", "width", "height", "min-width", "min-height", "max-width", "max-height",
        "border-width", "border-top-width", "border-right-width", "border-bottom-width", "border-left-width",
        "border", "border-top", "border-right", "border-bottom", "border-left", "outline", "outline-width", "outline-offset",
        "border-radius", "border-top-left-radius", "border-top-right-radius", "border-bottom-left-radius", "border-bottom-right-radius",
        "letter-spacing", "word-spacing", "text-indent", "gap", "row-gap", "column-gap", "grid-gap", "border-spacing",
        "box-shadow", "text-shadow", "background-position", "transform-origin", "perspective-origin", "vertical-align", "font-size",
    };

    private static readonly HashSet<string> s_lengthUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "px", "em", "rem", "ex", "ch", "vw", "vh", "vmin", "vmax", "cm", "mm", "q", "in", "pt", "pc",
        "lh", "rlh", "vb", "vi", "svw", "svh", "lvw", "lvh", "dvw", "dvh", "cqw", "cqh", "cqi", "cqb", "cqmin", "cqmax",
    };

    // Named colors and their hex forms, where one of them is shorter than the other.
    private static readonly Dictionary<string, string> s_hexToName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["#f00"] = "red",
        ["#d2b48c"] = "tan",
        ["#000080"] = "navy",
        ["#808080"] = "gray",
        ["#008000"] = "green",
        ["#800000"] = "maroon",
        ["#808000"] = "olive",
        ["#800080"] = "purple",
        ["#008080"] = "teal",
        ["#c0c0c0"] = "silver",
        ["#ffa500"] = "orange",
        ["#fa8072"] = "salmon",
        ["#a0522d"] = "sienna",
        ["#ff6347"] = "tomato",
        ["#ee82ee"] = "violet",
        ["#f5deb3"] = "wheat",
        ["#ffc0cb"] = "pink",
        ["#dda0dd"] = "plum",
        ["#cd853f"] = "peru",
        ["#fffafa"] = "snow",
        ["#a52a2a"] = "brown",
        ["#ff7f50"] = "coral",
        ["#ffd700"] = "gold",
        ["#4b0082"] = "indigo",
        ["#fffff0"] = "ivory",
        ["#f0e68c"] = "khaki",
        ["#faf0e6"] = "linen",
        ["#da70d6"] = "orchid",
        ["#f5f5dc"] = "beige",
        ["#f0ffff"] = "azure",
        ["#ffe4c4"] = "bisque",
    };

    private static readonly Dictionary<string, string> s_nameToHex = new(StringComparer.OrdinalIgnoreCase)
    {
        ["white"] = "#fff",
        ["black"] = "#000",
        ["yellow"] = "#ff0",
        ["fuchsia"] = "#f0f",
        ["magenta"] = "#f0f",
        ["aqua"] = "#0ff",
        ["cyan"] = "#0ff",
        ["lightgoldenrodyellow"] = "#fafad2",
        ["mediumvioletred"] = "#c71585",
        ["darkslategray"] = "#2f4f4f",
        ["darkslategrey"] = "#2f4f4f",
        ["lightslategray"] = "#789",
        ["lightslategrey"] = "#789",
        ["mediumspringgreen"] = "#00fa9a",
        ["mediumslateblue"] = "#7b68ee",
        ["mediumaquamarine"] = "#66cdaa",
        ["palevioletred"] = "#db7093",
        ["blanchedalmond"] = "#ffebcd",
        ["darkgoldenrod"] = "#b8860b",
        ["lightsteelblue"] = "#b0c4de",
        ["cornflowerblue"] = "#6495ed",
        ["darkolivegreen"] = "#556b2f",
        ["lightseagreen"] = "#20b2aa",
        ["mediumseagreen"] = "#3cb371",
        ["mediumturquoise"] = "#48d1cc",
        ["lightskyblue"] = "#87cefa",
        ["darkturquoise"] = "#00ced1",
        ["lightcoral"] = "#f08080",
        ["lightgreen"] = "#90ee90",
        ["lightyellow"] = "#ffffe0",
        ["lawngreen"] = "#7cfc00",
        ["lemonchiffon"] = "#fffacd",
        ["papayawhip"] = "#ffefd5",
        ["peachpuff"] = "#ffdab9",
        ["darkorange"] = "#ff8c00",
        ["greenyellow"] = "#adff2f",
        ["yellowgreen"] = "#9acd32",
        ["springgreen"] = "#00ff7f",
        ["forestgreen"] = "#228b22",
        ["chartreuse"] = "#7fff00",
        ["darkmagenta"] = "#8b008b",
        ["darkviolet"] = "#9400d3",
        ["blueviolet"] = "#8a2be2",
        ["deepskyblue"] = "#00bfff",
        ["dodgerblue"] = "#1e90ff",
        ["lightcyan"] = "#e0ffff",
        ["mintcream"] = "#f5fffa",
        ["whitesmoke"] = "#f5f5f5",
        ["ghostwhite"] = "#f8f8ff",
        ["floralwhite"] = "#fffaf0",
        ["antiquewhite"] = "#faebd7",
        ["navajowhite"] = "#ffdead",
        ["lavenderblush"] = "#fff0f5",
        ["mistyrose"] = "#ffe4e1",
        ["honeydew"] = "#f0fff0",
        ["aliceblue"] = "#f0f8ff",
        ["seashell"] = "#fff5ee",
        ["oldlace"] = "#fdf5e6",
        ["cornsilk"] = "#fff8dc",
        ["burlywood"] = "#deb887",
        ["sandybrown"] = "#f4a460",
        ["darksalmon"] = "#e9967a",
        ["lightsalmon"] = "#ffa07a",
        ["rosybrown"] = "#bc8f8f",
        ["saddlebrown"] = "#8b4513",
        ["chocolate"] = "#d2691e",
        ["firebrick"] = "#b22222",
        ["darkred"] = "#8b0000",
        ["crimson"] = "#dc143c",
        ["orangered"] = "#ff4500",
        ["goldenrod"] = "#daa520",
        ["palegoldenrod"] = "#eee8aa",
        ["darkkhaki"] = "#bdb76b",
        ["lightgray"] = "#d3d3d3",
        ["lightgrey"] = "#d3d3d3",
        ["gainsboro"] = "#dcdcdc",
        ["darkgray"] = "#a9a9a9",
        ["darkgrey"] = "#a9a9a9",
        ["dimgray"] = "#696969",
        ["dimgrey"] = "#696969",
        ["slategray"] = "#708090",
        ["slategrey"] = "#708090",
        ["lightpink"] = "#ffb6c1",
        ["hotpink"] = "#ff69b4",
        ["deeppink"] = "#ff1493",
        ["mediumorchid"] = "#ba55d3",
        ["mediumpurple"] = "#9370db",
        ["darkorchid"] = "#9932cc",
        ["rebeccapurple"] = "#639",
        ["darkslateblue"] = "#483d8b",
        ["slateblue"] = "#6a5acd",
        ["midnightblue"] = "#191970",
        ["mediumblue"] = "#0000cd",
        ["darkblue"] = "#00008b",
        ["royalblue"] = "#4169e1",
        ["steelblue"] = "#4682b4",
        ["powderblue"] = "#b0e0e6",
        ["cadetblue"] = "#5f9ea0",
        ["darkcyan"] = "#008b8b",
        ["aquamarine"] = "#7fffd4",
        ["turquoise"] = "#40e0d0",
        ["paleturquoise"] = "#afeeee",
        ["darkseagreen"] = "#8fbc8f",
        ["palegreen"] = "#98fb98",
        ["limegreen"] = "#32cd32",
        ["darkgreen"] = "#006400",
        ["olivedrab"] = "#6b8e23",
        ["seagreen"] = "#2e8b57",
        ["lavender"] = "#e6e6fa",
        ["thistle"] = "#d8bfd8",
        ["moccasin"] = "#ffe4b5",
        ["indianred"] = "#cd5c5c",
        ["lightblue"] = "#add8e6",
    };

    // Properties whose identifiers that name colors are colors (not animation or font names).
    private static readonly HashSet<string> s_colorProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "color", "background", "background-color", "border", "border-color", "border-top", "border-right",
        "border-bottom", "border-left", "border-top-color", "border-right-color", "border-bottom-color",
        "border-left-color", "outline", "outline-color", "fill", "stroke", "caret-color", "column-rule",
        "column-rule-color", "text-decoration", "text-decoration-color", "box-shadow", "text-shadow",
        "accent-color", "stop-color", "flood-color", "lighting-color",
    };

    private sealed partial class Writer
    {
        // The functions (their tokens; -1 for a parenthesis or bracket) around the token being written,
        // innermost last: its count is the value depth (zero lengths are bare only at depth 0).
        private readonly List<int> _enclosing = [];

        // The name of the innermost function around the token being written, or null.
        private string? EnclosingFunction()
        {
            if (_enclosing.Count == 0 || _enclosing[^1] < 0)
                return _enclosing.Count == 0 ? null : "";
            var token = _tokens[_enclosing[^1]];
            return _source.Substring(token.Start, token.ValueEnd - token.Start);
        }

        // One rendered item of a block: a rule (prelude and body kept apart, for merging) or anything else.
        private sealed class Part
        {
            public string? Prelude;
            public List<(int Column, int Offset)>? PreludeMappings;
            public string Body = "";
            public List<(int Column, int Offset)> BodyMappings = [];
            public bool DeclarationsOnly;
            // A declaration or an at-rule without a block: needs a `;` before what follows.
            public bool NeedsSemicolon;

            // The prelude's pseudo-classes and pseudo-elements not every browser reads (UnusualPseudos), once computed.
            public string? Features;
        }

        // Minify: renders each node of a block, drops empty rules and repeated declarations, merges
        // adjacent rules with the same selector or the same body, and writes the result.
        private void MinifiedNodes(List<CssNode> nodes, bool topLevel)
        {
            var parts = new List<Part>(nodes.Count);
            // The prelude of the rule after the one being rendered, rendered to compare with it (kept for its turn).
            (int Index, string Text, List<(int Column, int Offset)> Mappings) ahead = (-1, "", s_noMappings);
            for (var i = 0; i < nodes.Count; i++)
            {
                var node = nodes[i];
                switch (node)
                {
                    case CssQualifiedRule rule:
                        {
                            var (prelude, preludeMappings) = ahead.Index == i
                                ? (ahead.Text, ahead.Mappings)
                                : Render(rule.Prelude, static (writer, range) => writer.Tokens(range, Context.Selector, null));
                            var block = rule.Block;
                            var declarationsOnly = block.TrueForAll(static n => n is CssDeclaration);
                            // Adjacent rules with the same selector and only declarations are one rule
                            // (merged before rendering, so repeated declarations across them go too).
                            while (declarationsOnly && i + 1 < nodes.Count && nodes[i + 1] is CssQualifiedRule next
                                && next.Block.TrueForAll(static n => n is CssDeclaration))
                            {
                                var (nextPrelude, nextMappings) = Render(next.Prelude, static (writer, range) => writer.Tokens(range, Context.Selector, null));
                                ahead = (i + 1, nextPrelude, nextMappings);
                                if (nextPrelude != prelude)
                                    break;
                                block = [.. block, .. next.Block];
                                i++;
                            }
                            var (body, bodyMappings) = Render(block, static (writer, nodes) => writer.Nodes(nodes, topLevel: false));
                            if (body.Length == 0)
                                continue;
                            parts.Add(new Part { Prelude = prelude, PreludeMappings = preludeMappings, Body = body, BodyMappings = bodyMappings, DeclarationsOnly = declarationsOnly });
                            break;
                        }
                    case CssAtRule { Block: { } block } atRule:
                        {
                            var (head, headMappings) = Render(atRule, static (writer, rule) => writer.AtRuleHead(rule));
                            // Adjacent @media/@supports/@container blocks with the same condition are one block.
                            if (IsConditionalGroup(atRule.Name))
                            {
                                while (i + 1 < nodes.Count && nodes[i + 1] is CssAtRule { Block: { } nextBlock } next
                                    && string.Equals(next.Name, atRule.Name, StringComparison.OrdinalIgnoreCase)
                                    && Render(next, static (writer, rule) => writer.AtRuleHead(rule)).Text == head)
                                {
                                    block = [.. block, .. nextBlock];
                                    i++;
                                }
                            }
                            var (body, bodyMappings) = Render((atRule, block), static (writer, state) => writer.BlockOf(state.atRule, state.block));
                            if (body.Length == 0 && IsConditionalGroup(atRule.Name))
                                continue;
                            AddShifted(headMappings, bodyMappings, head.Length + 1);
                            parts.Add(new Part { Body = head + "{" + body + "}", BodyMappings = headMappings });
                            break;
                        }
                    case CssAtRule atRule:
                        {
                            var (head, headMappings) = Render(atRule, static (writer, rule) => writer.AtRuleHead(rule));
                            parts.Add(new Part { Body = head, BodyMappings = headMappings, NeedsSemicolon = true });
                            break;
                        }
                    case CssDeclaration:
                        {
                            // A run of declarations is one part, rendered at once (most of a stylesheet).
                            var run = new List<CssDeclaration>();
                            var j = i;
                            for (; j < nodes.Count && nodes[j] is CssDeclaration next; j++)
                            {
                                if (!IsRepeatedLater(nodes, j, next))
                                    run.Add(next);
                            }
                            i = j - 1;
                            if (run.Count == 0)
                                continue;
                            var (text, mappings) = Render(run, static (writer, declarations) => writer.Declarations(declarations));
                            parts.Add(new Part { Body = text, BodyMappings = mappings, NeedsSemicolon = true });
                            break;
                        }
                }
            }
            MergeRules(parts);
            for (var i = 0; i < parts.Count; i++)
            {
                var part = parts[i];
                if (part.Prelude is not null)
                {
                    AddShifted(_mappings, part.PreludeMappings!, _text.Length);
                    _text.Append(part.Prelude).Append('{');
                    AddShifted(_mappings, part.BodyMappings, _text.Length);
                    _text.Append(part.Body).Append('}');
                }
                else
                {
                    AddShifted(_mappings, part.BodyMappings, _text.Length);
                    _text.Append(part.Body);
                }
                if (part.NeedsSemicolon && (topLevel || i < parts.Count - 1))
                    _text.Append(';');
            }
            _last = -1;
            _pendingSpace = false;
        }

        // Adjacent rules with the same body → one rule with a selector list.
        private void MergeRules(List<Part> parts)
        {
            var i = 0;
            while (i + 1 < parts.Count)
            {
                var first = parts[i];
                var second = parts[i + 1];
                if (first.Prelude is not null && second.Prelude is not null)
                {
                    // A selector list fails whole when one selector is unknown to the browser: only
                    // selectors that need the same pseudo-classes and pseudo-elements beyond those every
                    // browser reads are joined (a browser reads both or neither).
                    if (first.Body == second.Body && (first.Features ??= UnusualPseudos(first.Prelude)) == (second.Features ??= UnusualPseudos(second.Prelude)))
                    {
                        AddShifted(first.PreludeMappings!, second.PreludeMappings!, first.Prelude.Length + 1);
                        first.Prelude = first.Prelude + "," + second.Prelude;
                        parts.RemoveAt(i + 1);
                        continue;
                    }
                }
                i++;
            }
        }

        private static readonly HashSet<string> s_widelySupportedPseudos = new(StringComparer.OrdinalIgnoreCase)
        {
            "hover", "active", "focus", "visited", "link", "first-child", "last-child", "nth-child", "nth-last-child",
            "nth-of-type", "nth-last-of-type", "first-of-type", "last-of-type", "only-child", "only-of-type", "empty",
            "root", "not", "checked", "disabled", "enabled", "target", "before", "after", "first-line", "first-letter", "lang",
        };

        // The pseudo-classes and pseudo-elements of the selector beyond CSS 2's and Selectors 3's,
        // lowercased, sorted and joined by spaces ("" for none).
        private static string UnusualPseudos(string selector)
        {
            List<string>? names = null;
            for (var i = 0; i < selector.Length; i++)
            {
                var c = selector[i];
                if (c == '\\')
                {
                    i++;
                    continue;
                }
                if (c is '"' or '\'')
                {
                    var close = selector.IndexOf(c, i + 1);
                    if (close < 0)
                        return "\"" + selector; // never joined to another
                    i = close;
                    continue;
                }
                if (c != ':')
                    continue;
                var start = i + 1;
                if (start < selector.Length && selector[start] == ':')
                    start++;
                var end = start;
                while (end < selector.Length && (char.IsAsciiLetterOrDigit(selector[end]) || selector[end] == '-'))
                    end++;
                var name = selector[start..end];
                if (!s_widelySupportedPseudos.Contains(name))
                {
                    names ??= [];
                    name = name.ToLowerInvariant();
                    if (!names.Contains(name))
                        names.Add(name);
                }
                i = end - 1;
            }
            if (names is null)
                return "";
            names.Sort(StringComparer.Ordinal);
            return string.Join(' ', names);
        }

        // Builders for Render, reused: rendering nests as deep as the blocks do.
        private readonly Stack<StringBuilder> _builders = new();

        // What `write` writes for `state`, as a string with its mappings (static lambdas: no closure per call).
        private (string Text, List<(int Column, int Offset)> Mappings) Render<TState>(TState state, Action<Writer, TState> write)
        {
            var saved = _text;
            var savedMappings = _mappings;
            _text = _builders.Count > 0 ? _builders.Pop() : new StringBuilder();
            _mappings = recordMappings ? [] : s_noMappings;
            _last = -1;
            _pendingSpace = false;
            write(this, state);
            var rendered = (_text.ToString(), _mappings);
            _text.Clear();
            _builders.Push(_text);
            _text = saved;
            _mappings = savedMappings;
            _last = -1;
            return rendered;
        }

        // What a writer that records no mappings holds (nothing is ever added to it).
        private static readonly List<(int Column, int Offset)> s_noMappings = [];

        private void Declarations(List<CssDeclaration> declarations)
        {
            var merged = MergeableLonghands(declarations);
            var written = 0;
            for (var i = 0; i < declarations.Count; i++)
            {
                MergedLonghands? shorthand = null;
                if (merged is not null && IsMerged(merged, i, out shorthand) && shorthand is null)
                    continue;
                if (written++ > 0)
                    Punctuation(';');
                if (shorthand is { } group)
                {
                    Map(_tokens[declarations[i].NameIndex].Start);
                    _text.Append(group.Shorthand).Append(':').Append(group.Value);
                    if (group.Important)
                        _text.Append("!important");
                    _last = -1;
                    continue;
                }
                Declaration(declarations[i]);
            }
        }

        // Whether declaration `index` is one of merged longhands; the shorthand when it is written in their place.
        private static bool IsMerged(List<MergedLonghands> merged, int index, out MergedLonghands? shorthand)
        {
            shorthand = null;
            foreach (var group in merged)
            {
                if (Array.IndexOf(group.Members, index) < 0)
                    continue;
                if (group.At == index)
                    shorthand = group;
                return true;
            }
            return false;
        }

        private void AddShifted(List<(int Column, int Offset)> target, List<(int Column, int Offset)> source, int by)
        {
            if (!recordMappings)
                return;
            foreach (var (column, offset) in source)
                target.Add((column + by, offset));
        }


        private void AtRuleHead(CssAtRule atRule)
        {
            Token(atRule.NameIndex);
            if (!IsBlank(atRule.Prelude))
            {
                _text.Append(' ');
                _last = -1;
            }
            Tokens(atRule.Prelude, Context.AtRulePrelude, atRule.Name);
        }


        private static bool IsConditionalGroup(string name) =>
            name.Equals("media", StringComparison.OrdinalIgnoreCase) || name.Equals("supports", StringComparison.OrdinalIgnoreCase)
            || name.Equals("container", StringComparison.OrdinalIgnoreCase);

        // The same declaration (name, value as written, priority) later in the block makes this one redundant.
        private bool IsRepeatedLater(List<CssNode> nodes, int index, CssDeclaration declaration)
        {
            var value = ValueText(declaration.Value);
            for (var j = index + 1; j < nodes.Count; j++)
            {
                if (nodes[j] is CssDeclaration later && later.Important == declaration.Important
                    && string.Equals(later.Name, declaration.Name, declaration.IsCustomProperty ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)
                    && ValueText(later.Value).SequenceEqual(value))
                    return true;
            }
            return false;
        }

        private ReadOnlySpan<char> ValueText(CssTokenRange range) =>
            range.IsEmpty ? [] : _source.AsSpan(_tokens[range.Start].Start, _tokens[range.End - 1].End - _tokens[range.Start].Start);

        // Whether the whitespace before token `index` must be written (minify).
        private bool SpaceNeeded(int index, Context context)
        {
            if (_last < 0)
                return false;
            var previous = _tokens[_last];
            var next = _tokens[index];
            if (previous.Kind is CssTokenKind.Comma or CssTokenKind.LeftParenthesis or CssTokenKind.LeftBracket or CssTokenKind.Function
                || next.Kind is CssTokenKind.Comma or CssTokenKind.RightParenthesis or CssTokenKind.RightBracket)
                return false;
            switch (context)
            {
                case Context.Selector:
                    return !IsCombinator(previous) && !IsCombinator(next) && !IsAttributeOperator(previous) && !IsAttributeOperator(next);
                case Context.Value:
                    // Transform functions follow each other without a space: `scale(2)rotate(5deg)`.
                    if (previous.Kind == CssTokenKind.RightParenthesis && next.Kind == CssTokenKind.Function && IsTransformProperty(_property!))
                        return false;
                    return !IsDelim(previous, '/') && !IsDelim(next, '/') && !IsDelim(previous, '*') && !IsDelim(next, '*');
                case Context.AtRulePrelude:
                    // `(min-width: 1px)`: nothing around a colon matters there.
                    return previous.Kind != CssTokenKind.Colon && next.Kind != CssTokenKind.Colon;
                default:
                    return true;
            }
        }

        private bool IsCombinator(in CssToken token) =>
            token.Kind == CssTokenKind.Delim && _source[token.Start] is '>' or '+' or '~';

        // `=`, or the first character of `~=`, `|=`, `^=`, `$=`, `*=`: an attribute selector's operator.
        private bool IsAttributeOperator(in CssToken token) =>
            token.Kind == CssTokenKind.Delim && (_source[token.Start] == '='
                || (_source[token.Start] is '~' or '|' or '^' or '$' or '*' && token.End < _source.Length && _source[token.End] == '='));

        private bool IsDelim(in CssToken token, char c) => token.Kind == CssTokenKind.Delim && _source[token.Start] == c;

        // In a selector: `*.a` → `.a` (a universal selector before a class, id, attribute or
        // pseudo-class adds nothing), `::before` → `:before` (CSS 2's four pseudo-elements take one
        // colon), `[a="b"]` → `[a=b]`, `:nth-child(2n+1)` → `:nth-child(odd)`, and in @keyframes
        // `from` → `0%`, `100%` → `to`. True when the token (and, moved past, those after it) was handled.
        private bool SkipOrRewriteSelectorToken(ref int index, int end)
        {
            var token = _tokens[index];
            switch (token.Kind)
            {
                case CssTokenKind.Delim when _source[token.Start] == '*':
                    {
                        if (index + 1 >= end || _last >= 0 && IsDelim(_tokens[_last], '|'))
                            return false;
                        var next = _tokens[index + 1];
                        return next.Kind is CssTokenKind.Hash or CssTokenKind.Colon or CssTokenKind.LeftBracket
                            || IsDelim(next, '.');
                    }
                case CssTokenKind.Colon:
                    if (index + 2 < end && _tokens[index + 1].Kind == CssTokenKind.Colon && _tokens[index + 2].Kind == CssTokenKind.Ident
                        && !_tokens[index + 2].IsEscaped && IsLegacyPseudoElement(_source.AsSpan(_tokens[index + 2].Start, _tokens[index + 2].End - _tokens[index + 2].Start)))
                        return true;
                    return false;
                case CssTokenKind.String when _last >= 0 && IsDelim(_tokens[_last], '=') && !token.IsEscaped
                    && index + 1 < end && _tokens[index + 1].Kind is CssTokenKind.RightBracket or CssTokenKind.Whitespace:
                    {
                        // [type="text"] → [type=text]: an attribute value that is an identifier needs no quotes.
                        var value = _source.AsSpan(token.ValueStart, token.ValueEnd - token.ValueStart);
                        if (!IsPlainIdentifier(value))
                            return false;
                        _text.Append(value);
                        return true;
                    }
                case CssTokenKind.Dimension when !token.IsEscaped && token.IsInteger && token.Number == 2 && _last >= 0 && IsNthFunction(_last)
                    && _source.AsSpan(token.ValueStart, token.End - token.ValueStart).Equals("n", StringComparison.OrdinalIgnoreCase)
                    && index + 2 < end && _tokens[index + 1].Kind == CssTokenKind.Number && _tokens[index + 1].IsInteger && _tokens[index + 1].Number == 1
                    && _source[_tokens[index + 1].Start] == '+' && _tokens[SkipWhitespace(index + 2, end)].Kind == CssTokenKind.RightParenthesis:
                    // :nth-child(2n+1) → :nth-child(odd).
                    _text.Append("odd");
                    index++;
                    return true;
                case CssTokenKind.Ident when _inKeyframes && !token.IsEscaped && _source.AsSpan(token.Start, token.End - token.Start).Equals("from", StringComparison.OrdinalIgnoreCase):
                    _text.Append("0%");
                    return true;
                case CssTokenKind.Percentage when _inKeyframes && token.Number == 100:
                    _text.Append("to");
                    return true;
            }
            return false;
        }

        // An ASCII identifier as CSS Syntax reads one (not starting with a digit, nor `-` and a digit), so written bare it is one ident token.
        private static bool IsPlainIdentifier(ReadOnlySpan<char> value)
        {
            if (value.Length == 0 || char.IsAsciiDigit(value[0]) || (value[0] == '-' && (value.Length == 1 || char.IsAsciiDigit(value[1]))))
                return false;
            foreach (var c in value)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
                    return false;
            }
            return true;
        }

        private bool IsNthFunction(int index)
        {
            var token = _tokens[index];
            if (token.Kind != CssTokenKind.Function || token.IsEscaped)
                return false;
            var name = _source.AsSpan(token.Start, token.ValueEnd - token.Start);
            return name.Equals("nth-child", StringComparison.OrdinalIgnoreCase) || name.Equals("nth-last-child", StringComparison.OrdinalIgnoreCase)
                || name.Equals("nth-of-type", StringComparison.OrdinalIgnoreCase) || name.Equals("nth-last-of-type", StringComparison.OrdinalIgnoreCase);
        }

        private static bool IsLegacyPseudoElement(ReadOnlySpan<char> name) =>
            name.Equals("before", StringComparison.OrdinalIgnoreCase) || name.Equals("after", StringComparison.OrdinalIgnoreCase)
            || name.Equals("first-line", StringComparison.OrdinalIgnoreCase) || name.Equals("first-letter", StringComparison.OrdinalIgnoreCase);

        // A box shorthand's repeated values go (their definitions: a missing right side is the top,
        // a missing bottom the top, a missing left the right; the block/inline pairs' end is the
        // start): `margin: 0 0` → `0`, `padding: 1px 2px 1px 2px` → `1px 2px`. Only plain values:
        // nothing with a function, comma, slash or string. The parts dropped are the value's last,
        // so the text (and the mappings) up to them stay.
        private void CollapseBoxValues(string property, int start)
        {
            if (!s_boxShorthands.TryGetValue(property, out var sides))
                return;
            var value = _text.ToString(start, _text.Length - start);
            if (value.AsSpan().IndexOfAny("(,/\"'\\") >= 0)
                return;
            var parts = value.Split(' ');
            if (parts.Length < 2 || parts.Length > sides)
                return;
            var count = BoxValuesKept(parts);
            if (count == parts.Length)
                return;
            var kept = parts[0].Length;
            for (var i = 1; i < count; i++)
                kept += 1 + parts[i].Length;
            var end = start + kept;
            _text.Length = end;
            while (_mappings.Count > 0 && _mappings[^1].Column >= end)
                _mappings.RemoveAt(_mappings.Count - 1);
        }

        // A two-keyword position with `center` is its other keyword alone (a missing keyword is
        // center): `center bottom` → `bottom`, `left center` → `left`, `center center` → `center`.
        private void CollapsePosition(string property, int start)
        {
            if (!s_positionProperties.Contains(property) || _text.Length - start > 14)
                return;
            var value = _text.ToString(start, _text.Length - start);
            var space = value.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || !IsPositionKeyword(value.AsSpan(0, space)) || !IsPositionKeyword(value.AsSpan(space + 1)))
                return;
            if (value.AsSpan(space + 1).Equals("center", StringComparison.OrdinalIgnoreCase))
            {
                _text.Length = start + space;
                while (_mappings.Count > 0 && _mappings[^1].Column >= start + space)
                    _mappings.RemoveAt(_mappings.Count - 1);
            }
            else if (value.AsSpan(0, space).Equals("center", StringComparison.OrdinalIgnoreCase))
            {
                _text.Length = start;
                _text.Append(value, space + 1, value.Length - space - 1);
                if (recordMappings && _mappings.Count >= 2 && _mappings[^2].Column == start)
                {
                    _mappings.RemoveAt(_mappings.Count - 2);
                    _mappings[^1] = (start, _mappings[^1].Offset);
                }
            }
        }

        private static bool IsPositionKeyword(ReadOnlySpan<char> word) =>
            word.Equals("center", StringComparison.OrdinalIgnoreCase) || word.Equals("left", StringComparison.OrdinalIgnoreCase)
            || word.Equals("right", StringComparison.OrdinalIgnoreCase) || word.Equals("top", StringComparison.OrdinalIgnoreCase)
            || word.Equals("bottom", StringComparison.OrdinalIgnoreCase);

        private static readonly HashSet<string> s_positionProperties = new(StringComparer.OrdinalIgnoreCase)
        {
            "background-position", "mask-position", "-webkit-mask-position", "object-position", "transform-origin",
            "-webkit-transform-origin", "perspective-origin", "-webkit-perspective-origin",
        };

        // How many of a box's values (top, right, bottom, left; or start, end) are needed: a missing
        // left is the right, a missing bottom the top, a missing right the top.
        private static int BoxValuesKept(string[] values)
        {
            var count = values.Length;
            if (count == 4 && values[3] == values[1])
                count = 3;
            if (count == 3 && values[2] == values[0])
                count = 2;
            if (count == 2 && values[1] == values[0])
                count = 1;
            return count;
        }

        // The box shorthands, by how many values they take.
        private static readonly Dictionary<string, int> s_boxShorthands = new(StringComparer.OrdinalIgnoreCase)
        {
            ["margin"] = 4,
            ["padding"] = 4,
            ["inset"] = 4,
            ["border-width"] = 4,
            ["border-style"] = 4,
            ["border-color"] = 4,
            ["scroll-margin"] = 4,
            ["scroll-padding"] = 4,
            ["margin-block"] = 2,
            ["margin-inline"] = 2,
            ["padding-block"] = 2,
            ["padding-inline"] = 2,
            ["inset-block"] = 2,
            ["inset-inline"] = 2,
            ["scroll-margin-block"] = 2,
            ["scroll-margin-inline"] = 2,
            ["scroll-padding-block"] = 2,
            ["scroll-padding-inline"] = 2,
            ["border-block-width"] = 2,
            ["border-inline-width"] = 2,
            ["border-block-style"] = 2,
            ["border-inline-style"] = 2,
            ["border-block-color"] = 2,
            ["border-inline-color"] = 2,
            ["overflow"] = 2,
            ["gap"] = 2,
        };

        // `flex: 0 0 auto` is `flex: none`, `flex: 1 1 auto` is `flex: auto` (their definitions).
        private bool WriteFlexKeyword(CssDeclaration declaration)
        {
            if (!declaration.Name.Equals("flex", StringComparison.OrdinalIgnoreCase))
                return false;
            Span<int> parts = stackalloc int[3];
            var count = 0;
            for (var i = declaration.Value.Start; i < declaration.Value.End; i++)
            {
                if (_tokens[i].Kind == CssTokenKind.Whitespace)
                    continue;
                if (count == 3)
                    return false;
                parts[count++] = i;
            }
            if (count != 3)
                return false;
            var grow = _tokens[parts[0]];
            var shrink = _tokens[parts[1]];
            var basis = _tokens[parts[2]];
            if (grow.Kind != CssTokenKind.Number || shrink.Kind != CssTokenKind.Number || basis.Kind != CssTokenKind.Ident
                || basis.IsEscaped || !_source.AsSpan(basis.Start, basis.End - basis.Start).Equals("auto", StringComparison.OrdinalIgnoreCase))
                return false;
            string keyword;
            if (grow.Number == 0 && shrink.Number == 0)
                keyword = "none";
            else if (grow.Number == 1 && shrink.Number == 1)
                keyword = "auto";
            else
                return false;
            Map(grow.Start);
            _text.Append(keyword);
            return true;
        }

        // Writes a shorter form of token `index` in a declaration value, when there is one.
        private bool TryWriteShorter(int index, string property)
        {
            var token = _tokens[index];
            switch (token.Kind)
            {
                case CssTokenKind.Function:
                case CssTokenKind.LeftParenthesis:
                case CssTokenKind.LeftBracket:
                    _enclosing.Add(token.Kind == CssTokenKind.Function ? index : -1);
                    return false;
                case CssTokenKind.RightParenthesis:
                case CssTokenKind.RightBracket:
                    if (_enclosing.Count > 0)
                        _enclosing.RemoveAt(_enclosing.Count - 1);
                    return false;
                case CssTokenKind.Number:
                case CssTokenKind.Percentage:
                case CssTokenKind.Dimension:
                    return WriteNumeric(token, property);
                case CssTokenKind.Hash:
                    return WriteHashColor(token);
                case CssTokenKind.Ident:
                    if (_enclosing.Count != 0 || token.IsEscaped)
                        return false;
                    if (s_colorProperties.Contains(property)
                        && s_nameToHex.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(_source.AsSpan(token.Start, token.End - token.Start), out var hex))
                    {
                        _text.Append(hex);
                        return true;
                    }
                    return WriteFontWeight(token, property);
            }
            return false;
        }

        // `bold` → `700` in font-weight and font; `normal` → `400` only in font-weight (in the font
        // shorthand a `normal` may stand for the style or the variant).
        private bool WriteFontWeight(in CssToken token, string property)
        {
            var word = _source.AsSpan(token.Start, token.End - token.Start);
            var weight = property.Equals("font-weight", StringComparison.OrdinalIgnoreCase);
            if (!weight && !property.Equals("font", StringComparison.OrdinalIgnoreCase))
                return false;
            if (word.Equals("bold", StringComparison.OrdinalIgnoreCase))
            {
                _text.Append("700");
                return true;
            }
            if (weight && word.Equals("normal", StringComparison.OrdinalIgnoreCase))
            {
                _text.Append("400");
                return true;
            }
            return false;
        }

        private bool WriteNumeric(in CssToken token, string property)
        {
            // `1px+2px` (invalid, two tokens) must not become `1px2px` (one): a `+` stays after anything it would join.
            if (_source[token.Start] == '+' && _text.Length > 0 && _text[^1] is not ('(' or ',' or ':' or ' ' or '/' or '{' or ';'))
                return false;
            if (token.Kind == CssTokenKind.Dimension && token.Number == 0 && _enclosing.Count == 0 && !token.IsEscaped
                && s_lengthUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_source.AsSpan(token.ValueStart, token.ValueEnd - token.ValueStart))
                && s_zeroLengthProperties.Contains(property))
            {
                // `0px` → `0`, but `0.0px` stays a number-typed zero: `0.0` would not be an integer either way, so `0` is fine for lengths.
                _text.Append('0');
                return true;
            }
            // A number-typed integral value keeps a form that is not an integer (`1.0`): leave it.
            if (!token.IsInteger && Math.Floor(token.Number) == token.Number)
                return false;
            if (!double.IsFinite(token.Number))
                return false;
            var written = token.Kind == CssTokenKind.Dimension ? token.ValueStart - token.Start : token.Kind == CssTokenKind.Percentage ? token.End - 1 - token.Start : token.End - token.Start;
            // An integer without a sign or leading zero is as short as it gets (most numbers): no formatting.
            if (token.IsInteger && (_source[token.Start] is >= '1' and <= '9' || (_source[token.Start] == '-' && written > 1 && _source[token.Start + 1] is >= '1' and <= '9')))
                return false;
            Span<char> digits = stackalloc char[32];
            var length = ShortestNumber(token.Number, digits);
            if (length <= 0 || length >= written)
                return false;
            _text.Append(digits[..length]);
            if (token.Kind == CssTokenKind.Percentage)
                _text.Append('%');
            else if (token.Kind == CssTokenKind.Dimension)
                _text.Append(_source, token.ValueStart, token.End - token.ValueStart);
            return true;
        }

        // `0.50` → `.5`, `-0.5` → `-.5`, `1.0e2` (an integer? no: number-typed, handled by the caller).
        // A fraction is written with the fewest digits that read back as the same 32-bit float (the
        // precision engines keep CSS numbers in, see CssPrinter.MinifyCalc.cs): `16.66666667` → `16.666666`.
        private static int ShortestNumber(double value, Span<char> destination)
        {
            Span<char> text = stackalloc char[32];
            if (!value.TryFormat(text, out var length, "0.#################", CultureInfo.InvariantCulture))
                return 0;
            var single = (float)value;
            if (Math.Floor(value) != value && float.IsFinite(single) && MathF.Floor(single) != single)
            {
                Span<char> digits = stackalloc char[32];
                if (single.TryFormat(digits, out var singleLength, default, CultureInfo.InvariantCulture) && singleLength < length
                    && digits[..singleLength].IndexOf('E') < 0)
                {
                    digits[..singleLength].CopyTo(text);
                    length = singleLength;
                }
            }
            return WithoutLeadingZero(text[..length], destination);
        }

        // `0.5` → `.5`, `-0.5` → `-.5`, into `destination`; the length written.
        private static int WithoutLeadingZero(ReadOnlySpan<char> digits, Span<char> destination)
        {
            var negative = digits.StartsWith("-0.");
            if (digits.StartsWith("0.") || negative)
                digits = digits[(negative ? 2 : 1)..];
            if (negative)
            {
                destination[0] = '-';
                digits.CopyTo(destination[1..]);
                return digits.Length + 1;
            }
            digits.CopyTo(destination);
            return digits.Length;
        }

        // `#AABBCC` → `#abc` (or a shorter name): the color's channels, written by WriteHex.
        private bool WriteHashColor(in CssToken token)
        {
            if (token.IsEscaped)
                return false;
            var length = token.End - token.Start - 1;
            if (length is not (3 or 6))
                return false;
            var hex = _source.AsSpan(token.Start + 1, length);
            foreach (var c in hex)
            {
                if (!char.IsAsciiHexDigit(c))
                    return false;
            }
            WriteHex(HexChannel(hex, 0), HexChannel(hex, 1), HexChannel(hex, 2));
            return true;
        }

        // Channel `index` of a 3- or 6-digit hex color (`f` of `#fff` is 0xff).
        private static int HexChannel(ReadOnlySpan<char> hex, int index)
        {
            var digits = hex.Length == 3 ? hex.Slice(index, 1) : hex.Slice(index * 2, 2);
            var value = int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return hex.Length == 3 ? value * 17 : value;
        }
    }
}
