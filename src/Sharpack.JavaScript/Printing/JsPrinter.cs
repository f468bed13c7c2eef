// Prints a syntax tree back to JavaScript, as compact as the grammar allows: no whitespace but
// where two tokens would merge, parentheses only where precedence or an ambiguity at the start of
// a statement needs them, semicolons only between statements. It is the back end of the minifier
// (which renames through PrintOptions.SymbolNames and rewrites the tree before printing).
// Spacing is decided on the characters: a token is preceded by a space only when its first
// character would join the last one printed (two name characters, "+ +", "- -", "/ /", "<! --").
// Ambiguous starts are found on output positions (esbuild's approach): an object literal, a
// function or class expression printed exactly where an expression statement starts (or an
// arrow's body, or after `export default`) is wrapped.
// Partial files: Statements, Expressions, Literals (numbers, strings, names), Jsx.

using System.Buffers;
using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Lexing;

namespace Sharpack.JavaScript.Printing;

/// <summary>One source position a printed token came from.</summary>
/// <param name="Output">The offset in the printed text.</param>
/// <param name="Source">The offset in the source.</param>
/// <param name="Name">The source's name there when the printed name differs (a renamed identifier), else null.</param>
public readonly record struct PrintMapping(int Output, int Source, string? Name)
{
    /// <summary>
    /// The mappings of a printed text into which <paramref name="length"/> characters were
    /// inserted at <paramref name="at"/>: those at or after it move by that much.
    /// </summary>
    public static IReadOnlyList<PrintMapping> Shift(IReadOnlyList<PrintMapping> mappings, int at, int length)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        if (mappings.Count == 0 || length == 0)
            return mappings;
        var shifted = new PrintMapping[mappings.Count];
        for (var i = 0; i < shifted.Length; i++)
            shifted[i] = mappings[i].Output >= at ? mappings[i] with { Output = mappings[i].Output + length } : mappings[i];
        return shifted;
    }
}

/// <summary>What <see cref="JsPrinter"/> printed.</summary>
/// <param name="Code">The program's text.</param>
/// <param name="Mappings">Printed offset to source offset of each token, when the options record them.</param>
/// <param name="ExtractedComments">The comments <see cref="PrintOptions.ExtractComment"/> took, in source order, each once.</param>
public sealed record PrintOutput(string Code, IReadOnlyList<PrintMapping> Mappings, IReadOnlyList<string> ExtractedComments);

/// <summary>Prints syntax trees as compact JavaScript.</summary>
public sealed partial class JsPrinter
{
    private readonly string _source;
    private readonly PrintOptions _options;
    private readonly IReadOnlyList<string?>? _names;
    private readonly IReadOnlyList<Comment> _comments;
    private readonly HashSet<int>? _pure;
    private readonly HashSet<int>? _noSideEffects;
    private readonly List<PrintMapping>? _mappings;

    private char[] _buffer;
    private int _length;

    // A semicolon owed by the last statement: printed before the next token unless that is `}`.
    private bool _pendingSemicolon;

    // The last token printed was a regular expression: a name after it would become its flags.
    private bool _afterRegExp;

    // Output positions where an expression must not start with `{`, `function`, `class` or `let`.
    private int _statementStart = -1;
    private int _exportDefaultStart = -1;
    private int _arrowBodyStart = -1;
    private int _forOfLeftStart = -1;

    // The next comment not yet considered for keeping.
    private int _nextComment;

