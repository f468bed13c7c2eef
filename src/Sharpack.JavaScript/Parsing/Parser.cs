// The recursive-descent parser: shared state, token helpers and errors. The grammar itself is
// split by topic into Parser.*.cs. The parser pulls tokens from the Lexer one at a time; it
// builds ESTree nodes directly and reads patterns through a cover grammar (expressions are
// converted to patterns when an `=` or `=>` shows what they were), as acorn does.

using System.Runtime.CompilerServices;
using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Diagnostics;
using Sharpack.JavaScript.Lexing;

namespace Sharpack.JavaScript.Parsing;

internal sealed partial class Parser
{
    private readonly string _source;
    private readonly ParseOptions _options;
    private readonly LineTable _lines;
    private readonly Lexer _lexer;
    private readonly bool _isModule;
    private readonly bool _importPhases;
    private readonly bool _jsx;

    /// <summary>The code being parsed is strict mode code.</summary>
    private bool _strict;
    private FunctionFlags _flags;

    // Positions of the first yield/await expression and `await` identifier inside the
    // arrow-parameter candidate being parsed, or -1; arrows and async params reject them.
    private int _yieldPos = -1;
    private int _awaitPos = -1;
    private int _awaitIdentPos = -1;

    // Where an arrow function may start (the current parenthesized/identifier position), or -1.
    private int _potentialArrowAt = -1;
    private bool _potentialArrowInForAwait;

    private readonly List<Label> _labels = [];
    private int _labelBase;

    private readonly ListPool _lists = ListPool.ForCurrentThread();

    public Parser(string source, ParseOptions options, LineTable lines)
    {
        _source = source;
        _options = options;
        _lines = lines;
        _isModule = options.SourceType == SourceType.Module;
        _jsx = options.Jsx;
        _importPhases = options.ImportPhases;
        _ts = options.TypeScript;
        _facts = _ts ? new TypeScriptFacts() : null;
        _buildTypes = _ts && options.TypeScriptTree;
        _declarationFile = _ts && options.FileName is { } name
            && (name.EndsWith(".d.ts", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".d.mts", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".d.cts", StringComparison.OrdinalIgnoreCase) || name.Contains(".d.", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".ts", StringComparison.OrdinalIgnoreCase));
        _lexer = new Lexer(source, NameTable.ForCurrentThread()) { IsModule = _isModule };
        _strict = _isModule;
    }

    /// <summary>Comments collected while parsing.</summary>
    public List<Comment> Comments => _lexer.Comments;

    /// <summary>Parses the whole source; returns null and the error on failure.</summary>
    public Program? ParseProgram(out SyntaxError? error)
    {
        try
        {
            error = null;
            return ParseTopLevel();
        }
        catch (SyntaxErrorException e)
        {
            var (line, column) = _lines.GetLineColumn(Math.Min(e.Offset, _source.Length));
            error = new SyntaxError(e.Message, e.Offset, line, column, _options.FileName);
            return null;
        }
    }

    private Program ParseTopLevel()
    {
        _flags = _isModule ? FunctionFlags.TopLevel | FunctionFlags.Async : FunctionFlags.TopLevel;
        NextToken();
        var body = _lists.Rent();
        var strict = ParseDirectives(body, allowStrict: true);
        if (strict) _strict = true;
        while (_lexer.Kind != TokenKind.EndOfFile)
            body.Add(ParseStatementListItem(topLevel: true));
        // Private names need no check here: each class body resolves its own uses as it closes.
        return new Program(0, _source.Length, _lists.ToArrayAndReturn(body), _isModule) { IsStrict = _strict, BindingTypes = _bindingTypes, UsesImportMeta = _usesImportMeta };
    }

    // ---- tokens ----

