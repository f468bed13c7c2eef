// Follows webpack lib/optimize/SideEffectsFlagPlugin.js at optimizeDependencies: the modules'
// flags (package.json and rules, set by the module factory) and their analysed source (the
// parser's, with optimization.sideEffects: true) decide which imports evaluate their module
// (EsmImportSideEffectDependency's condition). Here each module's answer is settled once, in
// order, before code generation asks it from several threads, and why a module has side effects
// is recorded as its optimization bailout (stats).

using Sharpack.Core;
using Sharpack.Core.ModuleGraph;
using Sharpack.Plugins.JavaScript;

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
                return null;
            }));
}
