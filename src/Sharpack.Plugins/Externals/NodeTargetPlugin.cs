// Follows webpack lib/node/NodeTargetPlugin.js: for node targets (externalsPresets.node), Node.js
// built-in modules are externals loaded with node's require (ExternalsPlugin "node-commonjs"),
// answered on the normal module factory's factorize hook before anything is resolved.

using Sharpack.Core;

namespace Sharpack.Plugins.Externals;

/// <summary>Node.js built-ins as externals.</summary>
public sealed class NodeTargetPlugin : IPlugin
{
    private static readonly HashSet<string> s_names = new(StringComparer.Ordinal)
    {
        "assert", "assert/strict", "async_hooks", "buffer", "child_process", "cluster", "console",
        "constants", "crypto", "dgram", "diagnostics_channel", "dns", "dns/promises", "domain",
        "events", "fs", "fs/promises", "http", "http2", "https", "inspector", "inspector/promises", "module", "net", "os",
        "path", "path/posix", "path/win32", "perf_hooks", "process", "punycode", "querystring",
        "readline", "readline/promises", "repl", "stream", "stream/consumers", "stream/promises",
        "stream/web", "string_decoder", "sys", "timers", "timers/promises", "tls", "trace_events",
        "tty", "url", "util", "util/types", "v8", "vm", "wasi", "worker_threads", "zlib",
    };

    /// <summary>True for a Node.js built-in module's name (without <c>node:</c>).</summary>
    public static bool IsCoreModule(string name) => s_names.Contains(name);

    /// <summary>
    /// A node.js built-in module's request in its other form (<c>node:fs</c> for <c>fs</c> and back),
    /// or null for any other request (webpack's getAlternateCoreModuleRequest).
    /// </summary>
    public static string? AlternateCoreModuleRequest(string request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.StartsWith("node:", StringComparison.Ordinal))
        {
            var name = request["node:".Length..];
            return IsCoreModule(name) ? name : null;
        }
        return IsCoreModule(request) ? "node:" + request : null;
    }

    /// <summary>True for what webpack's node preset makes external: a built-in module's name (with or without <c>node:</c>), or Yarn PnP's <c>pnpapi</c>.</summary>
    public static bool IsBuiltin(string request) =>
        request.StartsWith("node:", StringComparison.Ordinal) || s_names.Contains(request) || request == "pnpapi";

    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.NormalModuleFactory.Tap("NodeTargetPlugin", factory =>
            factory.Hooks.Factorize.Tap("NodeTargetPlugin", static data => IsBuiltin(data.Request) ? new ExternalModule(data.Request) : null));
}
