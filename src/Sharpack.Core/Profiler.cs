// Phase timings for finding where a build spends its time: SHARPACK_PROFILE=1 prints one line
// per phase to stderr, with the bytes the phase allocated (all threads) and the collections it
// ran into. Off by default, and then it costs one branch per phase.

namespace Sharpack.Core;

/// <summary>Reports phase timings when <c>SHARPACK_PROFILE</c> is set.</summary>
public static class Profiler
{
    private static readonly bool s_enabled = Environment.GetEnvironmentVariable("SHARPACK_PROFILE") is "1" or "true";
    private static long s_allocated;
    private static int s_gen0;
    private static int s_gen1;
    private static int s_gen2;
    private static TimeSpan s_paused;
    private static TimeSpan s_cpu;

    /// <summary>True when <c>SHARPACK_PROFILE</c> is set.</summary>
    public static bool Enabled => s_enabled;

    /// <summary>Prints the time from the start of the process to now (runtime start-up, options, plugins) when profiling is on.</summary>
    public static void ReportStartup()
    {
        if (s_enabled)
            Report("start-up", DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime);
    }

    /// <summary>Prints <paramref name="phase"/>'s time when profiling is on.</summary>
    public static void Report(string phase, TimeSpan elapsed)
    {
        if (!s_enabled)
            return;
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        Console.Error.WriteLine(
            $"sharpack profile: {phase,-22} {elapsed.TotalMilliseconds,9:F1} ms (CPU {(cpu - s_cpu).TotalMilliseconds,7:F0} ms) {(allocated - s_allocated) / 1048576.0,9:F1} MB allocated, " +
            $"GCs {gen0 - s_gen0}/{gen1 - s_gen1}/{gen2 - s_gen2}, paused {(paused - s_paused).TotalMilliseconds:F1} ms, " +
            $"heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:F0} MB after the last GC");
        (s_allocated, s_gen0, s_gen1, s_gen2, s_paused, s_cpu) = (allocated, gen0, gen1, gen2, paused, cpu);
    }
}
