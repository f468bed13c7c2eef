// Where webpack's performance checks put what they find, by performance.hints: "error" fails the
// build, "stats" reports in the stats' hints only, anything else (a warning, or hints off for the
// checks that report regardless) is a warning. And webpack's formatSize for their messages.

using System.Globalization;
using Sharpack.Core;
using Sharpack.Core.Stats;

namespace Sharpack.Plugins.Performance;

/// <summary>Reporting shared by the performance checks.</summary>
public static class PerformanceHints
{
    /// <summary>Adds <paramref name="report"/> (a warning) where <paramref name="hints"/> sends it.</summary>
    public static void Report(Compilation compilation, string? hints, BuildDiagnostic report)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(report);
        switch (hints)
        {
            case "error":
                compilation.Errors.Add(report with { IsWarning = false });
                break;
            case "stats":
                compilation.Hints.Add(report);
                break;
            default:
                compilation.Warnings.Add(report);
                break;
        }
    }

    /// <summary>
    /// Runs <paramref name="check"/> at optimizeModules (usage is final, concatenation has not merged the
    /// modules yet) and reports what it finds after seal (a hint before the hash would change it), as
    /// webpack's module-level performance checks do; nothing where <paramref name="hints"/> is off.
    /// </summary>
    public static void CheckModules(Compiler compiler, string name, string? hints, Func<Compilation, IReadOnlyList<Core.ModuleGraph.Module>, BuildDiagnostic?> check)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        ArgumentNullException.ThrowIfNull(check);
        if (hints is null)
            return;
        compiler.Hooks.Compilation.Tap(name, (compilation, _) =>
        {
            BuildDiagnostic? report = null;
            compilation.Hooks.OptimizeModules.Tap(name, modules =>
            {
                report = check(compilation, modules);
                return null;
            });
            compilation.Hooks.AfterSeal.Tap(name, () =>
            {
                if (report is not null)
                    Report(compilation, hints, report);
            });
        });
    }

    /// <summary>webpack's util/formatSize: three significant digits and the largest unit below the size.</summary>
    public static string FormatSize(double size)
    {
        if (double.IsNaN(size))
            return "unknown size";
        if (size <= 0)
            return "0 bytes";
        string[] abbreviations = ["bytes", "KiB", "MiB", "GiB"];
        var index = Math.Min((int)Math.Floor(Math.Log(size) / Math.Log(1024)), abbreviations.Length - 1);
        // Number(x.toPrecision(3)): three significant digits, trailing zeros dropped.
        var value = double.Parse((size / Math.Pow(1024, index)).ToString("G3", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return value.ToString(CultureInfo.InvariantCulture) + " " + abbreviations[index];
    }
}
