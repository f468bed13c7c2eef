// Follows webpack 5.112's lib/performance/UnusedReexportsPlugin.js (performance.unusedReexports):
// a module bundled only because a barrel re-exports it, none of whose exports anything uses, costs
// its whole size; its top-level code has side effects webpack may not drop, which a
// `"sideEffects": false` would allow. Found at optimizeModules (usage is final, concatenation has
// not merged the modules yet), reported after seal (a hint before the hash would change it).

using System.Text;
using Sharpack.Core;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;

namespace Sharpack.Plugins.Performance;

/// <summary>Reports modules bundled only as unused re-exports.</summary>
/// <param name="options">The performance options (their hints say where the report goes).</param>
public sealed class UnusedReexportsPlugin(PerformanceOptions options) : IPlugin
{
    private const string Name = "UnusedReexportsPlugin";

    // Enough to name the offenders without listing the barrel.
    private const int MaxReportedModules = 5;

    /// <inheritdoc />
    public void Apply(Compiler compiler) => PerformanceHints.CheckModules(compiler, Name, options.Hints, Check);

    private static BuildDiagnostic? Check(Compilation compilation, IReadOnlyList<Module> modules)
    {
        var graph = compilation.Graph;
        var unused = new List<(string Name, double Size)>();
        double wasted = 0;
        foreach (var module in modules)
        {
            // One webpack already left out costs nothing.
            if (module.ChunkCount == 0 || !HasOnlyUnusedExports(compilation, module) || !IsOnlyReexported(graph, module))
                continue;
            double size = 0;
            foreach (var type in module.SourceTypes)
                size += module.GetSize(type);
            wasted += size;
            unused.Add((module.ReadableIdentifier, size));
        }
        if (unused.Count == 0)
            return null;
        // Ties break by name: module order is not stable across runtimes.
        unused.Sort(static (a, b) => a.Size != b.Size ? b.Size.CompareTo(a.Size) : string.CompareOrdinal(a.Name, b.Name));
        var message = new StringBuilder("unused re-exports: ").Append(unused.Count).Append(unused.Count == 1 ? " module is" : " modules are")
            .Append(" bundled although nothing uses what they export, adding ").Append(PerformanceHints.FormatSize(wasted)).Append(':');
        for (var i = 0; i < Math.Min(MaxReportedModules, unused.Count); i++)
            message.Append("\n  ").Append(unused[i].Name).Append(" (").Append(PerformanceHints.FormatSize(unused[i].Size)).Append(')');
        message.Append("\nA module you import re-exports them, and their top-level code has side effects webpack is not allowed to drop. ")
            .Append("Setting '\"sideEffects\": false' in the package.json that owns them lets webpack leave them out.\nFor more info visit https://webpack.js.org/guides/tree-shaking/");
        return new BuildDiagnostic(message.ToString()) { IsWarning = true, Inline = true };
    }

    // webpack's hasOnlyUnusedExports: it provides exports and none is used (or of unknown use) in any of its runtimes.
    internal static bool HasOnlyUnusedExports(Compilation compilation, Module module)
    {
        var runtimes = compilation.ChunkGraph.GetModuleRuntimes(module);
        var provided = 0;
        foreach (var exportInfo in compilation.Graph.GetExportsInfo(module).OrderedExports)
        {
            if (exportInfo.Provided != ProvidedState.Provided)
                continue;
            provided++;
            if (runtimes is null)
            {
                if (exportInfo.GetUsed(null) != UsageState.Unused)
                    return false;
                continue;
            }
            foreach (var name in runtimes.Names)
            {
                if (exportInfo.GetUsed(Core.Runtime.RuntimeSpec.Of(name)) != UsageState.Unused)
                    return false;
            }
        }
        return provided > 0;
    }

    // webpack's isOnlyReexported: every edge into the module comes from a re-export statement (an
    // `import` statement of it, or a use of what one imports, means a module wants it itself).
    private static bool IsOnlyReexported(ModuleGraph graph, Module module)
    {
        var reexported = false;
        foreach (var connection in graph.GetIncomingConnections(module))
        {
            // An entry has no origin: it is in the build because it was asked for.
            if (connection.OriginModule is null)
                return false;
            switch (connection.Dependency)
            {
                case EsmReexportDependency:
                    reexported = true;
                    break;
                case EsmImportSideEffectDependency { FromImportStatement: false }:
                    break;
                default:
                    return false;
            }
        }
        return reexported;
    }
}
