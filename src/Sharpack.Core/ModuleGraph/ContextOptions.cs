// What a context request covers: a directory, whether subdirectories count, which files (a
// regular expression over "./relative/path"), and how modules are loaded (sync, lazy, eager,
// weak), as webpack's ContextModule options.

namespace Sharpack.Core.ModuleGraph;

/// <summary>Options of a context (a directory of possible modules).</summary>
/// <param name="Recursive">Include subdirectories.</param>
/// <param name="Pattern">A .NET regular expression matched against <c>./relative/path</c>.</param>
/// <param name="PatternText">The pattern as written in JavaScript, for the module's readable id.</param>
/// <param name="Mode"><c>sync</c>, <c>lazy</c>, <c>eager</c>, <c>weak</c> or <c>async-weak</c>.</param>
public sealed record ContextOptions(bool Recursive, string Pattern, string PatternText, string Mode);
