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

    /// <summary>
    /// The module the re-export reads after the side-effects optimization moved it past
    /// side-effect-free modules that only re-export (its connection points there), or null when
    /// it reads its import's module.
    /// </summary>
    public Module? RedirectedModule { get; private set; }

    /// <inheritdoc />
    /// <remarks>A side-effects redirect is the compilation's: the re-export reads its import's module again.</remarks>
    public override void ResetCompilationState()
    {
        base.ResetCompilationState();
        RedirectedModule = null;
    }

    /// <inheritdoc />
    public override int CodeGenerationStateHash() => RedirectedModule?.GetHashCode() ?? 0;

    /// <summary>The module the re-exported values are read from.</summary>
    public Module? ImportedModule => RedirectedModule ?? Import.Target;

    /// <summary>The variable holding that module's exports in the module generating code.</summary>
    public string ImportVariable(Core.CodeGeneration.TemplateContext context) =>
        RedirectedModule is { } module
            ? ImportVariables.Get(context.Generation.Graph, context.Module, module, Import.Request!, deferred: false)
            : Import.GetVariable(context);

    /// <summary>Points the re-export at <paramref name="module"/> (webpack's moduleGraph.updateModule in SideEffectsFlagPlugin).</summary>
    internal virtual void Redirect(Module module, IReadOnlyList<string>? export)
    {
        RedirectedModule = module;
    }

    /// <summary>
    /// In a wrapped member of a concatenated module (webpack's isWrapped), the namespace of a module
    /// of the concatenation as a module reference (such a module has no import variable there);
    /// null elsewhere.
    /// </summary>
    internal string? ScopedVariable(Core.CodeGeneration.TemplateContext context) =>
        context.ConcatenationScope is { IsWrapped: true } scope && ImportedModule is { } module && scope.IsModuleInScope(module)
            ? scope.CreateModuleReference(module, [], asiSafe: true)
            : null;

    /// <summary>Declares the variable of the module the values are read from (its import, or the module it was redirected to).</summary>
    internal void DeclareImport(Core.CodeGeneration.TemplateContext context)
    {
        if (RedirectedModule is { } module)
            EsmImportSideEffectDependency.DeclareImport(context, module, ImportVariable(context), Import.Request!, Import.Index);
        else
            Import.Declare(context);
    }

    /// <summary>How the re-export is carried out in <paramref name="runtime"/>.</summary>
    public abstract EsmReexportMode GetMode(ModuleGraph moduleGraph, RuntimeSpec? runtime);

    /// <inheritdoc />
    public override ExportsSpec? GetExports(ModuleGraph moduleGraph) => EsmReexport.GetExports(moduleGraph, this, GetMode(moduleGraph, null));

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, RuntimeSpec? runtime) =>
        EsmReexport.GetReferencedExports(GetMode(moduleGraph, runtime), runtime);

    /// <inheritdoc />
    public override ConnectionCondition? GetCondition(ModuleGraph moduleGraph) =>
        (connection, runtime) => EsmReexport.Active(GetMode(moduleGraph, runtime), moduleGraph, connection.Module, runtime);
}
