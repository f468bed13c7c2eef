// Follows webpack 5.112's lib/performance/MissingSideEffectsPlugin.js (performance.missingSideEffects):
// a bundled module none of whose exports is used still costs its size when its package.json does
// not declare `sideEffects` (webpack must assume its code runs on import). The packages that keep
// the most bytes this way are named, costliest first. Found at optimizeModules (usage is final,
// concatenation has not merged the modules yet), reported after seal (a hint before the hash would change it).

using System.Text;
using System.Text.Json;
using Sharpack.Core;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;

namespace Sharpack.Plugins.Performance;

/// <summary>Reports packages whose unused modules stay for want of a <c>sideEffects</c> declaration.</summary>
/// <param name="options">The performance options (their hints say where the report goes).</param>
public sealed class MissingSideEffectsPlugin(PerformanceOptions options) : IPlugin
{
    private const string Name = "MissingSideEffectsPlugin";

    // Enough to name the costliest without listing the whole dependency tree.
    private const int MaxReportedPackages = 5;

    /// <inheritdoc />
    public void Apply(Compiler compiler) => PerformanceHints.CheckModules(compiler, Name, options.Hints, Check);

    private static BuildDiagnostic? Check(Compilation compilation, IReadOnlyList<Module> modules)
    {
        var byPackage = new Dictionary<string, (int Modules, double Size)>(StringComparer.Ordinal);
        double wasted = 0;
        foreach (var module in modules)
        {
            // One webpack already left out costs nothing.
            if (module.ChunkCount == 0 || UndeclaredPackage(module) is not { } name || !UnusedReexportsPlugin.HasOnlyUnusedExports(compilation, module))
                continue;
            double size = 0;
            foreach (var type in module.SourceTypes)
                size += module.GetSize(type);
            wasted += size;
            byPackage[name] = byPackage.TryGetValue(name, out var entry) ? (entry.Modules + 1, entry.Size + size) : (1, size);
        }
        if (byPackage.Count == 0)
            return null;
        var packages = new List<(string Name, int Modules, double Size)>(byPackage.Count);
        foreach (var (name, (count, size)) in byPackage)
            packages.Add((name, count, size));
        // Ties break by name: module order is not stable across runtimes.
        packages.Sort(static (a, b) => a.Size != b.Size ? b.Size.CompareTo(a.Size) : string.CompareOrdinal(a.Name, b.Name));
        var total = packages.Count;
        var message = new StringBuilder("missing sideEffects: ").Append(total).Append(total == 1 ? " package keeps " : " packages keep ")
            .Append(Number(wasted)).Append(" bytes of unused code because ").Append(total == 1 ? "its" : "their")
            .Append(" package.json does not declare 'sideEffects':");
        for (var i = 0; i < Math.Min(MaxReportedPackages, total); i++)
        {
            var (name, count, size) = packages[i];
            message.Append("\n  ").Append(name).Append(" (").Append(Number(size)).Append(" bytes in ").Append(count).Append(count == 1 ? " module)" : " modules)");
        }
        message.Append("\n\nWithout the field webpack must assume every module runs code on import. For more info visit https://webpack.js.org/guides/tree-shaking/");
        return new BuildDiagnostic(message.ToString()) { IsWarning = true, Inline = true };
    }

    // The package whose package.json (with a name) leaves `sideEffects` out, or null.
    private static string? UndeclaredPackage(Module module)
    {
        if (module is not NormalModule || module.DescriptionFile is not { } description)
            return null;
        if (description.Field("name") is not { ValueKind: JsonValueKind.String } name || description.Field("sideEffects") is not null)
            return null;
        return name.GetString();
    }

    private static string Number(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
