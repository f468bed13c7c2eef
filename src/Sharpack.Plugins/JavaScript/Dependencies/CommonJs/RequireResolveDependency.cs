// Follows webpack lib/dependencies/RequireResolveDependency.js: `require.resolve("x")` is the id
// of the module x resolves to.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;

namespace Sharpack.Plugins.JavaScript.Dependencies.CommonJs;

/// <summary><c>require.resolve("x")</c>.</summary>
public sealed class RequireResolveDependency(string request, bool weak = false) : Dependency
{
    /// <inheritdoc />
    public override string TypeName => "require.resolve";

    /// <summary><c>require.resolveWeak</c>: the id, without putting the module in a chunk.</summary>
    public override bool IsWeak => weak;

    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override DependencyCategory Category => DependencyCategory.CommonJs;

    /// <inheritdoc />
    /// <remarks>Resolving a module uses none of its exports.</remarks>
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Core.Runtime.RuntimeSpec? runtime) => ReferencedExport.None;

    /// <summary>
    /// The range is the request only, one branch of a conditional one (webpack's
    /// ModuleDependencyTemplateAsId): it becomes the id, the callee is rewritten apart.
    /// </summary>
    public bool ValueOnly { get; init; }

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        if (Target is null && !weak)
        {
            context.Source.Replace(Start, End - 1, MissingModuleCode.Expression(Request!));
            return;
        }
        // A module in no chunk has no id (webpack's "weak dependency, without id").
        var id = Target is null ? "null" : weak && Target.ChunkCount == 0 ? "null /* weak dependency, without id */" : context.ModuleIdLiteral(Target);
        context.Source.Replace(Start, End - 1, ValueOnly
            ? context.RequestComment(Request!) + id
            : $"/*require.{(weak ? "resolveWeak" : "resolve")}*/({context.RequestComment(Request!)}{id})");
    }
}
