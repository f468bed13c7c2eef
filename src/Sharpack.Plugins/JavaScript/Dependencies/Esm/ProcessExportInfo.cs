// Follows webpack lib/dependencies/processExportInfo.js: what a re-export references of its
// target, given how the re-exported name is used — nothing when unused, the path when used, and
// when only some properties of it are used (a namespace re-export), those properties' paths.

using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

internal static class ProcessExportInfo
{
    /// <summary>
    /// Adds to <paramref name="referenced"/> what <paramref name="prefix"/> references, given the usage of <paramref name="exportInfo"/>.
    /// <paramref name="canInline"/> false: the paths are read off an object the re-export hands over
    /// (a fake namespace made of the exports object), so they must stay real exports.
    /// </summary>
    public static void Run(RuntimeSpec? runtime, List<ReferencedExport> referenced, IReadOnlyList<string> prefix,
        ExportInfo? exportInfo, bool defaultPointsToSelf = false, HashSet<ExportInfo>? alreadyVisited = null, bool canInline = true)
    {
        if (exportInfo is null)
        {
            referenced.Add(new ReferencedExport(prefix, CanInline: canInline));
            return;
        }
        var used = exportInfo.GetUsed(runtime);
        if (used == UsageState.Unused)
            return;
        if (alreadyVisited is not null && alreadyVisited.Contains(exportInfo))
        {
            referenced.Add(new ReferencedExport(prefix, CanInline: canInline));
            return;
        }
        if (used != UsageState.OnlyPropertiesUsed || exportInfo.ExportsInfo is not { } nested
            || nested.OtherExportsInfo.GetUsed(runtime) != UsageState.Unused)
        {
            referenced.Add(new ReferencedExport(prefix, CanInline: canInline));
            return;
        }
        var visited = alreadyVisited ?? [];
        visited.Add(exportInfo);
        foreach (var child in nested.OrderedExports)
        {
            var path = defaultPointsToSelf && child.Name == "default" ? prefix : [.. prefix, child.Name!];
            Run(runtime, referenced, path, child, false, visited, canInline);
        }
        visited.Remove(exportInfo);
    }
}