    private JsPrinter(string source, IReadOnlyList<Comment> comments, PrintOptions options)
    {
        _source = source;
        _options = options;
        _names = options.SymbolNames;
        _comments = options.Comments == CommentPolicy.None && options.ExtractComment is null ? [] : comments;
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(256, source.Length / 2));
        if (options.KeepAnnotations && comments.Count > 0)
            (_pure, _noSideEffects) = FindAnnotations(source, comments);
        if (options.RecordMappings)
            _mappings = [];
    }

    /// <summary>Prints a parsed program; <paramref name="parse"/> must have no error.</summary>
    public static string Print(ParseResult parse, PrintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.Program is null)
            throw new ArgumentException("The parse failed; there is no program to print.", nameof(parse));
        return Print(parse.Program, parse.Source, parse.Comments, options, out _);
    }

    /// <summary>
    /// Prints <paramref name="program"/>, whose positions are offsets in <paramref name="source"/>
    /// (raw text such as directives and JSX text is read there), keeping the comments the options
    /// ask for; <paramref name="mappings"/> gets the token mappings when the options record them.
    /// </summary>
    public static string Print(Program program, string source, IReadOnlyList<Comment> comments, PrintOptions? options, out IReadOnlyList<PrintMapping> mappings)
    {
        var output = Print(program, source, comments, options);
        mappings = output.Mappings;
        return output.Code;
    }

    /// <summary>
    /// Prints <paramref name="program"/>, whose positions are offsets in <paramref name="source"/>
    /// (raw text such as directives and JSX text is read there), with what the options ask for.
    /// </summary>
    public static PrintOutput Print(Program program, string source, IReadOnlyList<Comment> comments, PrintOptions? options)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(source);
        var printer = new JsPrinter(source, comments ?? [], options ?? PrintOptions.Default);
        try
        {
            printer.PrintProgram(program);
            return new PrintOutput(new string(printer._buffer, 0, printer._length),
                (IReadOnlyList<PrintMapping>?)printer._mappings ?? [], (IReadOnlyList<string>?)printer._extracted ?? []);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(printer._buffer);
        }
    }

    /// <summary>
    /// Prints one expression of a program as an element of a list (an argument, an array
    /// element): the expression alone, wrapped only where a comma-separated list needs it, with
    /// the kept comments inside it; offsets are <paramref name="source"/>'s, as for a program.
    /// </summary>
    public static PrintOutput PrintExpression(Node expression, string source, IReadOnlyList<Comment> comments, PrintOptions? options)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(source);
        var printer = new JsPrinter(source, comments ?? [], options ?? PrintOptions.Default);
        try
        {
            // Comments before the expression belong to what was printed before it.
            var first = 0;
            var last = printer._comments.Count;
            while (first < last)
            {
                var middle = (first + last) >>> 1;
                if (printer._comments[middle].Start < expression.Start)
                    first = middle + 1;
                else
                    last = middle;
            }
            printer._nextComment = first;
            printer.PrintExpression(expression, Level.Assign, Flags.None);
            printer.PrintCommentsBefore(expression.End);
            return new PrintOutput(new string(printer._buffer, 0, printer._length),
                (IReadOnlyList<PrintMapping>?)printer._mappings ?? [], (IReadOnlyList<string>?)printer._extracted ?? []);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(printer._buffer);
        }
    }

    // Comments taken by PrintOptions.ExtractComment, each once.
    private List<string>? _extracted;

    private void PrintProgram(Program program)
    {
        PrintStatements(program.Body);
        PrintCommentsBefore(int.MaxValue);
        _pendingSemicolon = false;
    }

    // ---- Output ---------------------------------------------------------------------------------

    private void Append(char c)
    {
        if (_length == _buffer.Length)
            Grow(1);
        _buffer[_length++] = c;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _buffer.Length)
            Grow(text.Length);
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    private void Grow(int more)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = bigger;
    }

    private char Last => _length > 0 ? _buffer[_length - 1] : '\0';

    private bool EndsWith(ReadOnlySpan<char> text) => _length >= text.Length && _buffer.AsSpan(_length - text.Length, text.Length).SequenceEqual(text);

    // Pays a semicolon owed by the last statement (none before `}`), then separates the token from
    // the last one where they would otherwise read as one.
    private void Token(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return;
        var first = text[0];
        if (_pendingSemicolon)
        {
            _pendingSemicolon = false;
            if (first == '}')
            {
                if (_mapSource >= 0)
                    RecordMapping();
                Append(text);
                _afterRegExp = false;
                return;
            }
            Append(';');
            _afterRegExp = false;
        }
        if (_length > 0 && NeedsSpace(Last, first, text))
            Append(' ');
        if (_mapSource >= 0)
            RecordMapping();
        Append(text);
        _afterRegExp = false;
    }

    private bool NeedsSpace(char last, char first, ReadOnlySpan<char> text)
    {
        if (IsNameChar(first))
            return IsNameChar(last) || _afterRegExp;
        return first switch
        {
            '+' => last == '+',
            '-' => last == '-' || (EndsWith("<!") && text.StartsWith("--")),
            '/' => last == '/',
            '>' => EndsWith("--"),
            '.' => false,
            _ => false,
        };
    }

    // A character that continues a name or a number: letters, digits, $, _, a backslash (an
    // escape in a name) and every non-ASCII character (Unicode name characters and escapes alike).
    private static bool IsNameChar(char c) => c >= 128 ? !CharClass.IsWhitespace(c) && !CharClass.IsLineTerminator(c) : CharClass.IsAsciiIdPart(c) || c == '\\';

    private void Semicolon() => _pendingSemicolon = true;

    // Settles an owed semicolon now: the next statement's start is then the current position.
    private void FlushSemicolon()
    {
        if (_pendingSemicolon)
        {
            _pendingSemicolon = false;
            Append(';');
            _afterRegExp = false;
        }
    }

    // The next token comes from this source position: Token records it where the token lands,
    // after any semicolon or space it adds.
    private void Map(int sourcePosition, string? name = null)
    {
        if (_mappings is null || sourcePosition < 0)
            return;
        _mapSource = sourcePosition;
        _mapName = name;
    }

    private int _mapSource = -1;
    private string? _mapName;

    private void RecordMapping()
    {
        _mappings!.Add(new PrintMapping(_length, _mapSource, _mapName));
        _mapSource = -1;
        _mapName = null;
    }

    // ---- Comments -------------------------------------------------------------------------------

    // Kept comments that end before a statement are printed in front of it, in source order.
    private void PrintCommentsBefore(int position) => PrintComments(position, inline: false);

    // Kept comments that end before an expression are printed in front of it too, as terser does
    // (`r(/*! ./src/log */"…")`: the bundles' module-id comments stay where gzip finds them
    // repeated), when they are on one line or follow `(`, `,`, `:`, `[` or `=`, so that no line
    // break lands where one matters (after `return`, before a postfix `++`, …), and not
    // where the expression starts a statement, an arrow body, an export default or a for-of head
    // (the printer checks those starts to wrap what would read otherwise).
    private void PrintCommentsInline(int position)
    {
        if (_length != _statementStart && _length != _exportDefaultStart && _length != _arrowBodyStart && _length != _forOfLeftStart)
            PrintComments(position, inline: true);
    }

    private void PrintComments(int position, bool inline)
    {
        while (_nextComment < _comments.Count && _comments[_nextComment].End <= position)
        {
            var comment = _comments[_nextComment];
            var text = _source.AsSpan(comment.Start, comment.End - comment.Start);
            var multiline = !comment.IsBlock || text.IndexOfAny('\n', '\r') >= 0;
            if (_options.ExtractComment is { } extract)
            {
                var whole = text.ToString();
                if (extract(whole))
                {
                    _extracted ??= [];
                    if (!_extracted.Contains(whole))
                        _extracted.Add(whole);
                    // Extracted, it stays only when a keep condition asks for it too (terser-webpack-plugin).
                    if (_options.KeepComment is not { } keepToo || !keepToo(whole))
                    {
                        _nextComment++;
                        continue;
                    }
                }
            }
            if (_options.Comments == CommentPolicy.None || !(_options.KeepComment is { } keep ? keep(text.ToString()) : IsLegalComment(text)))
            {
                _nextComment++;
                continue;
            }
            // A line break inside an expression is harmless only after a token that cannot end one.
            if (inline && multiline && !(_length > 0 && Last is '(' or ',' or ':' or '[' or '='))
                return;
            _nextComment++;
            FlushSemicolon();
            if (_length > 0 && Last != '\n' && !comment.IsBlock)
                Append('\n');
            Append(text);
            if (multiline)
                Append('\n');
            _afterRegExp = false;
        }
    }

    // terser's "some": /@preserve|@copyright|@lic|@cc_on|^\**!/i on the comment's text.
    private static bool IsLegalComment(ReadOnlySpan<char> text) =>
        IsLicenseComment(text) || text[2..].Contains("@copyright", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// terser-webpack-plugin's "some" condition for extracting: /@preserve|@lic|@cc_on|^\**!/i on
    /// the text of <paramref name="comment"/> (given with its <c>/* */</c> or <c>//</c>).
    /// </summary>
    public static bool IsLicenseComment(ReadOnlySpan<char> comment)
    {
        var body = comment[2..];
        var stars = 0;
        while (stars < body.Length && body[stars] == '*')
            stars++;
        if (stars < body.Length && body[stars] == '!')
            return true;
        return body.Contains("@preserve", StringComparison.OrdinalIgnoreCase)
            || body.Contains("@lic", StringComparison.OrdinalIgnoreCase)
            || body.Contains("@cc_on", StringComparison.OrdinalIgnoreCase);
    }

    // The source positions a /*#__PURE__*/ (or @__PURE__) comment annotates: the first token after
    // it, past whitespace, other comments and opening parentheses; the same for __NO_SIDE_EFFECTS__.
    internal static (HashSet<int>? Pure, HashSet<int>? NoSideEffects) FindAnnotations(string source, IReadOnlyList<Comment> comments)
    {
        HashSet<int>? pure = null, noSideEffects = null;
        for (var i = 0; i < comments.Count; i++)
        {
            var comment = comments[i];
            if (!comment.IsBlock)
                continue;
            var text = source.AsSpan(comment.Start + 2, comment.End - comment.Start - 4).Trim();
            var isPure = text is "#__PURE__" or "@__PURE__";
            var isNoSideEffects = text is "#__NO_SIDE_EFFECTS__" or "@__NO_SIDE_EFFECTS__";
            if (!isPure && !isNoSideEffects)
                continue;
            var position = comment.End;
            var next = i + 1;
            while (position < source.Length)
            {
                var c = source[position];
                if (CharClass.IsWhitespace(c) || CharClass.IsLineTerminator(c) || (isPure && c == '('))
                {
                    position++;
                }
                else if (next < comments.Count && comments[next].Start == position)
                {
                    position = comments[next++].End;
                }
                else
                {
                    break;
                }
            }
            if (isPure)
                (pure ??= []).Add(position);
            else
                (noSideEffects ??= []).Add(position);
        }
        return (pure, noSideEffects);
    }

    private void PureAnnotation(Node node)
    {
        if (_pure is not null && _pure.Contains(node.Start))
            Token("/*#__PURE__*/");
    }

    private void NoSideEffectsAnnotation(Node node)
    {
        if (_noSideEffects is not null && _noSideEffects.Contains(node.Start))
            Token("/*#__NO_SIDE_EFFECTS__*/");
    }
}
