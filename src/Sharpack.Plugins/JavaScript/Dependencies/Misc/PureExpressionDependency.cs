// Follows webpack lib/dependencies/PureExpressionDependency.js: an expression of a pure top-level
// declaration that runs when the module does (an initializer, a superclass, a static value). Where
// none of the exports that reach the declaration is used, it is made not to run — the bindings it
// reads may belong to modules tree shaking left out — as `null && (…)`, which a minifier drops.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.Misc;

/// <summary>An expression evaluated only for exports that may be unused.</summary>
/// <param name="usedByExports">The module's exports through which the expression's declaration is reached (null: always needed).</param>
public sealed class PureExpressionDependency(HashSet<string>? usedByExports) : Dependency
{
    /// <summary>
    /// The module's exports through which the expression's declaration is reached; null: it always
    /// runs (settled again once imported exports are known, for a declaration pure through the functions it calls).
    /// </summary>
    public IReadOnlySet<string>? UsedByExports { get; internal set; } = usedByExports;

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        if (UsedByExports is not { } usedByExports)
            return;
        var exportsInfo = context.Generation.Graph.GetExportsInfo(context.Module);
        foreach (var name in usedByExports)
        {
            if (exportsInfo.GetUsed(name, context.Runtime) != UsageState.Unused)
                return;
        }
        context.Source.Insert(Start, "(/* unused pure expression or super */ null && (");
        context.Source.Insert(End, "))");
    }
}
