// Follows webpack lib/dependencies/HarmonyExportImportedSpecifierDependency.js (getMode,
// getStarReexports, getExports, getReferencedExports): the exports analysis of `export { a as b }
// from "x"`, `export * as ns from "x"` and `export * from "x"`, shared by the named and the star
// re-export dependencies.

using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

internal static class EsmReexport
{
    /// <summary>The mode of a named re-export (<paramref name="ids"/> empty: a namespace re-export).</summary>
    public static EsmReexportMode NamedMode(ModuleGraph moduleGraph, Dependency dependency, string name, IReadOnlyList<string> ids, RuntimeSpec? runtime)
    {
        var connection = moduleGraph.GetConnection(dependency);
        if (connection is null || connection.OriginModule is not { } parent)
            return new EsmReexportMode(EsmReexportModeType.Missing);
        var imported = connection.Module;
        var exportsInfo = moduleGraph.GetExportsInfo(parent);
        if (exportsInfo.GetUsed(name, runtime) == UsageState.Unused)
            return new EsmReexportMode(EsmReexportModeType.Unused) { Name = name };
        var importedExportsType = imported.GetExportsType(parent.IsStrictEsm);
        var exportInfo = exportsInfo.GetReadOnlyExportInfo(name);
        if (ids.Count > 0 && ids[0] == "default")
        {
            switch (importedExportsType)
            {
                case ExportsType.Dynamic:
                    return new EsmReexportMode(EsmReexportModeType.ReexportDynamicDefault) { Name = name };
                case ExportsType.DefaultOnly or ExportsType.DefaultWithNamed:
                    return new EsmReexportMode(EsmReexportModeType.ReexportNamedDefault) { Name = name, PartialNamespaceExportInfo = exportInfo };
            }
        }
        if (ids.Count > 0)
        {
            return importedExportsType == ExportsType.DefaultOnly
                ? new EsmReexportMode(EsmReexportModeType.ReexportUndefined) { Name = name }
                : new EsmReexportMode(EsmReexportModeType.NormalReexport) { Items = [new EsmReexportItem(name, ids, exportInfo, false, false)] };
        }
        return importedExportsType switch
        {
            ExportsType.DefaultOnly => new EsmReexportMode(EsmReexportModeType.ReexportFakeNamespaceObject) { Name = name, PartialNamespaceExportInfo = exportInfo, FakeType = 0 },
            ExportsType.DefaultWithNamed => new EsmReexportMode(EsmReexportModeType.ReexportFakeNamespaceObject) { Name = name, PartialNamespaceExportInfo = exportInfo, FakeType = 2 },
            _ => new EsmReexportMode(EsmReexportModeType.ReexportNamespaceObject) { Name = name, PartialNamespaceExportInfo = exportInfo },
        };
    }

    /// <summary>
    /// The mode of a star re-export: <paramref name="activeExports"/> are the names the module
    /// exports itself, <paramref name="otherStarExports"/> the star re-exports before this one.
    /// </summary>
    public static EsmReexportMode StarMode(ModuleGraph moduleGraph, Dependency dependency, IEnumerable<string> activeExports,
        IReadOnlyList<Dependency> otherStarExports, RuntimeSpec? runtime)
    {
        var connection = moduleGraph.GetConnection(dependency);
        if (connection is null || connection.OriginModule is not { } parent)
            return new EsmReexportMode(EsmReexportModeType.Missing);
        var imported = connection.Module;
        var exportsInfo = moduleGraph.GetExportsInfo(parent);
        if (!exportsInfo.IsUsed(runtime))
            return new EsmReexportMode(EsmReexportModeType.Unused) { Name = "*" };
        var importedExportsInfo = moduleGraph.GetExportsInfo(imported);
        var noExtraExports = importedExportsInfo.OtherExportsInfo.Provided == ProvidedState.NotProvided;
        var noExtraImports = exportsInfo.OtherExportsInfo.GetUsed(runtime) == UsageState.Unused;
        var ignored = new HashSet<string>(activeExports, StringComparer.Ordinal) { "default" };
        HashSet<string>? hiddenExports = null;
        if (otherStarExports.Count > 0)
        {
            hiddenExports = ProvidedByStars(moduleGraph, otherStarExports, parent);
            hiddenExports.ExceptWith(ignored);
        }
        if (!noExtraExports && !noExtraImports)
            return new EsmReexportMode(EsmReexportModeType.DynamicReexport) { Ignored = ignored, Hidden = hiddenExports };
        // Each name comes once (from one exports info), so no set is needed to drop repeats.
        var exports = new List<(string Name, bool Checked)>();
        var hidden = hiddenExports is null ? null : new List<string>();
        void Consider(string name, ExportInfo importedExportInfo, ExportInfo exportInfo)
        {
            if (ignored.Contains(name) || importedExportInfo.Provided == ProvidedState.NotProvided) return;
            if (exportInfo.GetUsed(runtime) == UsageState.Unused) return;
            if (hiddenExports is not null && hiddenExports.Contains(name))
            {
                hidden!.Add(name);
                return;
            }
            if (IsStarReexportBackToParent(moduleGraph, importedExportInfo, parent)) return;
            exports.Add((name, importedExportInfo.Provided != ProvidedState.Provided));
        }
        if (noExtraImports)
        {
            foreach (var exportInfo in exportsInfo.OrderedExports)
                Consider(exportInfo.Name!, importedExportsInfo.GetReadOnlyExportInfo(exportInfo.Name!), exportInfo);
        }
        else
        {
            foreach (var importedExportInfo in importedExportsInfo.OrderedExports)
                Consider(importedExportInfo.Name!, importedExportInfo, exportsInfo.GetReadOnlyExportInfo(importedExportInfo.Name!));
        }
        if (exports.Count == 0)
            return new EsmReexportMode(EsmReexportModeType.EmptyStar) { Hidden = hidden is null ? null : new HashSet<string>(hidden, StringComparer.Ordinal) };
        var items = new List<EsmReexportItem>(exports.Count);
        foreach (var (name, isChecked) in exports)
            items.Add(new EsmReexportItem(name, [name], exportsInfo.GetReadOnlyExportInfo(name), isChecked, false));
        if (hidden is not null)
        {
            foreach (var name in hidden)
                items.Add(new EsmReexportItem(name, [name], exportsInfo.GetReadOnlyExportInfo(name), false, true));
        }
        return new EsmReexportMode(EsmReexportModeType.NormalReexport) { Items = items };
    }

