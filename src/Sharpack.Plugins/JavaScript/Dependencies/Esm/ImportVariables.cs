// Follows webpack lib/dependencies/HarmonyImportDependency.js getImportVar: a module reads each
// module it imports through one variable, `<request>__WEBPACK_IMPORTED_MODULE_<n>__`, numbered in
// the order code generation first asks for it. An import whose module is left out (side-effect
// free and unused, or read past by the side-effects optimization) gets no number, and imports of
// one module by different requests share a variable. Deferred imports are numbered on their own.

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Sharpack.Core.ModuleGraph;
using Sharpack.Plugins.JavaScript.Parser;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary>The import variables of each module of a module graph (webpack's importVarMap in the module graph's meta).</summary>
internal static class ImportVariables
{
    private sealed class Maps
    {
        internal readonly Dictionary<object, string> Evaluating = [];
        internal Dictionary<object, string>? Deferred;
    }

    // The key of an import resolved to nothing (an ignored module).
    private static readonly object s_ignored = new();

    // Per graph (a compilation's), so a module kept across rebuilds is numbered afresh; code
    // generation of one module for several runtimes shares the numbers, as webpack's.
    private static readonly ConditionalWeakTable<ModuleGraph, ConcurrentDictionary<Module, Maps>> s_maps = [];

    /// <summary>
    /// The variable <paramref name="parent"/> reads <paramref name="target"/> through, numbered
    /// now if this is the first time it is asked for; <paramref name="request"/> names it.
    /// </summary>
    internal static string Get(ModuleGraph graph, Module parent, Module? target, string request, bool deferred)
    {
        var maps = s_maps.GetValue(graph, static _ => new ConcurrentDictionary<Module, Maps>()).GetOrAdd(parent, static _ => new Maps());
        lock (maps)
        {
            var map = deferred ? maps.Deferred ??= [] : maps.Evaluating;
            var key = (object?)target ?? s_ignored;
            if (map.TryGetValue(key, out var variable))
                return variable;
            variable = EsmImportParserPlugin.ToIdentifier(request) + (deferred ? "__WEBPACK_DEFERRED_IMPORTED_MODULE_" : "__WEBPACK_IMPORTED_MODULE_")
                + map.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "__";
            map.Add(key, variable);
            return variable;
        }
    }

    /// <summary>The variable already given to <paramref name="target"/> in <paramref name="parent"/>, or null.</summary>
    internal static string? Find(ModuleGraph graph, Module parent, Module target, bool deferred)
    {
        if (!s_maps.TryGetValue(graph, out var all) || !all.TryGetValue(parent, out var maps))
            return null;
        lock (maps)
            return (deferred ? maps.Deferred : maps.Evaluating)?.GetValueOrDefault(target);
    }
}
