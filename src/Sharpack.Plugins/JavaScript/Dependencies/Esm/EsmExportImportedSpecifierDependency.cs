// Follows webpack lib/dependencies/HarmonyExportImportedSpecifierDependency.js for a named
// re-export — `export { a as b } from "x"`, `import { a } from "x"; export { a as b }` and
// `export * as ns from "x"`: it connects this module to x, provides the name with x's export as
// its target, and references that export of x only when the name is used. The getter itself is
// rendered with the module's other exports (EsmExportsDependency).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary>A named re-export of an imported module's export (or namespace).</summary>
public sealed class EsmExportImportedSpecifierDependency(string name, EsmImportSideEffectDependency import, string? importName) : EsmReexportDependency(import)
{
    /// <inheritdoc />
    public override string TypeName => "harmony export imported specifier";

    /// <summary>The name this module exports.</summary>
    public string Name { get; } = name;

    /// <summary>The export read from the imported module; null for its namespace.</summary>
    public string? ImportName { get; private set; } = importName;

    private readonly string? _parsedImportName = importName;

    /// <inheritdoc />
    public override int CodeGenerationStateHash() => HashCode.Combine(base.CodeGenerationStateHash(), ImportName);

    /// <inheritdoc />
    public override void ResetCompilationState()
    {
        base.ResetCompilationState();
        ImportName = _parsedImportName;
    }

    /// <inheritdoc />
    /// <remarks>The export read becomes the one the chain ends at (webpack's setIds); a namespace stays one.</remarks>
    internal override void Redirect(Module module, IReadOnlyList<string>? export)
    {
        base.Redirect(module, export);
        ImportName = export is { Count: > 0 } path ? path[0] : null;
    }

    /// <inheritdoc />
    public override IReadOnlyList<string>? GetWarnings(ModuleGraph moduleGraph) =>
        ExportsPresence.Level(moduleGraph, this, reexport: true) == "warn" ? LinkingProblems(moduleGraph) : null;

    /// <inheritdoc />
    public override IReadOnlyList<string>? GetErrors(ModuleGraph moduleGraph) =>
        ExportsPresence.Level(moduleGraph, this, reexport: true) == "error" ? LinkingProblems(moduleGraph) : null;

    // webpack's HarmonyExportImportedSpecifierDependency._getErrors: a named re-export of a name the module lacks.
    private string[]? LinkingProblems(ModuleGraph moduleGraph) =>
        ImportName is { } id && ExportsPresence.LinkingProblem(moduleGraph, this, [id], Import.Request!, $"(reexported as '{Name}')") is { } problem ? [problem] : null;

    /// <inheritdoc />
    public override EsmReexportMode GetMode(ModuleGraph moduleGraph, RuntimeSpec? runtime) =>
        EsmReexport.NamedMode(moduleGraph, this, Name, ImportName is null ? [] : [ImportName], runtime);

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        // Rendered by EsmExportsDependency with the module's other export getters.
    }
}
