// What the deno and bun targets share (webpack gives each an ExternalsPlugin of the same shape): a
// request the runtime provides is an external loaded as written, node's built-ins under `node:`;
// `node-commonjs` for a require, `module-import` for everything else.

using Sharpack.Core;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Externals;

internal static class RuntimeBuiltins
{
    /// <summary>Makes <paramref name="provided"/> requests, <c>node:</c> requests and node's built-ins externals.</summary>
    public static void Apply(Compiler compiler, string name, Func<string, bool> provided) =>
        compiler.Hooks.NormalModuleFactory.Tap(name, factory =>
            factory.Hooks.Factorize.Tap(name, data =>
            {
                var request = data.Request;
                if (string.IsNullOrEmpty(request))
                    return null;
                string external;
                if (request.StartsWith("node:", StringComparison.Ordinal) || provided(request))
                    external = request;
                else if (NodeTargetPlugin.IsCoreModule(request))
                    external = "node:" + request;
                else
                    return null;
                return new ExternalModule(external, moduleImport: data.Dependency.Category != DependencyCategory.CommonJs);
            }));
}
