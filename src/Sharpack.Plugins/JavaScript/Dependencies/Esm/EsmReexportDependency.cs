// Follows webpack lib/dependencies/HarmonyExportImportedSpecifierDependency.js: what a named and
// a star re-export share — both connect to the import's module, and what they provide, reference
// and whether their connection is active all follow from their mode.

using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary>A re-export of an imported module's exports.</summary>
public abstract class EsmReexportDependency(EsmImportSideEffectDependency import) : Dependency
{
    /// <summary>The import the values come from.</summary>
    public EsmImportSideEffectDependency Import { get; } = import;

    /// <inheritdoc />
    public override Dependency? ResolvesWith => Import;

    /// <summary>How the re-export is carried out in <paramref name="runtime"/>.</summary>
    public abstract EsmReexportMode GetMode(ModuleGraph moduleGraph, RuntimeSpec? runtime);

    /// <inheritdoc />
    public override ExportsSpec? GetExports(ModuleGraph moduleGraph) => EsmReexport.GetExports(moduleGraph, this, GetMode(moduleGraph, null));

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, RuntimeSpec? runtime) =>
        EsmReexport.GetReferencedExports(GetMode(moduleGraph, runtime), runtime);

    /// <inheritdoc />
    public override ConnectionCondition? GetCondition(ModuleGraph moduleGraph) =>
        (_, runtime) => EsmReexport.Active(GetMode(moduleGraph, runtime));
}
