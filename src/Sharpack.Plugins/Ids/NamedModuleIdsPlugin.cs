// Follows webpack lib/ids/NamedModuleIdsPlugin.js: a module's id is its readable path
// (`optimization.moduleIds: "named"`, the development default).

using Sharpack.Core;

namespace Sharpack.Plugins.Ids;

/// <summary>Module ids from readable paths.</summary>
public sealed class NamedModuleIdsPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("NamedModuleIdsPlugin", (compilation, _) =>
            compilation.Hooks.ModuleIds.Tap("NamedModuleIdsPlugin", modules =>
            {
                var (without, used) = IdHelpers.ModulesWithoutIds(modules);
                foreach (var module in without)
                {
                    var id = module.ReadableName;
                    for (var n = 1; !used.Add(id); n++) id = module.ReadableName + "?" + n;
                    compilation.ChunkGraph.SetModuleId(module, id);
                }
            }));
}
