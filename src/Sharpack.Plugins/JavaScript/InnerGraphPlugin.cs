// Follows webpack lib/optimize/InnerGraphPlugin.js at finishModules: a module's inner graph is
// inferred when it is parsed, except for declarations pure only through the imported functions
// they call (/*#__NO_SIDE_EFFECTS__*/ in another module); those are settled here, after
// FlagDependencyExportsPlugin has provided the imported exports (and their purity).

using Sharpack.Core;

namespace Sharpack.Plugins.JavaScript;

/// <summary>Settles the inner graphs that wait for the exports of imported modules.</summary>
public sealed class InnerGraphPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("InnerGraphPlugin", (compilation, _) =>
            // After the exports are flagged (FlagDependencyExportsPlugin taps at the default stage).
            compilation.Hooks.FinishModules.Tap(new Core.Hooks.TapOptions("InnerGraphPlugin") { Stage = 100 }, modules =>
            {
                foreach (var module in modules)
                    (module as JavaScriptModule)?.ResolvePendingInnerGraph(compilation.Graph);
            }));
}
