// Placeholder until scope analysis lands.
using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Scopes;

/// <summary>An early error found by scope analysis.</summary>
public readonly record struct ScopeError(string Message, int Offset);

/// <summary>Binds identifiers to symbols and reports redeclarations.</summary>
public static class ScopeAnalyzer
{
    /// <summary>Analyzes <paramref name="program"/>.</summary>
    public static ScopeTree? Analyze(Program program, string source, out ScopeError? error) { _ = program; _ = source; error = null; return null; }
}

/// <summary>Scopes and symbols of a program.</summary>
public sealed class ScopeTree { }
