// Follows webpack lib/optimize/SideEffectsFlagPlugin.js at optimizeDependencies: the modules'
// flags (package.json and rules, set by the module factory) and their analysed source (the
// parser's, with optimization.sideEffects: true) decide which imports evaluate their module
// (EsmImportSideEffectDependency's condition). Here each module's answer is settled once, in
// order, before code generation asks it from several threads, and why a module has side effects
// is recorded as its optimization bailout (stats). Then webpack's optimizeIncomingConnections: a
// binding imported from a side-effect-free module that only re-exports it is read from the module
// that defines it (through any chain of such modules), so the re-exporting ones (barrels) are left
// out when nothing else needs them.

using Sharpack.Core;
using Sharpack.Core.ModuleGraph;
using Sharpack.Plugins.JavaScript;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;
using Sharpack.Plugins.JavaScript.Parser;

namespace Sharpack.Plugins.Optimize;

/// <summary>Settles the side effects of every module (<c>optimization.sideEffects</c>).</summary>
public sealed class SideEffectsFlagPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("SideEffectsFlagPlugin", (compilation, _) =>
            compilation.Hooks.OptimizeDependencies.Tap(new Core.Hooks.TapOptions("SideEffectsFlagPlugin") { Stage = Compilation.StageDefault }, modules =>
            {
                var graph = compilation.Graph;
                foreach (var module in modules)
                {
                    if (module is JavaScriptModule { SideEffectsBailout: { } bailout } && module.FactorySideEffectFree is null)
                        graph.GetOptimizationBailout(module).Add(bailout);
                    module.GetSideEffectsConnectionState(graph);
                }
                var redirect = new Redirect(graph);
                foreach (var module in modules)
                    redirect.OptimizeIncomingConnections(module);
                return null;
            }));

    private sealed class Redirect(ModuleGraph graph)
    {
        private readonly HashSet<Module> _optimized = [];
        private readonly Dictionary<Module, bool> _singleStar = [];

        public void OptimizeIncomingConnections(Module module)
        {
            if (!_optimized.Add(module) || module.GetSideEffectsConnectionState(graph) != ConnectionState.Inactive)
                return;
            // A copy: redirecting a read moves its connection off this module's list.
            foreach (var connection in graph.GetIncomingConnections(module).ToArray())
            {
                if (connection.OriginModule is not { } origin)
                    continue;
                if (connection.Dependency is EsmReexportDependency reexport)
                {
                    OptimizeIncomingConnections(origin);
                    RedirectReexport(module, origin, reexport, connection);
                    continue;
                }
                if (connection.Dependency is not EsmImportSpecifierDependency { UsesNamespaceAsThis: false } specifier
                    || (specifier.ExportName is null && specifier.NextMember is null))
                    continue;
                OptimizeIncomingConnections(origin);
                // webpack iterates the live set of incoming connections: a read redirected here
                // while this module was being handled (or after) is followed on from here too.
                var at = module;
                for (var step = 0; step < 64 && at is not null && graph.GetConnection(specifier) is { } current; step++)
                    at = RedirectSpecifier(at, origin, specifier, current);
            }
        }

        // One step of a read's redirect past the side-effect-free module it reads: to the module
        // defining its export (webpack's getTarget), taking the next member of a namespace it was
        // redirected to as the export (webpack's setIds with ids.slice(1)). Answers the module it
        // now reads when that one may be passed too, else null.
        private Module? RedirectSpecifier(Module module, Module origin, EsmImportSpecifierDependency specifier, ModuleGraphConnection connection)
        {
            if (module.GetSideEffectsConnectionState(graph) != ConnectionState.Inactive)
                return null;
            var member = specifier.ExportName is null ? specifier.NextMember : null;
            if ((specifier.ExportName ?? member) is not { } name)
                return null;
            var target = graph.GetExportsInfo(module).GetExportInfo(name).GetTarget(graph,
                candidate => candidate.Module.GetSideEffectsConnectionState(graph) == ConnectionState.Inactive);
            // A deferred read keeps its module, and a deferred re-export its barrel: reading
            // past it would evaluate the defining module eagerly, or deferred in another namespace.
            if (specifier.Import.Phase == Sharpack.JavaScript.Ast.ImportPhase.Defer || (target is { } t && DeferredImports.IsDeferred(t.Connection.Dependency)))
                return null;
            // The read's code replaces the binding (with the members it took): the binding must be
            // one export of the module, or its namespace (whose members read then keep their names).
            if (target is not { } found || found.Module.IsAsync || found.Module == connection.Module
                || found.Export is { Count: > 1 })
                return null;
            graph.UpdateModule(specifier, found.Module);
            connection.AddExplanation("(skipped side-effect-free modules)");
            if (member is not null)
                specifier.RedirectMember(found.Export?[0]);
            else
                specifier.Redirect(found.Export?[0]);
            return found.Module;
        }

        // webpack's re-export branch: a named re-export (`export { a } from`, `export * as ns from`)
        // of a side-effect-free module follows its export's chain through side-effect-free modules;
        // a star re-export only through modules that are nothing but one `export *` (webpack's
        // moduleHasSingleStarReexport), so every name it re-exports ends at the same module. The
        // re-export's export infos point at that module, and so does the dependency.
        private void RedirectReexport(Module module, Module origin, EsmReexportDependency reexport, ModuleGraphConnection connection)
        {
            var named = reexport as EsmExportImportedSpecifierDependency;
            if (named is null && !IsSingleStarReexport(module))
                return;
            var originExports = graph.GetExportsInfo(origin);
            IReadOnlyList<ExportInfo> infos = named is not null ? [originExports.GetExportInfo(named.Name)] : originExports.OwnedExports;
            if (reexport.Import.Phase == Sharpack.JavaScript.Ast.ImportPhase.Defer)
                return;
            Func<ExportTarget, bool> filter = candidate => candidate.Module.GetSideEffectsConnectionState(graph) == ConnectionState.Inactive
                && !candidate.Module.IsAsync && !DeferredImports.IsDeferred(candidate.Connection.Dependency)
                && (named is not null || IsSingleStarReexport(candidate.Module));
            foreach (var exportInfo in infos)
            {
                var immediate = exportInfo.GetTarget(graph, static _ => false);
                if (immediate is not { } first || first.Connection.Dependency != reexport)
                    continue;
                // The re-export reads one export of the module the chain ends at (a path into a
                // namespace it cannot read, and a star re-exports names, not namespaces).
                if (exportInfo.GetTarget(graph, filter) is not { } end || end.Module == first.Module
                    || end.Export is { Count: > 1 } || (named is null && end.Export is null))
                    continue;
                exportInfo.MoveTarget(graph, filter, target =>
                {
                    graph.UpdateModule(reexport, target.Module);
                    connection.AddExplanation("(skipped side-effect-free modules)");
                    reexport.Redirect(target.Module, target.Export);
                    return graph.GetConnection(reexport);
                });
            }
        }

        // webpack's moduleHasSingleStarReexport: the module's only exports come from one `export *`.
        private bool IsSingleStarReexport(Module module)
        {
            if (_singleStar.TryGetValue(module, out var known))
                return known;
            var stars = 0;
            var result = true;
            foreach (var dependency in module.Dependencies)
            {
                if (dependency is EsmExportStarDependency)
                {
                    stars++;
                }
                else if (dependency is EsmExportImportedSpecifierDependency
                    || (dependency is EsmExportsDependency exports && exports.Exports.Count > 0))
                {
                    result = false;
                    break;
                }
            }
            result = result && stars == 1;
            _singleStar[module] = result;
            return result;
        }
    }
}
