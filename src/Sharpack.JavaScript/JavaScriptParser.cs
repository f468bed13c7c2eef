// The front door of the JavaScript front end: parse, then analyze scopes.

using Sharpack.JavaScript.Diagnostics;
using Sharpack.JavaScript.Parsing;
using Sharpack.JavaScript.Scopes;

namespace Sharpack.JavaScript;

/// <summary>Parses JavaScript (ECMAScript 2025, optionally JSX) into an ESTree-shaped tree.</summary>
public static class JavaScriptParser
{
    /// <summary>Parses <paramref name="source"/>; never throws for bad input, returns the error instead.</summary>
    public static ParseResult Parse(string source, ParseOptions options)
    {
        var lines = new LineTable(source);
        var parser = new Parser(source, options, lines);
        var program = parser.ParseProgram(out var error);
        if (program is null)
            return new ParseResult(source, lines, null, null, error);
        // A TypeScriptTree holds types and signatures the scope analysis does not know, and
        // typescript-estree (the shape it is for) does no scope analysis either.
        if (!options.AnalyzeScopes || options.TypeScriptTree)
            return new ParseResult(source, lines, program, null, null, parser.Comments, parser.AsiPositions) { TypeScript = parser.Facts };
        var scopes = options.TypeScript
            ? ScopeAnalyzer.AnalyzeTypeScript(program, source, out var scopeError)
            : ScopeAnalyzer.Analyze(program, source, out scopeError);
        if (scopeError is not null)
        {
            var (line, column) = lines.GetLineColumn(scopeError.Value.Offset);
            return new ParseResult(source, lines, null, null,
                new SyntaxError(scopeError.Value.Message, scopeError.Value.Offset, line, column, options.FileName));
        }
        return new ParseResult(source, lines, program, scopes, null, parser.Comments, parser.AsiPositions) { TypeScript = parser.Facts };
    }

    /// <summary>
    /// Parses as a script, or as a module when the source only parses as one (import/export
    /// declarations, import.meta, top-level await). Module syntax usually comes first, so a
    /// module costs little more than one parse.
    /// </summary>
    public static ParseResult ParseDetectingGoal(string source, ParseOptions options)
    {
        var script = Parse(source, new ParseOptions { SourceType = SourceType.Script, Jsx = options.Jsx, TypeScript = options.TypeScript, TypeScriptTree = options.TypeScriptTree, JsxCodePoints = options.JsxCodePoints, ImportPhases = options.ImportPhases, FileName = options.FileName, AnalyzeScopes = options.AnalyzeScopes });
        if (script.Error is not { } error)
            return script;
        // Top-level await can come before any import or export, so any script error is worth
        // a module parse; the script's error stands unless it was about module syntax.
        var module = Parse(source, new ParseOptions { SourceType = SourceType.Module, Jsx = options.Jsx, TypeScript = options.TypeScript, TypeScriptTree = options.TypeScriptTree, JsxCodePoints = options.JsxCodePoints, ImportPhases = options.ImportPhases, FileName = options.FileName, AnalyzeScopes = options.AnalyzeScopes });
        return module.Error is null || error.IsModuleSyntaxInScript ? module : script;
    }
}
