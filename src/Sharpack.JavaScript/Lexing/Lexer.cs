// The JavaScript lexer. It produces one token at a time into its fields (no token objects);
// the parser pulls the next token and asks for a rescan where the grammar decides the meaning
// of a character: `/` as a regular expression, `}` as a template continuation, JSX text.

using System.Runtime.CompilerServices;
using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Lexing;

internal sealed partial class Lexer
{
    private static readonly System.Buffers.SearchValues<char> s_lineTerminators = System.Buffers.SearchValues.Create("\n\r\u2028\u2029");
    private static readonly System.Buffers.SearchValues<char> s_doubleQuoteStops = System.Buffers.SearchValues.Create("\"\\\n\r");
    private static readonly System.Buffers.SearchValues<char> s_singleQuoteStops = System.Buffers.SearchValues.Create("'\\\n\r");

    private readonly string _source;
    private readonly NameTable _names;
    private int _pos;

    /// <summary>The current token's kind.</summary>
    public TokenKind Kind;
    /// <summary>Offset of the current token.</summary>
    public int TokenStart;
    /// <summary>Offset past the current token.</summary>
    public int TokenEnd;
    /// <summary>End of the previous token (for node ranges and ASI).</summary>
    public int PreviousTokenEnd;
    /// <summary>A line terminator separates the current token from the previous one.</summary>
    public bool NewlineBefore;
    /// <summary>Identifier name, string value, or template cooked value (null when invalid).</summary>
    public string? Value;
    /// <summary>Value of a numeric literal.</summary>
    public double NumberValue;
    /// <summary>The identifier was written with a Unicode escape.</summary>
    public bool HasEscape;
    /// <summary>Position of a legacy octal literal or escape in this token, else -1 (strict mode rejects them).</summary>
    public int LegacyOctalPosition = -1;
    /// <summary>For a template with an invalid escape: where it is, and why.</summary>
    public int InvalidEscapePosition = -1;
    /// <summary>See <see cref="InvalidEscapePosition"/>.</summary>
    public string? InvalidEscapeMessage;
    /// <summary>The goal is the module goal (no HTML-like comments).</summary>
    public bool IsModule;

    /// <summary>Block and line comments seen so far, in order.</summary>
    public readonly List<Comment> Comments = [];

    public Lexer(string source)
        : this(source, new NameTable())
    {
    }

    public Lexer(string source, NameTable names)
    {
        _source = source;
        _names = names;
        SkipHashbang();
    }

    public string Source => _source;

    public int Position => _pos;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static SyntaxErrorException Error(int offset, string message) => new(message, offset);

    private void SkipHashbang()
    {
        if (_source.Length >= 2 && _source[0] == '#' && _source[1] == '!')
        {
            var i = 2;
            while (i < _source.Length && !CharClass.IsLineTerminator(_source[i])) i++;
            _pos = i;
        }
    }

    /// <summary>Saves the lexer's position so the parser can look ahead and come back.</summary>
    public LexerState Save() => new(_pos, Kind, TokenStart, TokenEnd, PreviousTokenEnd, NewlineBefore, Value, NumberValue, HasEscape, LegacyOctalPosition, Comments.Count);

    public void Restore(in LexerState state)
    {
        _pos = state.Position;
        Kind = state.Kind;
        TokenStart = state.TokenStart;
        TokenEnd = state.TokenEnd;
        PreviousTokenEnd = state.PreviousTokenEnd;
        NewlineBefore = state.NewlineBefore;
        Value = state.Value;
        NumberValue = state.NumberValue;
        HasEscape = state.HasEscape;
        LegacyOctalPosition = state.LegacyOctalPosition;
        if (Comments.Count > state.CommentCount)
            Comments.RemoveRange(state.CommentCount, Comments.Count - state.CommentCount);
    }

