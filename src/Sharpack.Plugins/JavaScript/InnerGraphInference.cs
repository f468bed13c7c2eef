// Follows webpack lib/optimize/InnerGraph.js (inferDependencyUsage): from the top-level statements
// of a module (the names each declares and uses) and which of them are pure declarations, the
// exports of the module through which each pure declaration is reached. Run when the module is
// parsed, and again once the exports of other modules are known for a module with declarations
// that are pure only through the imported functions they call (PendingInnerGraph).

namespace Sharpack.Plugins.JavaScript;

/// <summary>One inference of which exports reach each pure top-level declaration of a module.</summary>
internal sealed class InnerGraphInference
{
    private readonly IReadOnlyList<TopLevelStatement> _statements;
    private readonly List<string> _names;
    private readonly HashSet<string> _always = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _usedBy = new(StringComparer.Ordinal);

    /// <param name="statements">The module's top-level statements.</param>
    /// <param name="names">The names the statements declare and use (their slices).</param>
    /// <param name="exportedAs">The exports each local name is exported as ("*default*": the default expression).</param>
    /// <param name="isPure">Whether statement i is a pure declaration.</param>
    public InnerGraphInference(IReadOnlyList<TopLevelStatement> statements, List<string> names, Dictionary<string, HashSet<string>> exportedAs, Func<int, bool> isPure)
    {
        _statements = statements;
        _names = names;
        for (var i = 0; i < statements.Count; i++)
        {
            if (!isPure(i)) continue;
            foreach (var name in Declares(statements[i]))
                _usedBy[name] = exportedAs.TryGetValue(name, out var exports) ? [.. exports] : new HashSet<string>(StringComparer.Ordinal);
        }
        // Fixpoint: a name used by a pure declaration is used through whatever uses that declaration.
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < statements.Count; i++)
            {
                var statement = statements[i];
                var pure = isPure(i);
                foreach (var used in Uses(statement))
                {
                    if (!_usedBy.TryGetValue(used, out var target) || _always.Contains(used)) continue;
                    if (!pure)
                    {
                        changed |= _always.Add(used);
                        continue;
                    }
                    foreach (var declared in Declares(statement))
                    {
                        if (_always.Contains(declared))
                        {
                            changed |= _always.Add(used);
                            break;
                        }
                        if (_usedBy.TryGetValue(declared, out var through))
                        {
                            foreach (var export in through) changed |= target.Add(export);
                        }
                    }
                }
            }
        }
        while (changed);
    }

    private ReadOnlySpan<string> Declares(TopLevelStatement statement) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_names).Slice(statement.DeclaresStart, statement.DeclaresCount);

    private ReadOnlySpan<string> Uses(TopLevelStatement statement) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_names).Slice(statement.UsesStart, statement.UsesCount);

    /// <summary>The exports through which statement <paramref name="index"/> (a pure declaration) is reached; null: always.</summary>
    public HashSet<string>? UsedByExportsOf(int index)
    {
        HashSet<string> exports = new(StringComparer.Ordinal);
        foreach (var declared in Declares(_statements[index]))
        {
            if (_always.Contains(declared) || !_usedBy.TryGetValue(declared, out var through))
                return null;
            exports.UnionWith(through);
        }
        return exports;
    }
}

/// <summary>
/// A module's inner graph waiting for the exports of the modules it imports: its declarations
/// that call imported functions are pure when those are (webpack's deferred pure conditions,
/// settled at finishModules). <see cref="Resolve"/> settles the usage of its dependencies.
/// </summary>
internal sealed class PendingInnerGraph(IReadOnlyList<TopLevelStatement> statements, List<string> names, Dictionary<string, HashSet<string>> exportedAs,
    Dictionary<int, Dependencies.Esm.PureImportCalls> conditions)
{
    /// <summary>The import reads in pure or conditionally pure declarations, with their statement.</summary>
    public List<(Dependencies.Esm.EsmImportSpecifierDependency Dependency, int Statement)> Reads { get; } = [];

    /// <summary>The definition-time expressions of pure or conditionally pure declarations, with their statement.</summary>
    public List<(Dependencies.Misc.PureExpressionDependency Dependency, int Statement)> Expressions { get; } = [];

    /// <summary>Settles which declarations are pure now that the imported exports are known, and the usage that follows.</summary>
    public void Resolve(Sharpack.Core.ModuleGraph.ModuleGraph graph)
    {
        var pure = new bool[statements.Count];
        for (var i = 0; i < pure.Length; i++)
            pure[i] = statements[i].IsPureDeclaration || (conditions.TryGetValue(i, out var calls) && calls.Hold(graph));
        var inference = new InnerGraphInference(statements, names, exportedAs, i => pure[i]);
        foreach (var (dependency, statement) in Reads)
            dependency.UsedByExports = pure[statement] ? inference.UsedByExportsOf(statement) : null;
        foreach (var (dependency, statement) in Expressions)
            dependency.UsedByExports = pure[statement] ? inference.UsedByExportsOf(statement) : null;
    }
}
