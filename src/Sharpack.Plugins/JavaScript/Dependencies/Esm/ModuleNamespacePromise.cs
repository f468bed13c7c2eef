// Follows webpack's RuntimeTemplate.moduleNamespacePromise: what an import() resolves to once
// its chunks are loaded: the module's namespace object, or for a non-ES module a namespace
// built by __webpack_require__.t in the mode its exports type needs. import.defer() resolves to
// the module's deferred namespace instead, import.source() to the default export (its source).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

internal static class ModuleNamespacePromise
{
    /// <summary>
    /// <paramref name="promise"/> followed by <c>.then(…)</c> that yields the namespace of
    /// <paramref name="target"/>; <paramref name="strict"/> says whether the importer is a strict ES
    /// module (by default, whether the module being generated is).
    /// </summary>
    public static string Create(TemplateContext context, Module target, Sharpack.JavaScript.Ast.ImportPhase phase, string promise, bool? strict = null)
    {
        // import.source(): the module's source, its default export, not its namespace.
        if (phase == Sharpack.JavaScript.Ast.ImportPhase.Source)
        {
            var arrows = context.Generation.Options.Output.Environment.ArrowFunction;
            return $"{Create(context, target, Sharpack.JavaScript.Ast.ImportPhase.Evaluation, promise, strict)}.then({Runtime.FunctionSyntax.Returning("m[\"default\"]", arrows, "m")})";
        }
        var id = context.ModuleIdLiteral(target);
        context.RuntimeRequirements |= RuntimeGlobals.Require;
        var exportsType = target.GetExportsType(strict ?? context.Module.IsStrictEsm);
        if (phase == Sharpack.JavaScript.Ast.ImportPhase.Defer && !target.HasTopLevelAwait)
        {
            // import.defer(): the deferred namespace, once the async modules its graph reaches are done.
            context.RuntimeRequirements |= RuntimeGlobals.MakeDeferredNamespaceObject;
            var asyncDeps = DeferredImports.OutgoingAsyncModules(context.Generation.Graph, target);
            var make = $".then(__webpack_require__.z.bind(__webpack_require__, {id}, {DeferredImports.Mode(exportsType)} | 16))";
            if (asyncDeps.Count == 0)
                return promise + make;
            var ids = new System.Text.StringBuilder();
            DeferredImports.AppendIds(ids, asyncDeps, m => context.ModuleIdLiteral(m));
            var arrows = context.Generation.Options.Output.Environment.ArrowFunction;
            return $"{promise}.then({Runtime.FunctionSyntax.Returning($"__webpack_require__.zT({ids})", arrows)}){make}";
        }
        if (exportsType == ExportsType.Namespace)
            return $"{promise}.then(__webpack_require__.bind(__webpack_require__, {id}))";
        context.RuntimeRequirements |= RuntimeGlobals.CreateFakeNamespaceObject;
        // 16 promise-aware, 4 return real namespaces, 2 merge properties, 1 the value is an id to require.
        var mode = exportsType switch { ExportsType.Dynamic => 23, ExportsType.DefaultWithNamed => 19, _ => 17 };
        return $"{promise}.then(__webpack_require__.t.bind(__webpack_require__, {id}, {mode}))";
    }
}
