// Follows webpack lib/library/EnableLibraryPlugin.js: output.enabledLibraryTypes applies, once per
// type, the plugins that render it: the assigning types with their prefix and declaration, the
// wrapping types (amd, umd, system, jsonp) with ExportPropertyLibraryPlugin for library.export,
// and module/modern-module.

using Sharpack.Core;

namespace Sharpack.Plugins.Library;

/// <summary>Applies the plugins of one library type.</summary>
/// <param name="type">The library type.</param>
public sealed class EnableLibraryPlugin(string type) : IPlugin
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compiler, HashSet<string>> s_enabled = [];

    /// <summary>Whether <paramref name="type"/>'s plugins are applied on <paramref name="compiler"/>.</summary>
    public static bool IsEnabled(Compiler compiler, string type) =>
        s_enabled.TryGetValue(compiler, out var types) && types.Contains(type);

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        var enabled = s_enabled.GetValue(compiler, static _ => new HashSet<string>(StringComparer.Ordinal));
        if (!enabled.Add(type))
            return;
        IPlugin plugin = type switch
        {
            "var" => new AssignLibraryPlugin(type, [], "var", AssignMode.Error),
            "assign-properties" => new AssignLibraryPlugin(type, [], null, AssignMode.Error, AssignMode.Copy),
            "assign" => new AssignLibraryPlugin(type, [], null, AssignMode.Error),
            "this" or "window" or "self" => new AssignLibraryPlugin(type, [type], null, AssignMode.Copy),
            "global" => new AssignLibraryPlugin(type, null, null, AssignMode.Copy),
            "commonjs" => new AssignLibraryPlugin(type, ["exports"], null, AssignMode.Copy),
            "commonjs-static" => new AssignLibraryPlugin(type, ["exports"], null, AssignMode.Static),
            "commonjs2" or "commonjs-module" => new AssignLibraryPlugin(type, ["module", "exports"], null, AssignMode.Assign),
            "amd" or "amd-require" => new AmdLibraryPlugin(type, requireAsWrapper: type == "amd-require"),
            "umd" or "umd2" => new UmdLibraryPlugin(type, optionalAmdExternalAsGlobal: type == "umd2"),
            "system" => new SystemLibraryPlugin(type),
            "jsonp" => new JsonpLibraryPlugin(type),
            "module" or "modern-module" => new ModuleLibraryPlugin(type),
            _ => throw new InvalidOperationException($"Unsupported library type {type}.\nPlugins which provide custom library types must call EnableLibraryPlugin.setEnabled(compiler, type) to disable this error."),
        };
        // webpack applies the export property plugin before the wrapper, so its startup comes first.
        if (type is "amd" or "amd-require" or "umd" or "umd2" or "system" or "jsonp")
            new ExportPropertyLibraryPlugin(type).Apply(compiler);
        plugin.Apply(compiler);
    }
}
