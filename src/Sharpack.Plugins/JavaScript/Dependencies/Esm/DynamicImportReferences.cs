// Follows webpack lib/dependencies/ImportDependency.js getReferencedExports: what an import() uses
// of its module when the parser knew (webpackExports, destructuring, the namespace's member reads
// through `await` or `.then`); a default read of a module whose default is its whole value uses
// everything. The names stay as written (the code reads them on the namespace object).

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary>An <c>import()</c> of a module (lazy, eager or weak), whose namespace the parser may see used in part.</summary>
internal interface IDynamicImportDependency
{
    /// <summary>The export paths the namespace is read for; null when all of it.</summary>
    IReadOnlyList<IReadOnlyList<string>>? ReferencedExports { get; set; }

    /// <summary>The parser's state of the name the namespace is bound to while the module is walked.</summary>
    object? Binding { get; set; }
}

/// <summary>The referenced exports of an <c>import()</c>.</summary>
internal static class DynamicImportReferences
{
    /// <summary>What <paramref name="dependency"/> uses of its module: <paramref name="paths"/>, or everything when null.</summary>
    public static IReadOnlyList<ReferencedExport> Of(Dependency dependency, ModuleGraph moduleGraph, IReadOnlyList<IReadOnlyList<string>>? paths)
    {
        if (paths is null)
            return ReferencedExport.ExportsObject;
        var result = new ReferencedExport[paths.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var path = paths[i];
            if (path.Count > 0 && path[0] == "default" && moduleGraph.GetModule(dependency) is { } imported && moduleGraph.GetParentModule(dependency) is { } parent
                && imported.GetExportsType(parent.IsStrictEsm) is ExportsType.DefaultOnly or ExportsType.DefaultWithNamed)
                return ReferencedExport.ExportsObject;
            result[i] = new ReferencedExport(path, CanMangle: false, CanInline: false);
        }
        return result;
    }
}
