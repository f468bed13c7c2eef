// What webpack's ImportDependency gives ImportEagerDependency and ImportWeakDependency, which
// extend it: the request, the import phase, and getReferencedExports — what an import() uses of
// its module when the parser knew (webpackExports, destructuring, the namespace's member reads
// through `await` or `.then`); a default read of a module whose default is its whole value uses
// everything. The names stay as written (the code reads them on the namespace object).

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary>An <c>import("x")</c> of a module, lazy, eager or weak.</summary>
public abstract class DynamicImportDependency(string request) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <summary><see cref="Sharpack.JavaScript.Ast.ImportPhase.Defer"/> for <c>import.defer()</c> (resolves to the module's deferred namespace), <see cref="Sharpack.JavaScript.Ast.ImportPhase.Source"/> for <c>import.source()</c> (to its source).</summary>
    public Sharpack.JavaScript.Ast.ImportPhase Phase { get; init; }

    /// <inheritdoc />
    public override string PhaseName => ImportPhases.Name(Phase);

    /// <summary>
    /// The export paths the import's namespace is read for (webpackExports, destructuring, member
    /// reads), each as written; null when it is used whole or not known.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>>? ReferencedExports { get; set; }

    // The parser's state of the name the namespace is bound to while the module is walked.
    internal object? Binding { get; set; }

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Sharpack.Core.Runtime.RuntimeSpec? runtime)
    {
        if (ReferencedExports is not { } paths)
            return ReferencedExport.ExportsObject;
        var result = new ReferencedExport[paths.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var path = paths[i];
            if (path.Count > 0 && path[0] == "default" && moduleGraph.GetModule(this) is { } imported && moduleGraph.GetParentModule(this) is { } parent
                && imported.GetExportsType(parent.IsStrictEsm) is ExportsType.DefaultOnly or ExportsType.DefaultWithNamed)
                return ReferencedExport.ExportsObject;
            result[i] = new ReferencedExport(path, CanMangle: false, CanInline: false);
        }
        return result;
    }
}
