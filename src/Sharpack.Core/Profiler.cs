// Phase timings for finding where a build spends its time: SHARPACK_PROFILE=1 prints one line
// per phase to stderr. Off by default, and then it costs one branch per phase.

namespace Sharpack.Core;

/// <summary>Reports phase timings when <c>SHARPACK_PROFILE</c> is set.</summary>
public static class Profiler
{
    private static readonly bool s_enabled = Environment.GetEnvironmentVariable("SHARPACK_PROFILE") is "1" or "true";

    /// <summary>Prints <paramref name="phase"/>'s time when profiling is on.</summary>
    public static void Report(string phase, TimeSpan elapsed)
    {
        if (s_enabled)
            Console.Error.WriteLine($"sharpack profile: {phase,-22} {elapsed.TotalMilliseconds,9:F1} ms");
    }
}
