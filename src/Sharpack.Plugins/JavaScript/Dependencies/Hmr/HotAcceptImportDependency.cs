// Follows webpack lib/dependencies/HarmonyAcceptImportDependency.js: in an ES module, a request
// module.hot.accept names is imported too (its import variable declared), so the accept callback
// can import it again (HotAcceptDependency). Weak: the module is in the chunks only if the code
// imports it otherwise.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;

namespace Sharpack.Plugins.JavaScript.Dependencies.Hmr;

/// <summary>The import of a module an ES module's <c>module.hot.accept</c> names.</summary>
public sealed class HotAcceptImportDependency(string request, int order) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override string TypeName => "harmony accept";

    /// <inheritdoc />
    public override bool IsWeak => true;

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Core.Runtime.RuntimeSpec? runtime) => ReferencedExport.None;

    /// <summary>The import variable, as the module's own imports of the same module name it.</summary>
    internal string Variable(TemplateContext context) => ImportVariables.Get(context.Generation.Graph, context.Module, Target, Request!, deferred: false);

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A module that has no id (in no chunk, only accepted) is not imported.
        if (Target is null || Target.Id.Length == 0)
            return;
        EsmImportSideEffectDependency.DeclareImport(context, Target, Variable(context), Request!, order);
    }
}
