// Follows webpack lib/ids/DeterministicModuleIdsPlugin.js: a module's id is a short number hashed
// from its readable path, the same on every machine and build (the production default).

using Sharpack.Core;

namespace Sharpack.Plugins.Ids;

/// <summary>Short numeric module ids hashed from readable paths.</summary>
public sealed class DeterministicModuleIdsPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("DeterministicModuleIdsPlugin", (compilation, _) =>
            compilation.Hooks.ModuleIds.Tap("DeterministicModuleIdsPlugin", modules =>
            {
                var (without, used) = IdHelpers.ModulesWithoutIds(modules);
                IdHelpers.AssignDeterministicIds(without, static m => m.ReadableName, compilation.ChunkGraph.SetModuleId, used);
            }));
}
