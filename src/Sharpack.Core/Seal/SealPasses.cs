// The seal passes, in order. Each pass is one file; this list is the only place that says
// what runs when (webpack's Compilation.seal, Rspack's run_passes.rs). Each pass is timed;
// SHARPACK_PROFILE=1 prints the timings to stderr.

using System.Diagnostics;

namespace Sharpack.Core.Seal;

internal static class SealPasses
{
    public static void Run(Compilation compilation)
    {
        Timed(compilation, "async modules", AsyncModulesPass.Run);
        Timed(compilation, "build chunk graph", BuildChunkGraphPass.Run);
        Timed(compilation, "module ids", ModuleIdsPass.Run);
        Timed(compilation, "chunk ids", ChunkIdsPass.Run);
        Timed(compilation, "code generation", CodeGenerationPass.Run);
        Timed(compilation, "runtime requirements", RuntimeRequirementsPass.Run);
        Timed(compilation, "hashing", HashingPass.Run);
        Timed(compilation, "create chunk assets", CreateChunkAssetsPass.Run);
    }

    /// <summary>Runs <paramref name="pass"/>, reporting its time when profiling is on.</summary>
    public static void Timed(Compilation compilation, string name, Action<Compilation> pass)
    {
        var started = Stopwatch.GetTimestamp();
        pass(compilation);
        Profiler.Report(name, Stopwatch.GetElapsedTime(started));
    }
}
