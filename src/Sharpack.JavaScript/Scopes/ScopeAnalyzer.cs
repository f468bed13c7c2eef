// Scope analysis: binds every Identifier to the symbol it declares or refers to, and reports
// the early errors that need scopes (redeclarations, parameter clashes, undefined or duplicate
// exports), in acorn's words. The work is done by ScopeBinder; this is the public door.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Scopes;

/// <summary>Binds identifiers to symbols and reports redeclarations.</summary>
public static class ScopeAnalyzer
{
    /// <summary>
    /// Analyzes <paramref name="program"/>: sets <see cref="Identifier.Symbol"/> on every binding
    /// and resolved reference, and returns the scopes and symbols. Returns null and sets
    /// <paramref name="error"/> on the first early error. Thread-safe; the program is modified.
    /// </summary>
    /// <param name="program">A parsed program (its functions' <see cref="FunctionNode.IsStrict"/> set).</param>
    /// <param name="source">The source text the program was parsed from (for positions the tree does not keep).</param>
    /// <param name="error">The first early error, or null.</param>
    public static ScopeTree? Analyze(Program program, string source, out ScopeError? error)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(source);
        return ScopeBinder.Run(program, source, out error);
    }

    /// <summary>As <see cref="Analyze"/>, for a program parsed from TypeScript (a local export may name a type).</summary>
    internal static ScopeTree? AnalyzeTypeScript(Program program, string source, out ScopeError? error) =>
        ScopeBinder.Run(program, source, out error, typeScript: true);
}
