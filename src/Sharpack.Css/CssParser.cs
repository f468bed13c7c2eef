// The parser of CSS Syntax Level 3 (§5, the current draft with nesting): a stylesheet's rules,
// each block's declarations and nested rules, with the specification's error recovery (a bad
// declaration is skipped to its `;`, a rule whose prelude runs into `}` is dropped, blocks and
// functions left open at the end are closed).
//
// It works on the token array in two passes: one pairs every `(`, `[`, `{` and function with its
// closing token (a closing token that does not close the innermost open one is an ordinary
// token, which is the specification's "consume a simple block"), the other builds rules and
// declarations as index ranges, skipping over whole blocks by their pairs.

using System.Buffers;

namespace Sharpack.Css;

/// <summary>Parses CSS (CSS Syntax Level 3 §5).</summary>
public static class CssParser
{
    /// <summary>Parses a stylesheet. Never throws for bad CSS: errors are recovered from and listed.</summary>
    public static CssStylesheet ParseStylesheet(string source)
    {
        var (tokens, match, comments, errors) = Tokenize(source);
        var parser = new Builder(source, tokens, match, errors);
        var rules = parser.ConsumeStylesheetContents();
        return new CssStylesheet(source, tokens, match, comments, rules, errors);
    }

    /// <summary>
    /// Parses the contents of a block as in a <c>style</c> attribute: declarations (and nested rules).
    /// The result's <see cref="CssStylesheet.Rules"/> holds them.
    /// </summary>
    public static CssStylesheet ParseBlockContents(string source)
    {
        var (tokens, match, comments, errors) = Tokenize(source);
        var parser = new Builder(source, tokens, match, errors);
        var items = parser.ConsumeBlockContents(0, tokens.Length);
        return new CssStylesheet(source, tokens, match, comments, items, errors);
    }

    private static (CssToken[] Tokens, int[] Match, CssToken[] Comments, List<CssParseError> Errors) Tokenize(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tokenizer = new CssTokenizer(source);
        // Collected in a pooled buffer (about a token per three characters in real stylesheets) and
        // copied once to an array of the exact size: no list growth on large stylesheets.
        var buffer = ArrayPool<CssToken>.Shared.Rent(source.Length / 3 + 16);
        var count = 0;
        var comments = new List<CssToken>();
        try
        {
            while (true)
            {
                var token = tokenizer.Next();
                if (token.Kind == CssTokenKind.EndOfFile)
                    break;
                if (token.Kind == CssTokenKind.Comment)
                {
                    comments.Add(token);
                    continue;
                }
                if (count == buffer.Length)
                {
                    var larger = ArrayPool<CssToken>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan().CopyTo(larger);
                    ArrayPool<CssToken>.Shared.Return(buffer);
                    buffer = larger;
                }
                buffer[count++] = token;
            }
            var array = buffer.AsSpan(0, count).ToArray();
            return (array, Pair(array, tokenizer.Errors), comments.ToArray(), tokenizer.Errors);
        }
        finally
        {
            ArrayPool<CssToken>.Shared.Return(buffer);
        }
    }

    // Pairs blocks and functions with their closing tokens (see CssStylesheet.Match).
    private static int[] Pair(CssToken[] tokens, List<CssParseError> errors)
    {
        var match = new int[tokens.Length];
        var open = new Stack<int>();
        for (var i = 0; i < tokens.Length; i++)
        {
            match[i] = -1;
            var kind = tokens[i].Kind;
            switch (kind)
            {
                case CssTokenKind.LeftParenthesis:
                case CssTokenKind.LeftBracket:
                case CssTokenKind.LeftBrace:
                case CssTokenKind.Function:
                    open.Push(i);
                    break;
                case CssTokenKind.RightParenthesis:
                case CssTokenKind.RightBracket:
                case CssTokenKind.RightBrace:
                    if (open.Count > 0 && Closes(tokens[open.Peek()].Kind) == kind)
                        match[open.Pop()] = i;
                    break;
            }
        }
        while (open.Count > 0)
        {
            var index = open.Pop();
            match[index] = tokens.Length;
            errors.Add(new CssParseError(tokens[index].Start, "Unclosed block"));
        }
        return match;
    }

