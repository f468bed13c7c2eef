// A name the module exports from its own bindings, for a bundler's export analysis.

namespace Sharpack.JavaScript.Scopes;

/// <summary>A name a module exports from its own scope (re-exports with <c>from</c> are not listed).</summary>
/// <param name="Name">The exported name (<c>default</c> for a default export).</param>
/// <param name="Symbol">The local symbol, or -1 for <c>export default</c> of an expression or an anonymous function or class.</param>
public readonly record struct ModuleExport(string Name, int Symbol);