    /// <summary>Advances to the next token.</summary>
    public void Next()
    {
        PreviousTokenEnd = TokenEnd;
        NewlineBefore = false;
        HasEscape = false;
        LegacyOctalPosition = -1;
        SkipTrivia();
        TokenStart = _pos;
        if (_pos >= _source.Length)
        {
            Kind = TokenKind.EndOfFile;
            TokenEnd = _pos;
            return;
        }
        ScanToken();
        TokenEnd = _pos;
    }

    private void SkipTrivia()
    {
        var source = _source;
        var pos = _pos;
        while (pos < source.Length)
        {
            var c = source[pos];
            switch (c)
            {
                case ' ':
                case '\t':
                    pos++;
                    continue;
                case '\n':
                case '\r':
                    pos++;
                    NewlineBefore = true;
                    continue;
                case '/':
                    if (pos + 1 < source.Length)
                    {
                        var next = source[pos + 1];
                        if (next == '/')
                        {
                            pos = SkipLineComment(pos, pos + 2);
                            continue;
                        }
                        if (next == '*')
                        {
                            pos = SkipBlockComment(pos);
                            continue;
                        }
                    }
                    _pos = pos;
                    return;
                case '<':
                    // HTML-like `<!--` opens a line comment in scripts (Annex B).
                    if (!IsModule && pos + 3 < source.Length && source[pos + 1] == '!' && source[pos + 2] == '-' && source[pos + 3] == '-')
                    {
                        pos = SkipLineComment(pos, pos + 4);
                        continue;
                    }
                    _pos = pos;
                    return;
                case '-':
                    // `-->` at the start of a line is a comment in scripts (Annex B).
                    if (!IsModule && (NewlineBefore || TokenEnd == 0) && pos + 2 < source.Length && source[pos + 1] == '-' && source[pos + 2] == '>')
                    {
                        pos = SkipLineComment(pos, pos + 3);
                        continue;
                    }
                    _pos = pos;
                    return;
                default:
                    if (c > 127)
                    {
                        if (c is '\u2028' or '\u2029')
                        {
                            NewlineBefore = true;
                            pos++;
                            continue;
                        }
                        if (CharClass.IsWhitespace(c))
                        {
                            pos++;
                            continue;
                        }
                    }
                    else if (c is '\v' or '\f')
                    {
                        pos++;
                        continue;
                    }
                    _pos = pos;
                    return;
            }
        }
        _pos = pos;
    }

    private int SkipLineComment(int start, int pos)
    {
        var rest = _source.AsSpan(pos);
        var length = rest.IndexOfAny(s_lineTerminators);
        var end = length < 0 ? _source.Length : pos + length;
        Comments.Add(new Comment(start, end, isBlock: false));
        return end;
    }

    private int SkipBlockComment(int start)
    {
        var close = _source.AsSpan(start + 2).IndexOf("*/");
        if (close < 0)
            throw Error(start, "Unterminated comment");
        var end = start + 2 + close + 2;
        if (!NewlineBefore && _source.AsSpan(start + 2, close).IndexOfAny(s_lineTerminators) >= 0)
            NewlineBefore = true;
        Comments.Add(new Comment(start, end, isBlock: true));
        return end;
    }