    private static CssTokenKind Closes(CssTokenKind opener) => opener switch
    {
        CssTokenKind.LeftBracket => CssTokenKind.RightBracket,
        CssTokenKind.LeftBrace => CssTokenKind.RightBrace,
        _ => CssTokenKind.RightParenthesis,
    };

    private sealed class Builder(string source, CssToken[] tokens, int[] match, List<CssParseError> errors)
    {
        private int _position;

        // Names repeat (a stylesheet has thousands of declarations of a few hundred properties):
        // one string per distinct name.
        private readonly HashSet<string> _names = new(StringComparer.Ordinal);

        private string Name(int index)
        {
            var token = tokens[index];
            if (token.IsEscaped)
                return CssTokenizer.DecodeValue(source, token);
            var span = source.AsSpan(token.ValueStart, token.ValueEnd - token.ValueStart);
            var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(span, out var name))
                return name;
            name = span.ToString();
            _names.Add(name);
            return name;
        }

        // The token's name starts with `--` (a custom property), without decoding it when it has no escapes.
        private bool IsDashedName(int index)
        {
            var token = tokens[index];
            return token.IsEscaped
                ? CssTokenizer.DecodeValue(source, token).StartsWith("--", StringComparison.Ordinal)
                : source.AsSpan(token.ValueStart, token.ValueEnd - token.ValueStart).StartsWith("--", StringComparison.Ordinal);
        }

        private CssTokenKind KindAt(int i, int limit) => i < limit ? tokens[i].Kind : CssTokenKind.EndOfFile;

        private int Skip(int i) => match[i] < 0 ? i + 1 : Math.Min(match[i] + 1, tokens.Length);

        private int OffsetAfter(int index) => index > 0 ? tokens[index - 1].End : 0;

        private void Error(int index, string message) =>
            errors.Add(new CssParseError(index < tokens.Length ? tokens[index].Start : source.Length, message));

        // §5.5.1 consume a stylesheet's contents.
        public List<CssNode> ConsumeStylesheetContents()
        {
            var rules = new List<CssNode>();
            var limit = tokens.Length;
            while (_position < limit)
            {
                switch (tokens[_position].Kind)
                {
                    case CssTokenKind.Whitespace:
                    case CssTokenKind.Cdo:
                    case CssTokenKind.Cdc:
                        _position++;
                        break;
                    case CssTokenKind.AtKeyword:
                        rules.Add(ConsumeAtRule(limit, nested: false));
                        break;
                    default:
                        if (ConsumeQualifiedRule(limit, nested: false) is { } rule)
                            rules.Add(rule);
                        break;
                }
            }
            return rules;
        }

        // §5.5.2 consume an at-rule, at its at-keyword.
        private CssAtRule ConsumeAtRule(int limit, bool nested)
        {
            var nameIndex = _position;
            var rule = new CssAtRule { Name = Name(nameIndex), NameIndex = nameIndex, Start = tokens[nameIndex].Start };
            _position++;
            var preludeStart = _position;
            while (true)
            {
                switch (KindAt(_position, limit))
                {
                    case CssTokenKind.EndOfFile:
                        if (limit == tokens.Length)
                            Error(_position, $"Unterminated @{rule.Name}");
                        rule.Prelude = new CssTokenRange(preludeStart, _position);
                        rule.End = OffsetAfter(_position);
                        return rule;
                    case CssTokenKind.Semicolon:
                        rule.Prelude = new CssTokenRange(preludeStart, _position);
                        _position++;
                        rule.End = OffsetAfter(_position);
                        return rule;
                    case CssTokenKind.RightBrace when nested:
                        rule.Prelude = new CssTokenRange(preludeStart, _position);
                        rule.End = OffsetAfter(_position);
                        return rule;
                    case CssTokenKind.RightBrace:
                        Error(_position, "Unexpected }");
                        _position++;
                        break;
                    case CssTokenKind.LeftBrace:
                        {
                            rule.Prelude = new CssTokenRange(preludeStart, _position);
                            var (contents, items) = ConsumeBlock();
                            rule.Block = items;
                            rule.BlockTokens = contents;
                            rule.End = OffsetAfter(_position);
                            return rule;
                        }
                    default:
                        _position = Skip(_position);
                        break;
                }
            }
        }

