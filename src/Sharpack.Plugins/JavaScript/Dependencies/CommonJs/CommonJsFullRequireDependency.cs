// Follows webpack lib/dependencies/CommonJsFullRequireDependency.js: `require("./x").a.b` (and
// `require("./x").a.b(…)`) uses only the path a.b of ./x, so the rest of its exports can be tree
// shaken; the path is written with its used (possibly mangled) names. A called path's object is
// its `this`, so it is used whole.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;

namespace Sharpack.Plugins.JavaScript.Dependencies.CommonJs;

/// <summary>A member chain on a <c>require()</c> call's result.</summary>
/// <param name="request">The required request.</param>
/// <param name="names">The property path read.</param>
/// <param name="call">The path is called.</param>
public sealed class CommonJsFullRequireDependency(string request, IReadOnlyList<string> names, bool call) : Dependency, IGuardedDependency, ICommonJsConcatenatable
{
    /// <inheritdoc />
    public bool CanConcatenate => true;

    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override DependencyCategory Category => DependencyCategory.CommonJs;

    /// <summary>The property path read.</summary>
    public IReadOnlyList<string> Names { get; } = names;

    /// <summary>Whether the path is called.</summary>
    public bool IsCall { get; } = call;

    /// <summary>Where the chain through each name of <see cref="Names"/> ends (webpack's idRanges): the code replaces only the names that are exports.</summary>
    public IReadOnlyList<int> NameEnds { get; init; } = [];

    /// <summary>
    /// The call's receiver is a required ES module's namespace object, which is then used whole
    /// (webpack's namespaceObjectAsContext, with <c>strictThisContextOnImports</c>).
    /// </summary>
    public bool NamespaceObjectAsContext { get; init; }

    /// <summary>Whether the chain does not start after an ASI line end (a generated <c>(</c> is safe there).</summary>
    public bool AsiSafe { get; init; }

    /// <inheritdoc />
    public override string TypeName => "cjs full require";

    /// <summary>The exports of this module through which the read is reached (a method of <c>module.exports = { … }</c>), or null when always.</summary>
    public IReadOnlySet<string>? UsedByExports { get; set; }

    /// <inheritdoc />
    public override ConnectionCondition? GetCondition(ModuleGraph moduleGraph)
    {
        var usedByExports = UsedByExports;
        var guards = BranchGuards;
        if (usedByExports is null && guards is null)
            return null;
        return (connection, runtime) =>
        {
            if (usedByExports is not null && CommonJsDependencyHelpers.UsedByExportsState(moduleGraph, connection, usedByExports, runtime) == ConnectionState.Inactive)
                return ConnectionState.Inactive;
            return ImportGuard.IsDead(guards, moduleGraph, runtime) ? ConnectionState.Inactive : ConnectionState.Active;
        };
    }

    /// <inheritdoc />
    public IReadOnlyList<DependencyGuard>? BranchGuards { get; set; }

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, RuntimeSpec? runtime)
    {
        // require(esm) unwrapping "module.exports": the chain reads that value, which is not modelled.
        if (CommonJsDependencyHelpers.RequireEsmModuleExportsReferenced(this, moduleGraph) is { } unwrapped)
            return unwrapped;
        // A called export's receiver, used whole: an ES module's namespace object only with strictThisContextOnImports.
        if (IsCall && (moduleGraph.GetModule(this) is not { } target || NamespaceObjectAsContext || target.GetExportsType(false) != ExportsType.Namespace))
            return [new ReferencedExport(CommonJsDependencyHelpers.WithoutLast(Names), CanInline: false)];
        return [new ReferencedExport(Names, CanInline: false)];
    }

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        var graph = context.Generation.Graph;
        if (graph.GetConnection(this) is { } connection && !connection.IsTargetActive(context.Runtime))
        {
            // A dead branch: the module is not in the chunk; the code never runs.
            context.Source.Replace(Start, End - 1, "null /* dead branch */");
            return;
        }
        // webpack's getTrimmedIdsAndRange: the names past the exports (properties of an export's
        // value) stay as written, `.a` or `["a"]`.
        var names = Names;
        var end = End;
        if (Target is not null && NameEnds.Count == names.Count && names.Count > 1
            && graph.GetExportsInfo(Target).CountImportedIds(names, names.Count) is var imported && imported < names.Count)
        {
            names = CommonJsDependencyHelpers.WithoutLast(names, names.Count - imported);
            end = NameEnds[imported - 1];
        }
        var isCall = IsCall && names.Count == Names.Count;
        // Inside a concatenation the chain reads the member's exports through its accessor.
        if (context.ConcatenationScope is { } scope && Target is { } target && scope.IsModuleInScope(target) && scope.IsRequiredInScope(target))
        {
            context.Source.Replace(Start, end - 1, scope.CreateModuleReference(target, CommonJsDependencyHelpers.RequiredIds(target, graph, names), call: isCall, asiSafe: AsiSafe, moduleExportsAccess: true));
            return;
        }
        var requireExpression = CommonJsRequireDependency.RequireExpression(context, Target, Request!);
        if (Target is not null && CommonJsDependencyHelpers.RequireEsmModuleExportsAccess(Target, graph, context.Runtime) is { } unwrap)
        {
            var access = unwrap + PropertyNames.Access(names);
            requireExpression = AsiSafe ? "(" + requireExpression + access + ")" : requireExpression + access;
        }
        else if (Target is not null && graph.GetExportsInfo(Target).GetUsedName(names, context.Runtime) is { } used)
        {
            var comment = CommonJsDependencyHelpers.PathEquals(used, names) ? "" : Comments.ToNormalComment(PropertyNames.Access(names)) + " ";
            var access = comment + PropertyNames.Access(used);
            requireExpression = AsiSafe ? "(" + requireExpression + access + ")" : requireExpression + access;
        }
        context.Source.Replace(Start, end - 1, requireExpression);
    }
}