    private TokenKind Kind
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _lexer.Kind;
    }

    private int TokenStart
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _lexer.TokenStart;
    }

    private int LastEnd
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _lexer.PreviousTokenEnd;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NextToken() => _lexer.Next();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Eat(TokenKind kind)
    {
        if (_lexer.Kind != kind)
            return false;
        _lexer.Next();
        return true;
    }

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
            throw UnexpectedExpecting(kind);
        _lexer.Next();
    }

    /// <summary>The current token is the identifier <paramref name="name"/>, written without escapes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsContextual(string name) =>
        _lexer.Kind == TokenKind.Identifier && !_lexer.HasEscape && _lexer.Value == name;

    private bool EatContextual(string name)
    {
        if (!IsContextual(name))
            return false;
        NextToken();
        return true;
    }

    private void ExpectContextual(string name)
    {
        if (!EatContextual(name))
            throw Unexpected();
    }

    private bool CanInsertSemicolon() =>
        _lexer.Kind is TokenKind.EndOfFile or TokenKind.CloseBrace || _lexer.NewlineBefore;

    private void Semicolon()
    {
        if (Eat(TokenKind.Semicolon))
            return;
        if (!CanInsertSemicolon())
            throw Unexpected();
        // Where a statement follows one ended by automatic semicolon insertion: code generation
        // must not start a replacement there with `(` or `[` (it would call the line before).
        if (_lexer.NewlineBefore && Kind != TokenKind.CloseBrace && Kind != TokenKind.EndOfFile)
            AsiPositions.Add(TokenStart);
    }

    /// <summary>Starts of statements that follow a statement ended by ASI, ascending.</summary>
    public List<int> AsiPositions { get; } = [];

    /// <summary>
    /// Steps through a comma-separated list closed by <paramref name="close"/> (a trailing comma
    /// allowed): consumes the comma before each item after the first, and the closing token at
    /// the end, where it returns false.
    /// </summary>
    private bool NextListItem(ref bool first, TokenKind close)
    {
        if (Eat(close))
            return false;
        if (!first)
        {
            Expect(TokenKind.Comma);
            if (AfterTrailingComma(close))
                return false;
        }
        first = false;
        return true;
    }

    private bool AfterTrailingComma(TokenKind close)
    {
        if (_lexer.Kind != close)
            return false;
        NextToken();
        return true;
    }

    // ---- errors ----

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SyntaxErrorException Raise(int offset, string message) => new(message, offset);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private SyntaxErrorException Unexpected(int offset = -1)
    {
        if (offset >= 0 && offset != TokenStart)
            return new SyntaxErrorException("Unexpected token", offset);
        return new SyntaxErrorException(DescribeUnexpected(), TokenStart);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private SyntaxErrorException UnexpectedExpecting(TokenKind expected) =>
        new($"{DescribeUnexpected()}, expected {Describe(expected)}", TokenStart);

    private string DescribeUnexpected()
    {
        if (_lexer.Kind == TokenKind.EndOfFile)
            return "Unexpected end of input";
        var text = _lexer.TokenText;
        if (text.Length > 40) text = text[..40];
        return _lexer.Kind switch
        {
            TokenKind.String => "Unexpected string",
            TokenKind.Number or TokenKind.BigInt => "Unexpected number",
            TokenKind.NoSubstitutionTemplate or TokenKind.TemplateHead => "Unexpected template string",
            TokenKind.Identifier => $"Unexpected identifier '{_lexer.Value}'",
            _ when Lexer.IsKeyword(_lexer.Kind) => $"Unexpected keyword '{text}'",
            _ => $"Unexpected token '{text}'",
        };
    }

    private static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.OpenBrace => "'{'",
        TokenKind.CloseBrace => "'}'",
        TokenKind.OpenParen => "'('",
        TokenKind.CloseParen => "')'",
        TokenKind.OpenBracket => "'['",
        TokenKind.CloseBracket => "']'",
        TokenKind.Semicolon => "';'",
        TokenKind.Comma => "','",
        TokenKind.Colon => "':'",
        TokenKind.Arrow => "'=>'",
        TokenKind.Equals => "'='",
        TokenKind.GreaterThan => "'>'",
        TokenKind.Identifier => "an identifier",
        TokenKind.String => "a string",
        _ when Lexer.IsKeyword(kind) => $"'{Lexer.KeywordText(kind)}'",
        _ => kind.ToString(),
    };

    // ---- nesting ----

    /// <summary>
    /// How deep the guarded productions (statement, assignment expression, unary expression,
    /// primary expression, binding pattern, JSX element) may nest; a parenthesized expression is
    /// three of them, a block or a `!` one. Far beyond what acorn manages in node's default stack
    /// (about 700 parentheses, 3,000 blocks, 4,000 `!`).
    /// </summary>
    /// <remarks>
    /// PERF: a fixed bound, not the thread's stack, is what keeps deep input linear. The runtime
    /// walks the whole stack at every garbage collection and, frame by frame, when an error is
    /// thrown out of it, so with the stack as the only limit the time grew with the square of the
    /// depth: on the CLI's 64 MB threads `(` nested 100,000 deep (700,000 frames), rejecting that
    /// unclosed took 0.3 s (`a(`, `new (`: 0.8 s) against 20-35 ms for the closed one; on a 1 GB
    /// stack `(` ×400,000 took 3-5 s. Now any of these stops within 70 ms, at the same offset
    /// however long the input (2026-12-03, 2 loaded cores). Small stacks (1.5 MB thread-pool
    /// threads) still stop earlier, at the stack check.
    /// </remarks>
    internal const int MaxNestingDepth = 20_000;

    private int _depth;

    /// <summary>
    /// Enters a guarded production; each call is paired with <see cref="ExitNesting"/> on the way
    /// out (an error ends the parse, so a throw needs no exit). Fails with a syntax error at
    /// <paramref name="position"/> past <see cref="MaxNestingDepth"/>, or before the stack can
    /// overflow on a thread with a small one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnterNesting(int position)
    {
        // PERF: the stack is checked every 8 levels (on every one it was 3.5% of a parse);
        // TryEnsureSufficientExecutionStack leaves 64 KB, far more than 8 levels of productions use.
        if (++_depth > MaxNestingDepth || ((_depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
            throw TooDeeplyNested(position);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ExitNesting() => _depth--;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private SyntaxErrorException TooDeeplyNested(int position) => new(_depth > MaxNestingDepth
        ? $"Too deeply nested: more than {MaxNestingDepth} nested expressions, statements or patterns"
        : "Too deeply nested: the parser's stack limit was reached", position);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T Finish<T>(T node) where T : Node
    {
        node.End = LastEnd;
        return node;
    }

    // A BigInt literal's digits as written, without the `n` and the numeric separators (Literal.StringValue).
    private static string BigIntDigits(ReadOnlySpan<char> raw)
    {
        if (raw.Length > 0 && raw[^1] == 'n')
            raw = raw[..^1];
        return raw.Contains('_') ? raw.ToString().Replace("_", "", StringComparison.Ordinal) : raw.ToString();
    }
}
