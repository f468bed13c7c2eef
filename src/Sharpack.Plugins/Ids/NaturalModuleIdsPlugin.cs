// Follows webpack lib/ids/NaturalModuleIdsPlugin.js: modules numbered 0, 1, 2… in the order of
// their readable paths (`optimization.moduleIds: "natural"`).

using Sharpack.Core;

namespace Sharpack.Plugins.Ids;

/// <summary>Module ids counted up in readable-path order.</summary>
public sealed class NaturalModuleIdsPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("NaturalModuleIdsPlugin", (compilation, _) =>
            compilation.Hooks.ModuleIds.Tap("NaturalModuleIdsPlugin", modules =>
            {
                var (without, used) = IdHelpers.ModulesWithoutIds(modules);
                IdHelpers.AssignAscendingIds(without, compilation.ChunkGraph.SetModuleId, used);
            }));
}
