// Follows webpack lib/dependencies/CommonJsRequireDependency.js: `require("x")` becomes
// `__webpack_require__(id)`. What it uses of the module is everything, unless the parser knew
// better: `const { a } = require("x")` uses a, a `require("x");` statement nothing (only the
// module's evaluation).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;

namespace Sharpack.Plugins.JavaScript.Dependencies.CommonJs;

/// <summary><c>require("x")</c> with a literal request.</summary>
public sealed class CommonJsRequireDependency(string request) : Dependency, IGuardedDependency, ICommonJsConcatenatable
{
    /// <inheritdoc />
    /// <remarks>webpack's _canConcatenate: a <c>require("x")</c> or <c>new require("x")</c> call (not an AMD array item).</remarks>
    public bool CanConcatenate { get; init; }

    /// <summary>For <c>new require("x")</c>, where the <c>new</c> starts (the dependency itself covers the call after it); -1 otherwise.</summary>
    public int NewStart { get; init; } = -1;

    /// <inheritdoc />
    public override string TypeName => "cjs require";

    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override DependencyCategory Category => DependencyCategory.CommonJs;

    /// <summary>
    /// The export paths the require's value is used for (destructured keys; empty for a statement
    /// of its own), or null for the whole exports object. Their names stay as written.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>>? ReferencedExports { get; set; }

    // The parser's state of `const name = require(…)` while the module is walked.
    internal object? Binding { get; set; }

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Core.Runtime.RuntimeSpec? runtime)
    {
        // require(esm) returns the "module.exports" export: only that is observable (even when only evaluated).
        if (CommonJsDependencyHelpers.RequireEsmModuleExportsReferenced(this, moduleGraph) is { } unwrapped)
            return unwrapped;
        if (ReferencedExports is null)
            return ReferencedExport.ExportsObject;
        if (ReferencedExports.Count == 0)
            return ReferencedExport.None;
        var exportsInfo = moduleGraph.GetModule(this) is { } imported ? moduleGraph.GetExportsInfo(imported) : null;
        var result = new ReferencedExport[ReferencedExports.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var name = ReferencedExports[i];
            result[i] = new ReferencedExport(exportsInfo is null ? name : TrimToProvidedPrefix(exportsInfo, name), CanMangle: false, CanInline: false);
        }
        return result;
    }

    // webpack's trimToProvidedPrefix: a path is cut at its first name the module surely does not
    // provide (`arr.includes`: a prototype method), so the value up to there is referenced whole
    // and keeps its data; real exports along the path still narrow it.
    private static IReadOnlyList<string> TrimToProvidedPrefix(ExportsInfo exportsInfo, IReadOnlyList<string> name)
    {
        var current = exportsInfo;
        for (var i = 0; i < name.Count; i++)
        {
            var info = current.GetReadOnlyExportInfo(name[i]);
            if (info.Provided == ProvidedState.NotProvided)
                return i == 0 ? [] : [.. name.Take(i)];
            if (info.ExportsInfo is not { } nested)
                return name;
            current = nested;
        }
        return name;
    }

    /// <summary>The exports of this module through which the require is reached (a method of <c>module.exports = { … }</c>), or null when always.</summary>
    public IReadOnlySet<string>? UsedByExports { get; set; }

    /// <inheritdoc />
    public IReadOnlyList<DependencyGuard>? BranchGuards { get; set; }

    /// <inheritdoc />
    /// <remarks>
    /// webpack's: reached only through unused exports, the module is not needed; a require whose
    /// value nobody reads needs its module only for that module's side effects.
    /// </remarks>
    public override ConnectionCondition? GetCondition(ModuleGraph moduleGraph)
    {
        var usedByExports = UsedByExports;
        var evaluationOnly = ReferencedExports is { Count: 0 };
        var guards = BranchGuards;
        if (usedByExports is null && !evaluationOnly && guards is null)
            return null;
        return (connection, runtime) =>
        {
            if (usedByExports is not null && CommonJsDependencyHelpers.UsedByExportsState(moduleGraph, connection, usedByExports, runtime) == ConnectionState.Inactive)
                return ConnectionState.Inactive;
            if (ImportGuard.IsDead(guards, moduleGraph, runtime))
                return ConnectionState.Inactive;
            return evaluationOnly ? connection.ResolvedModule.GetSideEffectsConnectionState(moduleGraph) : ConnectionState.Active;
        };
    }

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        // Not needed here (a side-effect-free module whose value nobody reads): not loaded.
        if (context.Generation.Graph.GetConnection(this) is { } connection && !connection.IsTargetActive(context.Runtime))
        {
            // In a branch inlined imports make dead: the module is not in the chunk and has no id; the
            // call stays (webpack replaces only its request), it never runs.
            if (ImportGuard.IsDead(BranchGuards, context.Generation.Graph, context.Runtime))
            {
                context.RuntimeRequirements |= RuntimeGlobals.Require;
                context.Source.Replace(Start, End - 1, "__webpack_require__(null /* dead branch */)");
                return;
            }
            // `new require("x")` goes whole, its `new` too.
            context.Source.Replace(NewStart >= 0 ? NewStart : Start, End - 1, "0");
            return;
        }
        // Inside a concatenation the call reads the member's exports through its accessor.
        if (context.ConcatenationScope is { } scope && Target is { } target && CanConcatenate && scope.IsModuleInScope(target) && scope.IsRequiredInScope(target))
        {
            var reference = scope.CreateModuleReference(target, CommonJsDependencyHelpers.RequiredIds(target, context.Generation.Graph, []), asiSafe: true, moduleExportsAccess: true);
            if (NewStart < 0)
            {
                context.Source.Replace(Start, End - 1, reference);
                return;
            }
            // No call is left to construct: node's rule for `new` applies to the exports value (an
            // object or function itself, a primitive a fresh instance).
            context.RuntimeRequirements |= RuntimeGlobals.ConstructRequire;
            context.Source.Replace(NewStart, End - 1, "__webpack_require__.cr(" + reference + ")");
            return;
        }
        var expression = RequireExpression(context, Target, Request!);
        if (Target is { } required && CommonJsDependencyHelpers.RequireEsmModuleExportsAccess(required, context.Generation.Graph, context.Runtime) is { } access)
            expression += access;
        context.Source.Replace(Start, End - 1, expression);
    }

    /// <summary>
    /// webpack's RuntimeTemplate.moduleExports: the code that loads <paramref name="target"/>'s exports,
    /// or throws where it runs when the request was not found (an optional require in a try block), as in node.
    /// </summary>
    public static string RequireExpression(TemplateContext context, Module? target, string request)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (target is null)
            return MissingModuleCode.Expression(request);
        context.RuntimeRequirements |= RuntimeGlobals.Require;
        return $"__webpack_require__({context.RequestComment(request)}{context.ModuleIdLiteral(target)})";
    }
}
