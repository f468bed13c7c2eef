// Follows webpack lib/dependencies/HarmonyImportSideEffectDependency.js: `import … from "x"`
// (and `export … from "x"`) loads the module once, into a variable declared at the top of the
// importing module; the statement itself is removed. A deferred import (import defer) declares
// an object whose `.a` evaluates the module on first read instead.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary>An ESM import of a module, shared by every binding imported from the same request.</summary>
public sealed class EsmImportSideEffectDependency(string request, int index) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <summary>Order of the import among the module's distinct import requests.</summary>
    public int Index { get; } = index;

    /// <summary>
    /// The variable holding the imported module's exports in the module generating code (webpack's
    /// getImportVar; numbered when first asked for). A deferred import of a module with top-level
    /// await is an evaluating one, named as one.
    /// </summary>
    public string GetVariable(TemplateContext context) =>
        ImportVariables.Get(context.Generation.Graph, context.Module, Target, Request!, IsDeferred);

    /// <summary>The import's phase: <see cref="ImportPhase.Defer"/> for <c>import defer</c> (or a <c>webpackDefer</c> comment).</summary>
    public ImportPhase Phase { get; init; }

    /// <inheritdoc />
    public override string PhaseName => ImportPhases.Name(Phase);

    /// <summary>The import's attributes (<c>with { type: "json" }</c>), or null.</summary>
    public IReadOnlyDictionary<string, string>? ImportAttributes { get; init; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, string>? Attributes => ImportAttributes;

    /// <summary>
    /// Whether the import is deferred in the code: written so, and its module has no top-level
    /// await (whose importers wait for it anyway; webpack's isModuleDeferred).
    /// </summary>
    public bool IsDeferred => Phase == ImportPhase.Defer && Target is { HasTopLevelAwait: false };

    /// <inheritdoc />
    public override bool PropagatesAsync => true;

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Sharpack.Core.Runtime.RuntimeSpec? runtime) => ReferencedExport.None;

    /// <summary>
    /// Source ranges of the import/re-export statements to remove (start, end), and whether a
    /// <c>;</c> stays in place of one (it followed an ASI line end: the next line must not join the one before).
    /// </summary>
    public List<(int Start, int End, bool Semicolon)> StatementRanges { get; } = [];

    /// <summary>An <c>import</c> statement (not only <c>export … from</c> statements) brings the module in.</summary>
    public bool FromImportStatement { get; set; }

    /// <inheritdoc />
    public override string TypeName => "harmony side effect evaluation";

    /// <summary>
    /// webpack's HarmonyImportSideEffectDependency.getCondition: the import evaluates its module only
    /// when that module has side effects; bindings read from it connect through their own dependencies.
    /// </summary>
    public override ConnectionCondition? GetCondition(ModuleGraph moduleGraph) =>
        (connection, _) => connection.ResolvedModule.GetSideEffectsConnectionState(moduleGraph);

    /// <inheritdoc />
    public override ConnectionState GetModuleEvaluationSideEffectsState(ModuleGraph moduleGraph) =>
        moduleGraph.GetModule(this) is { } target ? target.GetSideEffectsConnectionState(moduleGraph) : ConnectionState.Active;

    /// <inheritdoc />
    /// <remarks>
    /// The statements go; the variable is declared when the module is evaluated here for its side
    /// effects, or (<see cref="Declare"/>) when a binding read from it is used.
    /// </remarks>
    public override void Apply(TemplateContext context)
    {
        foreach (var (start, end, semicolon) in StatementRanges)
            context.Source.Replace(start, end - 1, semicolon ? ";" : "");
        if (context.Generation.Graph.GetConnection(this) is { } connection && !connection.IsTargetActive(context.Runtime))
            return;
        // webpack: a module without JavaScript (a stylesheet imported for its styles) is not required.
        if (Target is { } styles && !styles.HasSourceBasicType("javascript"))
            return;
        // Inside a concatenated module the concatenation loads (or merges) the imported module.
        if (context.ConcatenationScope is { } scope && Target is { } target && scope.IsModuleInScope(target))
        {
            // A wrapped member runs when its accessor is called: at its own place in the order when
            // a hoisted member imports it, else where the wrapped importer's body runs (webpack's).
            if (scope.IsModuleWrapped(target) && !IsDeferred)
            {
                if (scope.IsWrapped)
                    context.AddInitFragment(new InitFragment(scope.CreateModuleReference(target, [], asiSafe: true, moduleExportsAccess: true) + ";\n",
                        Stage: 10, Position: Index, Key: "cjs eager init " + target.Identifier));
                else
                    scope.RegisterEagerModule(target);
            }
            return;
        }
        Declare(context);
    }

    /// <summary>Declares the import's variable at the top of the module (once, however many bindings ask).</summary>
    public void Declare(TemplateContext context) => DeclareImport(context, Target, GetVariable(context), Request!, Index, IsDeferred);

    /// <summary>
    /// Declares <paramref name="variable"/> as the exports of <paramref name="target"/> (with the
    /// default interop getter of a CommonJS module) at the import's place <paramref name="index"/>.
    /// </summary>
    internal static void DeclareImport(TemplateContext context, Module? target, string variable, string request, int index, bool deferred = false)
    {
        if (target is null)
        {
            // webpack's missingModuleStatement: a module that could not be resolved (or a plugin ignored)
            // throws where it is imported, in a build written despite its errors.
            context.AddInitFragment(new InitFragment(MissingModuleCode.Statement(request), Stage: 10, Position: index * 2, Key: "import " + variable));
            return;
        }
        context.RuntimeRequirements |= RuntimeGlobals.Require;
        var id = context.ModuleIdLiteral(target);
        if (deferred)
        {
            var graph = context.Generation.Graph;
            var requirements = context.RuntimeRequirements;
            var loader = DeferredImports.OptimizedLoader(graph, target, context.RequestComment(request) + id, target.GetExportsType(context.Module.IsStrictEsm), withAsyncDeps: true,
                DeferredImports.RuntimeIdOf, ref requirements);
            context.RuntimeRequirements = requirements;
            context.AddInitFragment(new InitFragment($"/* deferred harmony import */ var {variable} = {loader};\n",
                Stage: 10, Position: index * 2, Key: "import " + variable));
            return;
        }
        context.AddInitFragment(new InitFragment(
            $"/* harmony import */ var {variable} = __webpack_require__({context.RequestComment(request)}{id});\n",
            Stage: 10, Position: index * 2, Key: "import " + variable));
        if (target.GetExportsType(context.Module.IsStrictEsm) == ExportsType.Dynamic)
        {
            context.RuntimeRequirements |= RuntimeGlobals.CompatGetDefaultExport;
            context.AddInitFragment(new InitFragment(
                $"/* harmony import */ var {variable}_default = /*#__PURE__*/__webpack_require__.n({variable});\n",
                // webpack's STAGE_ASYNC_HARMONY_IMPORTS: an async module's value is known only after the await.
                Stage: target.IsAsync ? JavaScriptModule.StageAsyncHarmonyImports : 10, Position: index * 2 + 1, Key: "import default " + variable));
        }
    }
}