    // The names the star re-exports before this one provide (webpack's determineExportAssignments,
    // up to this dependency): provided exports of their modules, not default, not circling back.
    private static HashSet<string> ProvidedByStars(ModuleGraph moduleGraph, IReadOnlyList<Dependency> stars, Module parent)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var star in stars)
        {
            if (moduleGraph.GetModule(star) is not { } module) continue;
            foreach (var exportInfo in moduleGraph.GetExportsInfo(module).OrderedExports)
            {
                if (exportInfo.Provided == ProvidedState.Provided && exportInfo.Name != "default" && !names.Contains(exportInfo.Name!)
                    && !IsStarReexportBackToParent(moduleGraph, exportInfo, parent))
                    names.Add(exportInfo.Name!);
            }
        }
        return names;
    }

    // True when the export re-exports, through any chain, the same name of the parent module
    // itself (a cycle of star re-exports would otherwise provide it to itself).
    private static bool IsStarReexportBackToParent(ModuleGraph moduleGraph, ExportInfo exportInfo, Module parent)
    {
        var name = exportInfo.Name;
        var current = exportInfo;
        HashSet<ExportInfo>? visited = null;
        try
        {
            while (true)
            {
                if (current.FindTarget(moduleGraph, static _ => true) is not { } target) return false;
                if (target.Module == parent && target.Export is { Count: 1 } path && path[0] == name) return true;
                if (target.Export is not { Count: > 0 } export) return false;
                var next = moduleGraph.GetExportsInfo(target.Module).GetReadOnlyExportInfo(export[0]);
                if (visited is null)
                {
                    visited = t_visited ?? [];
                    t_visited = null; // rented: FindTarget never comes back here, but a filter could
                    visited.Add(exportInfo);
                }
                if (!visited.Add(next)) return false;
                current = next;
            }
        }
        finally
        {
            if (visited is not null)
            {
                visited.Clear();
                t_visited = visited;
            }
        }
    }

    // PERF: the set of IsStarReexportBackToParent, reused per thread (a set per call was 1.6 MB
    // of three.js x10's exports flagging).
    [ThreadStatic] private static HashSet<ExportInfo>? t_visited;

    /// <summary>The exports a re-export in <paramref name="mode"/> provides (webpack's getExports).</summary>
    public static ExportsSpec? GetExports(ModuleGraph moduleGraph, Dependency dependency, EsmReexportMode mode)
    {
        var from = moduleGraph.GetConnection(dependency);
        switch (mode.Type)
        {
            case EsmReexportModeType.Missing:
                return null;
            case EsmReexportModeType.DynamicReexport:
                {
                    var exclude = new HashSet<string>(mode.Ignored ?? new HashSet<string>(), StringComparer.Ordinal);
                    if (mode.Hidden is not null) exclude.UnionWith(mode.Hidden);
                    return new ExportsSpec { Exports = null, From = from, CanMangle = false, ExcludeExports = exclude, HideExports = mode.Hidden, Dependencies = [from!.Module] };
                }
            case EsmReexportModeType.Unused:
                return null;
            case EsmReexportModeType.EmptyStar:
                return new ExportsSpec { Exports = [], HideExports = mode.Hidden, Dependencies = [from!.Module] };
            case EsmReexportModeType.NormalReexport:
                {
                    var exports = new List<ExportSpec>(mode.Items.Count);
                    foreach (var item in mode.Items)
                        exports.Add(new ExportSpec(item.Name) { From = from, Export = item.Ids, HasExport = true, Hidden = item.Hidden });
                    return new ExportsSpec { Exports = exports, Priority = 1, Dependencies = [from!.Module] };
                }
            case EsmReexportModeType.ReexportDynamicDefault or EsmReexportModeType.ReexportNamedDefault:
                return new ExportsSpec { Exports = [new ExportSpec(mode.Name!) { From = from, Export = ["default"], HasExport = true }], Priority = 1, Dependencies = [from!.Module] };
            case EsmReexportModeType.ReexportUndefined:
                return new ExportsSpec { Exports = [new ExportSpec(mode.Name!)], Dependencies = [from!.Module] };
            case EsmReexportModeType.ReexportFakeNamespaceObject:
                return new ExportsSpec
                {
                    Exports = [new ExportSpec(mode.Name!) { From = from, Export = null, HasExport = true, Exports = [new ExportSpec("default") { CanMangle = false, From = from, Export = null, HasExport = true }] }],
                    Priority = 1,
                    Dependencies = [from!.Module],
                };
            case EsmReexportModeType.ReexportNamespaceObject:
                return new ExportsSpec { Exports = [new ExportSpec(mode.Name!) { From = from, Export = null, HasExport = true }], Priority = 1, Dependencies = [from!.Module] };
            default:
                return null;
        }
    }

    /// <summary>What a re-export in <paramref name="mode"/> uses of its target (webpack's getReferencedExports).</summary>
    public static IReadOnlyList<ReferencedExport> GetReferencedExports(EsmReexportMode mode, RuntimeSpec? runtime)
    {
        switch (mode.Type)
        {
            case EsmReexportModeType.Missing or EsmReexportModeType.Unused or EsmReexportModeType.EmptyStar or EsmReexportModeType.ReexportUndefined:
                return ReferencedExport.None;
            case EsmReexportModeType.ReexportDynamicDefault or EsmReexportModeType.DynamicReexport:
                return ReferencedExport.ExportsObject;
            case EsmReexportModeType.ReexportNamedDefault:
                {
                    if (mode.PartialNamespaceExportInfo is null) return ReferencedExport.ExportsObject;
                    var referenced = new List<ReferencedExport>();
                    ProcessExportInfo.Run(runtime, referenced, [], mode.PartialNamespaceExportInfo, canInline: false);
                    return referenced;
                }
            case EsmReexportModeType.ReexportNamespaceObject or EsmReexportModeType.ReexportFakeNamespaceObject:
                {
                    if (mode.PartialNamespaceExportInfo is null) return ReferencedExport.ExportsObject;
                    var referenced = new List<ReferencedExport>();
                    // Readers of a real namespace's members read their used names (or literals,
                    // webpack's arrays); a fake namespace is made at run time of the exports object.
                    var fake = mode.Type == EsmReexportModeType.ReexportFakeNamespaceObject;
                    ProcessExportInfo.Run(runtime, referenced, [], mode.PartialNamespaceExportInfo, fake, canInline: !fake);
                    return referenced;
                }
            default:
                {
                    var referenced = new List<ReferencedExport>();
                    foreach (var item in mode.Items)
                    {
                        if (!item.Hidden) ProcessExportInfo.Run(runtime, referenced, item.Ids, item.ExportInfo);
                    }
                    return referenced;
                }
        }
    }

    /// <summary>
    /// The re-export's connection is active unless the mode is unused or an empty star, or every
    /// name it re-exports of <paramref name="module"/> is inlined (webpack's getCondition: readers
    /// read the literals, the module need not be loaded for them).
    /// </summary>
    public static ConnectionState Active(EsmReexportMode mode, ModuleGraph moduleGraph, Module module, RuntimeSpec? runtime)
    {
        if (mode.Type is EsmReexportModeType.Unused or EsmReexportModeType.EmptyStar)
            return ConnectionState.Inactive;
        if (mode.Type != EsmReexportModeType.NormalReexport || !moduleGraph.InlineExports)
            return ConnectionState.Active;
        var exportsInfo = moduleGraph.GetExportsInfo(module);
        if (exportsInfo.OtherExportsInfo.GetUsed(runtime) != UsageState.Unused)
            return ConnectionState.Active;
        foreach (var item in mode.Items)
        {
            if (item.Hidden || item.Checked || exportsInfo.GetInlined(item.Ids, runtime, out _) is null)
                return ConnectionState.Active;
        }
        return ConnectionState.Inactive;
    }
}