        // §5.5.3 consume a qualified rule; null when it is dropped. Nested, a `;` stops it (the
        // specification's stop token), so `a { b c; d: e }` keeps `d: e`.
        private CssQualifiedRule? ConsumeQualifiedRule(int limit, bool nested)
        {
            var preludeStart = _position;
            while (true)
            {
                switch (KindAt(_position, limit))
                {
                    case CssTokenKind.EndOfFile:
                        Error(_position, "Rule without a block");
                        _position = limit;
                        return null;
                    case CssTokenKind.Semicolon when nested:
                        Error(_position, "Rule without a block");
                        return null;
                    case CssTokenKind.RightBrace:
                        Error(_position, "Unexpected }");
                        if (nested)
                            return null;
                        _position++;
                        break;
                    case CssTokenKind.LeftBrace:
                        {
                            if (LooksLikeCustomProperty(preludeStart, _position))
                            {
                                // `--x: {…}` where a rule was expected: not a rule.
                                Error(preludeStart, "A rule's prelude looks like a custom property");
                                if (nested)
                                {
                                    _position = preludeStart;
                                    ConsumeRemnantsOfBadDeclaration(limit);
                                }
                                else
                                {
                                    _position = Skip(_position);
                                }
                                return null;
                            }
                            var rule = new CssQualifiedRule { Start = tokens[preludeStart].Start, Prelude = new CssTokenRange(preludeStart, _position) };
                            var (contents, items) = ConsumeBlock();
                            rule.Block.AddRange(items);
                            rule.BlockTokens = contents;
                            rule.End = OffsetAfter(_position);
                            return rule;
                        }
                    default:
                        _position = Skip(_position);
                        break;
                }
            }
        }

        private bool LooksLikeCustomProperty(int start, int end)
        {
            var i = start;
            while (i < end && tokens[i].Kind == CssTokenKind.Whitespace)
                i++;
            if (i >= end || tokens[i].Kind != CssTokenKind.Ident || !IsDashedName(i))
                return false;
            i++;
            while (i < end && tokens[i].Kind == CssTokenKind.Whitespace)
                i++;
            return i < end && tokens[i].Kind == CssTokenKind.Colon;
        }

        // §5.5.5 consume a block, at its `{`: the contents, and the position after the `}`.
        private (CssTokenRange Contents, List<CssNode> Items) ConsumeBlock()
        {
            var open = _position;
            var close = match[open];
            var items = ConsumeBlockContents(open + 1, close);
            _position = Math.Min(close + 1, tokens.Length);
            return (new CssTokenRange(open + 1, close), items);
        }

        // §5.5.4 consume a block's contents, over [start, limit) (limit: the `}` or the end).
        public List<CssNode> ConsumeBlockContents(int start, int limit)
        {
            var saved = _position;
            _position = start;
            var items = new List<CssNode>();
            while (_position < limit)
            {
                switch (tokens[_position].Kind)
                {
                    case CssTokenKind.Whitespace:
                    case CssTokenKind.Semicolon:
                        _position++;
                        break;
                    case CssTokenKind.AtKeyword:
                        items.Add(ConsumeAtRule(limit, nested: true));
                        break;
                    default:
                        {
                            var mark = _position;
                            if (ConsumeDeclaration(limit) is { } declaration)
                            {
                                items.Add(declaration);
                                break;
                            }
                            _position = mark;
                            if (ConsumeQualifiedRule(limit, nested: true) is { } rule)
                                items.Add(rule);
                            break;
                        }
                }
            }
            _position = saved;
            return items;
        }

