// Follows webpack's InnerGraphPlugin (its isPure tap for calls, pureConditionByCallExpr): a
// top-level declaration whose initializer calls an imported function with pure arguments is pure
// when that function is, which only the exporting module knows (its /*#__NO_SIDE_EFFECTS__*/
// exports, webpack's pureProvide). The calls of a module are kept here and checked once the
// exports are known.

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary>The calls of imported functions a module's declarations are pure through.</summary>
public sealed class PureImportCalls
{
    private readonly List<(EsmImportSideEffectDependency Import, IReadOnlyList<string> Ids)> _calls = [];

    /// <summary>Adds a call of the export at <paramref name="ids"/> of <paramref name="import"/>'s module.</summary>
    internal void Add(EsmImportSideEffectDependency import, IReadOnlyList<string> ids) => _calls.Add((import, ids));

    /// <summary>How many calls were recorded.</summary>
    public int Count => _calls.Count;

    /// <summary>
    /// Whether every call is of a pure function: the export, followed through its re-exports, is
    /// provided as pure (webpack's pureProvide).
    /// </summary>
    public bool Hold(ModuleGraph graph)
    {
        foreach (var (import, ids) in _calls)
        {
            if (graph.GetModule(import) is not { } module)
                return false;
            if (graph.GetExportsInfo(module).GetReadOnlyExportInfoRecursive(ids) is not { } exportInfo)
                return false;
            var final = exportInfo.GetTarget(graph) is { Export: { } export } target
                ? graph.GetExportsInfo(target.Module).GetReadOnlyExportInfoRecursive(export)
                : exportInfo;
            if (final is not { PureProvide: true })
                return false;
        }
        return true;
    }
}
