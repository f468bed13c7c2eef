// Follows webpack lib/electron/ElectronTargetPlugin.js (externalsPresets.electron*, which the
// electron targets set): Electron's built-in modules are externals loaded with require, those of
// every context plus the main or the renderer (and preload) context's own; without a context (a
// list of targets mixing them) only the shared ones. `nw.gui` for NW.js is one more of the kind.

using Sharpack.Core;

namespace Sharpack.Plugins.Externals;

/// <summary>Electron's (or NW.js's) built-in modules as externals.</summary>
/// <param name="context"><c>main</c>, <c>preload</c>, <c>renderer</c>, <c>nwjs</c>, or null for the modules of every Electron context.</param>
/// <param name="moduleImport">
/// True for ES module output where the target has ES modules: an ES import of one is a static
/// import (<c>module-import</c>); a require stays <c>node-commonjs</c>.
/// </param>
public sealed class ElectronTargetPlugin(string? context, bool moduleImport = false) : IPlugin
{
    private static readonly string[] s_shared = ["clipboard", "crash-reporter", "electron", "ipc", "native-image", "original-fs", "screen", "shell"];

    private static readonly string[] s_main =
    [
        "app", "auto-updater", "browser-window", "content-tracing", "dialog", "global-shortcut", "ipc-main", "menu", "menu-item",
        "power-monitor", "power-save-blocker", "protocol", "session", "tray", "web-contents",
    ];

    private static readonly string[] s_renderer = ["desktop-capturer", "ipc-renderer", "remote", "web-frame"];

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (context == "nwjs")
        {
            names.Add("nw.gui");
        }
        else
        {
            names.UnionWith(s_shared);
            if (context == "main") names.UnionWith(s_main);
            else if (context is "preload" or "renderer") names.UnionWith(s_renderer);
        }
        compiler.Hooks.NormalModuleFactory.Tap("ElectronTargetPlugin", factory =>
            factory.Hooks.Factorize.Tap("ElectronTargetPlugin", data => !names.Contains(data.Request) ? null
                : new ExternalModule(data.Request, moduleImport && data.Dependency.Category != Core.ModuleGraph.DependencyCategory.CommonJs)));
    }
}