        // §5.5.6 consume a declaration (nested); null when there is none here. The caller rewinds
        // on null (and reads a rule), so a failed attempt stops as soon as it knows, without the
        // specification's skip to the next `;`: that skip is thrown away, and scanning to the end of
        // a block of thousands of rules for each of them would be quadratic.
        private CssDeclaration? ConsumeDeclaration(int limit)
        {
            var nameIndex = _position;
            if (tokens[nameIndex].Kind != CssTokenKind.Ident)
                return null;
            _position++;
            SkipWhitespace(limit);
            if (KindAt(_position, limit) != CssTokenKind.Colon)
                return null;
            var custom = IsDashedName(nameIndex);
            var colonEnd = tokens[_position].End;
            _position++;
            SkipWhitespace(limit);
            var valueStart = _position;
            var sawValue = false;
            while (_position < limit && tokens[_position].Kind != CssTokenKind.Semicolon)
            {
                var kind = tokens[_position].Kind;
                // `a:hover { … }`: a {}-block after other tokens makes this no declaration.
                if (kind == CssTokenKind.LeftBrace && sawValue && !custom)
                    return null;
                if (kind != CssTokenKind.Whitespace)
                    sawValue = true;
                _position = Skip(_position);
            }
            var valueEnd = _position;
            var name = Name(nameIndex);
            var declaration = new CssDeclaration { Name = name, NameIndex = nameIndex, Start = tokens[nameIndex].Start };

            // `!important` at the end (whitespace and comments may sit between `!` and the word).
            var last = LastNonWhitespace(valueStart, valueEnd);
            if (last >= 0 && tokens[last].Kind == CssTokenKind.Ident
                && (tokens[last].IsEscaped ? CssTokenizer.DecodeValue(source, tokens[last]) : source.AsSpan(tokens[last].ValueStart, tokens[last].ValueEnd - tokens[last].ValueStart)).Equals("important", StringComparison.OrdinalIgnoreCase))
            {
                var bang = LastNonWhitespace(valueStart, last);
                if (bang >= 0 && tokens[bang].Kind == CssTokenKind.Delim && source[tokens[bang].Start] == '!')
                {
                    declaration.Important = true;
                    valueEnd = bang;
                }
            }
            while (valueEnd > valueStart && tokens[valueEnd - 1].Kind == CssTokenKind.Whitespace)
                valueEnd--;
            declaration.Value = new CssTokenRange(valueStart, valueEnd);
            // The declaration ends with its last token (or its colon when the value is empty).
            var lastRaw = LastNonWhitespace(valueStart, _position);
            declaration.End = lastRaw < 0 ? colonEnd : EndOfComponentValue(lastRaw);

            // A {}-block is only allowed as the whole value of a property.
            if (!declaration.IsCustomProperty && HasBlockAndMore(valueStart, valueEnd))
                return null;
            return declaration;
        }

        private int EndOfComponentValue(int index)
        {
            var close = match[index];
            if (close < 0)
                return tokens[index].End;
            return close < tokens.Length ? tokens[close].End : source.Length;
        }

        private bool HasBlockAndMore(int start, int end)
        {
            var sawBlock = false;
            var sawOther = false;
            for (var i = start; i < end; i = Skip(i))
            {
                var kind = tokens[i].Kind;
                if (kind == CssTokenKind.LeftBrace)
                    sawBlock = true;
                else if (kind != CssTokenKind.Whitespace)
                    sawOther = true;
            }
            return sawBlock && sawOther;
        }

        // The index of the last top-level token in [start, end) that is not whitespace, or -1.
        private int LastNonWhitespace(int start, int end)
        {
            var result = -1;
            for (var i = start; i < end; i = Skip(i))
            {
                if (tokens[i].Kind != CssTokenKind.Whitespace)
                    result = i;
            }
            return result;
        }

        // §5.5.7 consume the remnants of a bad declaration (nested: only rules' bodies reach it): up
        // to and past its `;`, or up to the block's `}`.
        private void ConsumeRemnantsOfBadDeclaration(int limit)
        {
            while (_position < limit)
            {
                if (tokens[_position].Kind == CssTokenKind.Semicolon)
                {
                    _position++;
                    return;
                }
                _position = Skip(_position);
            }
        }

        private void SkipWhitespace(int limit)
        {
            while (_position < limit && tokens[_position].Kind == CssTokenKind.Whitespace)
                _position++;
        }
    }
}
