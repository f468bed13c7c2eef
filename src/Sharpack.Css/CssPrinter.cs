// Prints a parsed stylesheet back to CSS: rules and declarations as the tree has them, tokens as
// written in the source (escapes and number forms kept), whitespace runs as one space, comments
// left out. Where dropping a comment would glue two tokens into a different one (`a/**/b`,
// `1/**/px`), the empty comment CSS Syntax Level 3 §9 asks for goes between them, so the printed
// text tokenizes to the same tokens. With minify, CssMinifier's rewrites apply (see there and
// CssPrinter.Minify.cs).

using System.Text;

namespace Sharpack.Css;

/// <summary>Writes a <see cref="CssStylesheet"/> as CSS text.</summary>
public static partial class CssPrinter
{
    /// <summary>The stylesheet as CSS, one rule or declaration after another, compactly.</summary>
    public static string Print(CssStylesheet stylesheet) => Print(stylesheet, minify: false);

    /// <summary>The stylesheet as CSS; with <paramref name="minify"/>, also shortened where rendering cannot change.</summary>
    public static string Print(CssStylesheet stylesheet, bool minify)
    {
        ArgumentNullException.ThrowIfNull(stylesheet);
        var writer = new Writer(stylesheet, minify, recordMappings: false);
        writer.Nodes(stylesheet.Rules, topLevel: true);
        return writer.ToString();
    }

    /// <summary>
    /// The stylesheet as CSS (see <see cref="Print(CssStylesheet, bool)"/>), and where each token
    /// written came from: (column in the output, offset in the source) pairs, in output order.
    /// The output is one line.
    /// </summary>
    public static string Print(CssStylesheet stylesheet, bool minify, out List<(int Column, int Offset)> mappings)
    {
        ArgumentNullException.ThrowIfNull(stylesheet);
        var writer = new Writer(stylesheet, minify, recordMappings: true);
        writer.Nodes(stylesheet.Rules, topLevel: true);
        mappings = writer.Mappings;
        return writer.ToString();
    }

    // Where a run of tokens stands: whitespace and some rewrites depend on it.
    private enum Context : byte
    {
        Selector,
        AtRulePrelude,
        Value,
    }

    private sealed partial class Writer(CssStylesheet sheet, bool minify, bool recordMappings)
    {
        private StringBuilder _text = new(sheet.Source.Length);

        // Where the tokens written to _text came from: (column in _text, offset in the source).
        private List<(int Column, int Offset)> _mappings = [];

        public List<(int Column, int Offset)> Mappings => _mappings;

        // Notes that what is written next comes from the source at `offset`.
        private void Map(int offset)
        {
            if (recordMappings)
                _mappings.Add((_text.Length, offset));
        }
        private readonly CssToken[] _tokens = sheet.Tokens;
        private readonly string _source = sheet.Source;

        // The last token written (its index), for §9's separation check; -1 after punctuation the printer added.
        private int _last = -1;

        // A whitespace token was read and not written yet (minify writes it only where it matters).
        private bool _pendingSpace;

        // The property (or at-rule) whose tokens are being written.
        private string? _property;

        public override string ToString() => _text.ToString();

        public void Nodes(List<CssNode> nodes, bool topLevel)
        {
            if (minify)
            {
                MinifiedNodes(nodes, topLevel);
                return;
            }
            var kept = nodes;
            for (var i = 0; i < kept.Count; i++)
            {
                var node = kept[i];
                switch (node)
                {
                    case CssQualifiedRule rule:
                        Tokens(rule.Prelude, Context.Selector, null);
                        Punctuation('{');
                        Nodes(rule.Block, topLevel: false);
                        Punctuation('}');
                        break;
                    case CssAtRule atRule:
                        Token(atRule.NameIndex);
                        if (!IsBlank(atRule.Prelude))
                        {
                            // `@media(…)` would be a different token pair in old parsers; keep the space.
                            _text.Append(' ');
                            _last = -1;
                        }
                        Tokens(atRule.Prelude, Context.AtRulePrelude, atRule.Name);
                        if (atRule.Block is { } block)
                        {
                            Punctuation('{');
                            BlockOf(atRule, block);
                            Punctuation('}');
                        }
                        else if (topLevel || i < kept.Count - 1)
                        {
                            Punctuation(';');
                        }
                        break;
                    case CssDeclaration declaration:
                        Declaration(declaration);
                        if (i < kept.Count - 1)
                            Punctuation(';');
                        break;
                }
            }
        }

        // Inside @property, whose initial-value (with syntax "*") is kept as written.
        private bool _inPropertyRule;

        // Inside @keyframes, whose rules' preludes are keyframe selectors (`from`, `50%`).
        private bool _inKeyframes;

        private void BlockOf(CssAtRule atRule, List<CssNode> block)
        {
            var (outerProperty, outerKeyframes) = (_inPropertyRule, _inKeyframes);
            _inPropertyRule = atRule.Name.Equals("property", StringComparison.OrdinalIgnoreCase);
            _inKeyframes = atRule.Name.EndsWith("keyframes", StringComparison.OrdinalIgnoreCase);
            Nodes(block, topLevel: false);
            (_inPropertyRule, _inKeyframes) = (outerProperty, outerKeyframes);
        }