    private void ScanToken()
    {
        var source = _source;
        var pos = _pos;
        var c = source[pos];
        if (CharClass.IsAsciiIdStart(c))
        {
            ScanIdentifierOrKeyword();
            return;
        }
        var next = pos + 1 < source.Length ? source[pos + 1] : '\0';
        switch (c)
        {
            case '(': Single(TokenKind.OpenParen); return;
            case ')': Single(TokenKind.CloseParen); return;
            case '{': Single(TokenKind.OpenBrace); return;
            case '}': Single(TokenKind.CloseBrace); return;
            case '[': Single(TokenKind.OpenBracket); return;
            case ']': Single(TokenKind.CloseBracket); return;
            case ';': Single(TokenKind.Semicolon); return;
            case ',': Single(TokenKind.Comma); return;
            case ':': Single(TokenKind.Colon); return;
            case '~': Single(TokenKind.Tilde); return;
            case '@': Single(TokenKind.At); return;
            case '"':
            case '\'':
                ScanString(c);
                return;
            case '`':
                _pos++;
                ScanTemplate(isHead: true);
                return;
            case '.':
                if (CharClass.IsDecimalDigit(next))
                {
                    ScanNumber();
                    return;
                }
                if (next == '.' && pos + 2 < source.Length && source[pos + 2] == '.')
                {
                    Kind = TokenKind.DotDotDot;
                    _pos = pos + 3;
                    return;
                }
                Single(TokenKind.Dot);
                return;
            case '0':
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
            case '7':
            case '8':
            case '9':
                ScanNumber();
                return;
            case '?':
                if (next == '?')
                {
                    if (At(pos + 2) == '=') Multi(TokenKind.QuestionQuestionEquals, 3);
                    else Multi(TokenKind.QuestionQuestion, 2);
                    return;
                }
                if (next == '.' && !CharClass.IsDecimalDigit(At(pos + 2)))
                {
                    Multi(TokenKind.QuestionDot, 2);
                    return;
                }
                Single(TokenKind.Question);
                return;
            case '=':
                if (next == '=') Multi(At(pos + 2) == '=' ? TokenKind.EqualsEqualsEquals : TokenKind.EqualsEquals, At(pos + 2) == '=' ? 3 : 2);
                else if (next == '>') Multi(TokenKind.Arrow, 2);
                else Single(TokenKind.Equals);
                return;
            case '!':
                if (next == '=') Multi(At(pos + 2) == '=' ? TokenKind.ExclamationEqualsEquals : TokenKind.ExclamationEquals, At(pos + 2) == '=' ? 3 : 2);
                else Single(TokenKind.Exclamation);
                return;
            case '+':
                if (next == '+') Multi(TokenKind.PlusPlus, 2);
                else if (next == '=') Multi(TokenKind.PlusEquals, 2);
                else Single(TokenKind.Plus);
                return;
            case '-':
                if (next == '-') Multi(TokenKind.MinusMinus, 2);
                else if (next == '=') Multi(TokenKind.MinusEquals, 2);
                else Single(TokenKind.Minus);
                return;
            case '*':
                if (next == '*')
                {
                    if (At(pos + 2) == '=') Multi(TokenKind.AsteriskAsteriskEquals, 3);
                    else Multi(TokenKind.AsteriskAsterisk, 2);
                }
                else if (next == '=') Multi(TokenKind.AsteriskEquals, 2);
                else Single(TokenKind.Asterisk);
                return;
            case '/':
                // Division here; the parser rescans as a regular expression where one may start.
                if (next == '=') Multi(TokenKind.SlashEquals, 2);
                else Single(TokenKind.Slash);
                return;
            case '%':
                if (next == '=') Multi(TokenKind.PercentEquals, 2);
                else Single(TokenKind.Percent);
                return;
            case '&':
                if (next == '&') Multi(At(pos + 2) == '=' ? TokenKind.AmpersandAmpersandEquals : TokenKind.AmpersandAmpersand, At(pos + 2) == '=' ? 3 : 2);
                else if (next == '=') Multi(TokenKind.AmpersandEquals, 2);
                else Single(TokenKind.Ampersand);
                return;
            case '|':
                if (next == '|') Multi(At(pos + 2) == '=' ? TokenKind.BarBarEquals : TokenKind.BarBar, At(pos + 2) == '=' ? 3 : 2);
                else if (next == '=') Multi(TokenKind.BarEquals, 2);
                else Single(TokenKind.Bar);
                return;
            case '^':
                if (next == '=') Multi(TokenKind.CaretEquals, 2);
                else Single(TokenKind.Caret);
                return;
            case '<':
                if (next == '<') Multi(At(pos + 2) == '=' ? TokenKind.LessThanLessThanEquals : TokenKind.LessThanLessThan, At(pos + 2) == '=' ? 3 : 2);
                else if (next == '=') Multi(TokenKind.LessThanEquals, 2);
                else Single(TokenKind.LessThan);
                return;
            case '>':
                if (next == '>')
                {
                    if (At(pos + 2) == '>')
                    {
                        if (At(pos + 3) == '=') Multi(TokenKind.GreaterThanGreaterThanGreaterThanEquals, 4);
                        else Multi(TokenKind.GreaterThanGreaterThanGreaterThan, 3);
                    }
                    else if (At(pos + 2) == '=') Multi(TokenKind.GreaterThanGreaterThanEquals, 3);
                    else Multi(TokenKind.GreaterThanGreaterThan, 2);
                }
                else if (next == '=') Multi(TokenKind.GreaterThanEquals, 2);
                else Single(TokenKind.GreaterThan);
                return;
            case '#':
                ScanPrivateName();
                return;
            case '\\':
                ScanIdentifierOrKeyword();
                return;
            default:
                if (c > 127)
                {
                    var cp = CodePointAt(pos);
                    if (CharClass.IsIdStart(cp))
                    {
                        ScanIdentifierOrKeyword();
                        return;
                    }
                }
                throw Error(pos, $"Unexpected character '{DescribeChar(pos)}'");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private char At(int index) => index < _source.Length ? _source[index] : '\0';

    /// <summary>The character at <paramref name="index"/>, or NUL past the end.</summary>
    public char CharAt(int index) => At(index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Single(TokenKind kind)
    {
        Kind = kind;
        _pos++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Multi(TokenKind kind, int length)
    {
        Kind = kind;
        _pos += length;
    }

    /// <summary>The code point at <paramref name="index"/> (a surrogate pair counts as one).</summary>
    public int CodePointAt(int index)
    {
        var c = _source[index];
        if (char.IsHighSurrogate(c) && index + 1 < _source.Length && char.IsLowSurrogate(_source[index + 1]))
            return char.ConvertToUtf32(c, _source[index + 1]);
        return c;
    }

    private string DescribeChar(int pos)
    {
        var cp = CodePointAt(pos);
        return cp < 32 || cp is 0x7F or >= 0xD800 and <= 0xDFFF ? $"\\u{cp:X4}" : char.ConvertFromUtf32(cp);
    }

    /// <summary>The text of the current token.</summary>
    public ReadOnlySpan<char> TokenText => _source.AsSpan(TokenStart, TokenEnd - TokenStart);

    /// <summary>The first character after the current token and any whitespace or comments, without consuming anything.</summary>
    public int PeekCharAfterTrivia(out bool newlineBetween)
    {
        var saved = Save();
        NewlineBefore = false;
        _pos = TokenEnd;
        SkipTrivia();
        var pos = _pos;
        newlineBetween = NewlineBefore;
        Restore(saved);
        return pos < _source.Length ? _source[pos] : -1;
    }

    /// <summary>Makes the current <c>&gt;&gt;</c>, <c>&gt;=</c> (or longer) token a single <c>&gt;</c>: it closes a TypeScript type argument list.</summary>
    public void SplitGreaterThan()
    {
        Kind = TokenKind.GreaterThan;
        _pos = TokenStart + 1;
        TokenEnd = _pos;
    }

    /// <summary>Interns a name.</summary>
    public string Intern(ReadOnlySpan<char> name) => _names.Intern(name);

    /// <summary>Continues lexing at <paramref name="position"/> as if a token ended there (after JSX).</summary>
    public void ResumeAt(int position)
    {
        TokenEnd = position;
        _pos = position;
        Next();
    }

    /// <summary>The offset of the first non-trivia character at or after <paramref name="position"/>.</summary>
    public int SkipTriviaFrom(int position)
    {
        var savedNewline = NewlineBefore;
        _pos = position;
        SkipTrivia();
        NewlineBefore = savedNewline;
        return _pos;
    }
}

/// <summary>A saved lexer position for backtracking.</summary>
internal readonly record struct LexerState(int Position, TokenKind Kind, int TokenStart, int TokenEnd, int PreviousTokenEnd, bool NewlineBefore, string? Value, double NumberValue, bool HasEscape, int LegacyOctalPosition, int CommentCount);
