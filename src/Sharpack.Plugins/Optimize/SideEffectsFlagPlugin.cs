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

        // Per importing module: the variable of each module its reads were redirected to.
        private readonly Dictionary<Module, Dictionary<Module, string>> _variables = [];

        public void OptimizeIncomingConnections(Module module)
        {
            if (!_optimized.Add(module) || module.GetSideEffectsConnectionState(graph) != ConnectionState.Inactive)
                return;
            var exportsInfo = graph.GetExportsInfo(module);
            // A copy: redirecting a read moves its connection off this module's list.
            foreach (var connection in graph.GetIncomingConnections(module).ToArray())
            {
                if (connection.Dependency is not EsmImportSpecifierDependency { ExportName: { } name, UsesNamespaceAsThis: false } specifier
                    || connection.OriginModule is not { } origin)
                    continue;
                OptimizeIncomingConnections(origin);
                var target = exportsInfo.GetExportInfo(name).GetTarget(graph,
                    target => target.Module.GetSideEffectsConnectionState(graph) == ConnectionState.Inactive);
                // The read's code replaces the binding only (properties read from it stay as
                // written): the binding must be one export of the module, or its namespace (whose
                // members read then keep their names).
                if (target is not { } found || found.Module.IsAsync || found.Module == connection.Module
                    || found.Export is { Count: > 1 })
                    continue;
                graph.UpdateModule(specifier, found.Module);
                connection.AddExplanation("(skipped side-effect-free modules)");
                specifier.Redirect(found.Export?[0], VariableFor(origin, found.Module, specifier.Import.Request!));
            }
        }

        // webpack's getImportVar: one variable per imported module, numbered after the module's own imports.
        private string VariableFor(Module origin, Module target, string request)
        {
            if (!_variables.TryGetValue(origin, out var variables))
                _variables[origin] = variables = [];
            if (variables.TryGetValue(target, out var variable))
                return variable;
            var imports = 0;
            foreach (var dependency in origin.Dependencies)
            {
                if (dependency is EsmImportSideEffectDependency) imports++;
            }
            variable = EsmImportParserPlugin.ToIdentifier(request) + "__WEBPACK_IMPORTED_MODULE_" + (imports + variables.Count) + "__";
            variables[target] = variable;
            return variable;
        }
    }
}