        private void Declaration(CssDeclaration declaration)
        {
            Token(declaration.NameIndex);
            Punctuation(':');
            if (IsVerbatim(declaration))
            {
                // `--x: ;` stays a space: older browsers reject an empty custom property (`--x:;`).
                if (declaration.Value.IsEmpty && declaration.IsCustomProperty)
                    _text.Append(' ');
                Verbatim(declaration.Value);
            }
            else if (!(minify && WriteFlexKeyword(declaration)))
            {
                var valueStart = _text.Length;
                Tokens(declaration.Value, Context.Value, declaration.Name);
                if (minify)
                {
                    CollapseBoxValues(declaration.Name, valueStart);
                    CollapsePosition(declaration.Name, valueStart);
                }
            }
            if (declaration.Important)
                _text.Append("!important");
        }

        // Values whose text is their meaning: custom properties, @property's descriptors, and
        // unicode-range (`U+0025-00FF` tokenizes as an ident and numbers that must not be rewritten).
        private bool IsVerbatim(CssDeclaration declaration) =>
            declaration.IsCustomProperty || _inPropertyRule || declaration.Name.Equals("unicode-range", StringComparison.OrdinalIgnoreCase);

        // The value's source text from its first to its last token, comments and whitespace included.
        private void Verbatim(CssTokenRange range)
        {
            if (range.IsEmpty)
                return;
            var start = _tokens[range.Start].Start;
            var end = _tokens[range.End - 1].End;
            Map(start);
            _text.Append(_source, start, end - start);
            _last = range.End - 1;
        }

        private void Token(int index)
        {
            var token = _tokens[index];
            Map(token.Start);
            _text.Append(_source, token.Start, token.End - token.Start);
            _last = index;
        }

        private bool IsBlank(CssTokenRange range)
        {
            for (var i = range.Start; i < range.End; i++)
            {
                if (_tokens[i].Kind != CssTokenKind.Whitespace)
                    return false;
            }
            return true;
        }

        private void Punctuation(char c)
        {
            _text.Append(c);
            _last = -1;
            _pendingSpace = false;
        }

        // The tokens of a range, without whitespace at its ends; inside, whitespace runs as one
        // space (minify: none where the tokens around it do not need it).
        private void Tokens(CssTokenRange range, Context context, string? name)
        {
            var start = range.Start;
            var end = range.End;
            while (start < end && _tokens[start].Kind == CssTokenKind.Whitespace)
                start++;
            while (end > start && _tokens[end - 1].Kind == CssTokenKind.Whitespace)
                end--;
            _pendingSpace = false;
            _enclosing.Clear();
            _property = name;
            for (var i = start; i < end; i++)
            {
                var token = _tokens[i];
                if (token.Kind == CssTokenKind.Whitespace)
                {
                    _pendingSpace = true;
                    continue;
                }
                if (_pendingSpace)
                {
                    _pendingSpace = false;
                    if (!minify || SpaceNeeded(i, context))
                    {
                        _text.Append(' ');
                        _last = -1;
                    }
                }
                if (_last >= 0 && _tokens[_last].End != token.Start && NeedsSeparation(_last, i))
                    _text.Append("/**/");
                if (minify && context == Context.Selector && SkipOrRewriteSelectorToken(ref i, end))
                {
                    _last = i;
                    continue;
                }
                if (minify && context == Context.Value)
                {
                    Map(token.Start);
                    // A whole function (`rgb(…)`, `url("…")`) may be rewritten: continue after it.
                    var next = WriteFunctionShorter(i, name!);
                    if (next > i)
                    {
                        _last = next - 1;
                        i = next - 1;
                        continue;
                    }
                    if (TryWriteShorter(i, name!))
                    {
                        _last = i;
                        continue;
                    }
                }
                Token(i);
            }
        }

        // CSS Syntax Level 3 §9: pairs of tokens that would read as different tokens when adjacent.
        private bool NeedsSeparation(int firstIndex, int secondIndex)
        {
            var first = _tokens[firstIndex];
            var second = _tokens[secondIndex];
            var secondKind = second.Kind;
            var secondChar = _source[second.Start];
            var identLike = secondKind is CssTokenKind.Ident or CssTokenKind.Function or CssTokenKind.Url or CssTokenKind.BadUrl;
            var numeric = secondKind is CssTokenKind.Number or CssTokenKind.Percentage or CssTokenKind.Dimension;
            var minus = secondKind == CssTokenKind.Delim && secondChar == '-';
            switch (first.Kind)
            {
                case CssTokenKind.Ident:
                    return identLike || minus || numeric || secondKind is CssTokenKind.Cdc or CssTokenKind.LeftParenthesis;
                case CssTokenKind.AtKeyword:
                case CssTokenKind.Hash:
                case CssTokenKind.Dimension:
                    return identLike || minus || numeric || secondKind == CssTokenKind.Cdc;
                case CssTokenKind.Number:
                    return identLike || numeric || (secondKind == CssTokenKind.Delim && secondChar == '%');
                case CssTokenKind.Delim:
                    switch (_source[first.Start])
                    {
                        case '#':
                        case '-':
                            return identLike || minus || numeric;
                        case '@':
                            return identLike || minus;
                        case '.':
                        case '+':
                            return numeric;
                        case '/':
                            return secondKind == CssTokenKind.Delim && secondChar == '*';
                    }
                    return false;
            }
            return false;
        }
    }
}
