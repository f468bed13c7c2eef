using System.Runtime;

namespace Sharpack.Cli;

/// <summary>
/// The garbage-collection policy of a one-shot build (a process that builds once and exits):
/// collect nothing until the build has allocated a budget sized from the machine's memory.
/// </summary>
/// <remarks>
/// PERF: a build's heap is mostly live until code generation (sources, trees, the module graph),
/// so every collection copies tens of megabytes: on three.js x10 the two collections of a
/// development build (one in make, one in code generation) paused it for 150-250 ms of about
/// 700 ms. esbuild turns Go's collector off for the same reason (`debug.SetGCPercent(-1)` when it
/// is not serving or watching). A no-GC region does it with a ceiling: once the build has
/// allocated the budget, the runtime collects and ends the region, and the rest of the build runs
/// with the ordinary collector. The cost is memory: the peak working set is what the build
/// allocated, up to the budget, instead of what stays live. Only the CLI's console entry calls
/// this, never a library caller or a test host (the region is process-wide), and never a watch
/// or a server process. <c>SHARPACK_GC_BUDGET_MB=0</c> turns it off; another value sets the budget.
/// The ceiling was 1 GiB until the production build of synthetic 10,000 with minification outgrew
/// it in code generation: the first collection then copied a heap of a gigabyte (1.6 s of pauses).
/// With the eighth of 24 GiB (3 GiB) it takes 7.24 s against 8.45 s (median of 3, native), for a
/// peak of 2.3 GB against 1.1 GB; builds within 1 GiB (three.js x10) do not change.
/// </remarks>
public static class OneShotGcBudget
{
    private const long MiB = 1024 * 1024;

    /// <summary>Starts the no-GC region when the policy allows it; returns the budget in bytes, 0 when none.</summary>
    public static long Begin()
    {
        var budget = Budget(Environment.GetEnvironmentVariable("SHARPACK_GC_BUDGET_MB"), GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
        if (budget == 0 || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) return 0;
        try
        {
            return GC.TryStartNoGCRegion(budget) ? budget : 0;
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than the runtime can set aside at once (a small container): collect as usual.
            return 0;
        }
    }

    /// <summary>Ends the no-GC region (the process turned out to be a watch process, which lives on).</summary>
    public static void End()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // The region already ended (its budget was allocated).
            }
        }
    }

    /// <summary>
    /// The budget in bytes: <paramref name="setting"/> (MiB) when it is a number, otherwise an
    /// eighth of the memory available to the process, between 64 MiB and 4 GiB.
    /// </summary>
    public static long Budget(string? setting, long availableBytes)
    {
        if (setting is not null && long.TryParse(setting, out var mb))
            return Math.Max(0, mb) * MiB;
        return Math.Clamp(availableBytes / 8, 64 * MiB, 4096 * MiB);
    }
}
