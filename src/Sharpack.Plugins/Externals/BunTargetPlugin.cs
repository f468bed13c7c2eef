// Follows webpack lib/bun/BunTargetPlugin.js (externalsPresets.bun, which the bun target sets): node's
// built-in modules are externals with the `node:` prefix (Bun resolves both forms), and Bun's own
// modules (`bun`, `bun:sqlite`, …) are provided by the runtime and never bundled.

using Sharpack.Core;

namespace Sharpack.Plugins.Externals;

/// <summary>Bun's runtime-provided modules as externals.</summary>
public sealed class BunTargetPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        RuntimeBuiltins.Apply(compiler, "BunTargetPlugin", static request =>
            request == "bun" || request.StartsWith("bun:", StringComparison.Ordinal));
}
