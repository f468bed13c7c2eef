// What a parse returns: the tree, or the first error, plus the line table for positions.

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Diagnostics;
using Sharpack.JavaScript.Scopes;

namespace Sharpack.JavaScript;

/// <summary>The result of <see cref="JavaScriptParser.Parse"/>: a program, or an error.</summary>
public sealed class ParseResult(string source, LineTable lines, Program? program, ScopeTree? scopes, SyntaxError? error, IReadOnlyList<Comment>? comments = null, IReadOnlyList<int>? asiPositions = null)
{
    /// <summary>The parsed source text.</summary>
    public string Source { get; } = source;

    /// <summary>Maps offsets to lines and columns.</summary>
    public LineTable Lines { get; } = lines;

    /// <summary>The tree; null when <see cref="Error"/> is set.</summary>
    public Program? Program { get; } = program;

    /// <summary>Scopes and symbols, when scope analysis ran and succeeded.</summary>
    public ScopeTree? Scopes { get; } = scopes;

    /// <summary>Comments in source order (for pure annotations and magic comments); empty after an error.</summary>
    public IReadOnlyList<Comment> Comments { get; } = comments ?? [];

    /// <summary>Starts of statements that follow a statement ended by automatic semicolon insertion, ascending.</summary>
    public IReadOnlyList<int> AsiPositions { get; } = asiPositions ?? [];

    /// <summary>The first syntax or early error, or null.</summary>
    public SyntaxError? Error { get; } = error;

    /// <summary>For a TypeScript parse: what the TypeScript transform erases and generates.</summary>
    internal Parsing.TypeScriptFacts? TypeScript { get; init; }
}
