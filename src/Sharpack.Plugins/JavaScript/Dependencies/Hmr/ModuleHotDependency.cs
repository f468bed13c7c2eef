// Follows webpack lib/dependencies/ModuleHotAcceptDependency.js, ModuleHotDeclineDependency.js and
// their import.meta.webpackHot forms: a request named by module.hot.accept/decline becomes the id
// of the module it resolves to (webpack's ModuleDependencyTemplateAsId). The dependency is weak —
// the module is in the chunks only if something imports it — and optional: a request that does not
// resolve is no error.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.Hmr;

/// <summary>A request in <c>module.hot.accept(…)</c> or <c>module.hot.decline(…)</c>.</summary>
public sealed class ModuleHotDependency : Dependency
{
    /// <summary>A dependency on <paramref name="request"/>, written as <paramref name="typeName"/> (<c>module.hot.accept</c>…).</summary>
    public ModuleHotDependency(string request, string typeName, bool esm)
    {
        Request = request;
        TypeName = typeName;
        Category = esm ? DependencyCategory.Esm : DependencyCategory.CommonJs;
        IsOptional = true;
    }

    /// <inheritdoc />
    public override string? Request { get; }

    /// <inheritdoc />
    public override string TypeName { get; }

    /// <inheritdoc />
    public override DependencyCategory Category { get; }

    /// <inheritdoc />
    public override bool IsWeak => true;

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Core.Runtime.RuntimeSpec? runtime) => ReferencedExport.None;

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // webpack's runtimeTemplate.moduleId: a missing module throws where it is named.
        var id = Target is null ? MissingModuleCode.Expression(Request!)
            : Target.ChunkCount == 0 && Target.Id.Length == 0 ? "null /* weak dependency, without id */"
            : context.RequestComment(Request!) + context.ModuleIdLiteral(Target);
        context.Source.Replace(Start, End - 1, id);
    }
}
