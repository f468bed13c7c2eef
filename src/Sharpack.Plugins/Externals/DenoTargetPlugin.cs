// Follows webpack lib/deno/DenoTargetPlugin.js (externalsPresets.deno, which the deno target sets):
// Deno resolves node's built-in modules only through the `node:` specifier, so they are externals
// with that prefix, for import and require alike; its own protocols (`npm:`, `jsr:`, `http(s):`)
// are resolved by the runtime and never bundled.

using Sharpack.Core;

namespace Sharpack.Plugins.Externals;

/// <summary>Deno's runtime-provided modules as externals.</summary>
public sealed class DenoTargetPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        RuntimeBuiltins.Apply(compiler, "DenoTargetPlugin", static request =>
            request.StartsWith("npm:", StringComparison.Ordinal) || request.StartsWith("jsr:", StringComparison.Ordinal)
            || request.StartsWith("http:", StringComparison.Ordinal) || request.StartsWith("https:", StringComparison.Ordinal));
}
