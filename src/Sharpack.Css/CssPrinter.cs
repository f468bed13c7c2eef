// Prints a parsed stylesheet back to CSS: rules and declarations as the tree has them, tokens as
// written in the source (escapes and number forms kept), whitespace runs as one space, comments
// left out. Where dropping a comment would glue two tokens into a different one (`a/**/b`,
// `1/**/px`), the empty comment CSS Syntax Level 3 §9 asks for goes between them, so the printed
// text tokenizes to the same tokens.

using System.Text;

namespace Sharpack.Css;

/// <summary>Writes a <see cref="CssStylesheet"/> as CSS text.</summary>
public static class CssPrinter
{
    /// <summary>The stylesheet as CSS, one rule or declaration after another, compactly.</summary>
    public static string Print(CssStylesheet stylesheet)
    {
        ArgumentNullException.ThrowIfNull(stylesheet);
        var writer = new Writer(stylesheet);
        writer.Nodes(stylesheet.Rules, topLevel: true);
        return writer.ToString();
    }

    private sealed class Writer(CssStylesheet sheet)
    {
        private readonly StringBuilder _text = new(sheet.Source.Length);
        private readonly CssToken[] _tokens = sheet.Tokens;

        // The last token written (its index), for §9's separation check; -1 after punctuation the printer added.
        private int _last = -1;

        public override string ToString() => _text.ToString();

        public void Nodes(List<CssNode> nodes, bool topLevel)
        {
            for (var i = 0; i < nodes.Count; i++)
            {
                var node = nodes[i];
                switch (node)
                {
                    case CssQualifiedRule rule:
                        Tokens(rule.Prelude, trim: true);
                        Punctuation('{');
                        Nodes(rule.Block, topLevel: false);
                        Punctuation('}');
                        break;
                    case CssAtRule atRule:
                        Token(atRule.NameIndex);
                        if (!IsBlank(atRule.Prelude))
                            Punctuation(' ');
                        Tokens(atRule.Prelude, trim: true);
                        if (atRule.Block is { } block)
                        {
                            Punctuation('{');
                            Nodes(block, topLevel: false);
                            Punctuation('}');
                        }
                        else if (topLevel || i < nodes.Count - 1)
                        {
                            Punctuation(';');
                        }
                        break;
                    case CssDeclaration declaration:
                        Token(declaration.NameIndex);
                        Punctuation(':');
                        Tokens(declaration.Value, trim: true);
                        if (declaration.Important)
                            _text.Append("!important");
                        if (i < nodes.Count - 1)
                            Punctuation(';');
                        break;
                }
            }
        }

        private void Token(int index)
        {
            var token = _tokens[index];
            _text.Append(sheet.Source, token.Start, token.End - token.Start);
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
        }

        // The tokens of a range, whitespace runs as one space (none at the ends with trim).
        private void Tokens(CssTokenRange range, bool trim)
        {
            var start = range.Start;
            var end = range.End;
            if (trim)
            {
                while (start < end && _tokens[start].Kind == CssTokenKind.Whitespace)
                    start++;
                while (end > start && _tokens[end - 1].Kind == CssTokenKind.Whitespace)
                    end--;
            }
            for (var i = start; i < end; i++)
            {
                var token = _tokens[i];
                if (token.Kind == CssTokenKind.Whitespace)
                {
                    // Whitespace on both sides of a dropped comment is one space.
                    if (_last < 0 || _tokens[_last].Kind != CssTokenKind.Whitespace)
                        _text.Append(' ');
                    _last = i;
                    continue;
                }
                if (_last >= 0 && _tokens[_last].End != token.Start && NeedsSeparation(_last, i))
                    _text.Append("/**/");
                Token(i);
            }
        }

        // CSS Syntax Level 3 §9: pairs of tokens that would read as different tokens when adjacent.
        private bool NeedsSeparation(int firstIndex, int secondIndex)
        {
            var first = _tokens[firstIndex];
            var second = _tokens[secondIndex];
            var secondKind = second.Kind;
            var secondChar = sheet.Source[second.Start];
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
                    switch (sheet.Source[first.Start])
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
