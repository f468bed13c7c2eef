// The seal passes, in order, between the compilation hooks webpack calls around them. Each pass
// is one file; this list is the only place that says what runs when (webpack's Compilation.seal,
// Rspack's run_passes.rs). Each pass is timed; SHARPACK_PROFILE=1 prints the timings to stderr.

using System.Diagnostics;
using Sharpack.Core.Hooks;

namespace Sharpack.Core.Seal;

internal static class SealPasses
{
    public static void Run(Compilation compilation)
    {
        var hooks = compilation.Hooks;
        var modules = compilation.Graph.Modules;
        var chunks = compilation.Chunks;
        hooks.Seal.Call();
        // webpack calls each optimize* bail hook again while a tap answers true.
        Timed(compilation, "optimize dependencies", static c =>
        {
            while (c.Hooks.OptimizeDependencies.Call(c.Graph.Modules) == true)
            {
            }
        });
        hooks.AfterOptimizeDependencies.Call(modules);
        hooks.BeforeChunks.Call();
        Timed(compilation, "build chunk graph", BuildChunkGraphPass.Run);
        hooks.AfterChunks.Call(chunks);
        hooks.Optimize.Call();
        Timed(compilation, "optimize modules", static c =>
        {
            while (c.Hooks.OptimizeModules.Call(c.Graph.Modules) == true)
            {
            }
        });
        hooks.AfterOptimizeModules.Call(modules);
        // splitChunks, merging, removing: the optimizeChunks taps.
        Timed(compilation, "optimize chunks", static c =>
        {
            while (c.Hooks.OptimizeChunks.Call(c.Chunks, c.ChunkGroups) == true)
            {
            }
        });
        hooks.AfterOptimizeChunks.Call(chunks, compilation.ChunkGroups);
        Timed(compilation, "optimize tree", static c => c.Hooks.OptimizeTree.CallAsync(c.Chunks, c.Graph.Modules).Wait());
        hooks.AfterOptimizeTree.Call(chunks, modules);
        // Module concatenation and the like: the optimizeChunkModules taps.
        Timed(compilation, "optimize chunk modules", static c =>
        {
            while (c.Hooks.OptimizeChunkModules.CallAsync(c.Chunks, c.Graph.Modules).Wait() == true)
            {
            }
        });
        hooks.AfterOptimizeChunkModules.Call(chunks, modules);
        hooks.ReviveModules.Call(modules);
        hooks.BeforeModuleIds.Call(modules);
        Timed(compilation, "module ids", static c => c.Hooks.ModuleIds.Call(c.Graph.Modules));
        hooks.OptimizeModuleIds.Call(modules);
        hooks.AfterOptimizeModuleIds.Call(modules);
        ModuleIdsPass.Run(compilation);
        hooks.ReviveChunks.Call(chunks);
        hooks.BeforeChunkIds.Call(chunks);
        Timed(compilation, "chunk ids", static c => c.Hooks.ChunkIds.Call(c.Chunks));
        hooks.OptimizeChunkIds.Call(chunks);
        hooks.AfterOptimizeChunkIds.Call(chunks);
        ChunkIdsPass.Run(compilation);
        hooks.OptimizeCodeGeneration.Call(modules);
        hooks.BeforeCodeGeneration.Call();
        Timed(compilation, "code generation", CodeGenerationPass.Run);
        hooks.AfterCodeGeneration.Call();
        hooks.BeforeRuntimeRequirements.Call();
        Timed(compilation, "runtime requirements", RuntimeRequirementsPass.Run);
        hooks.AfterRuntimeRequirements.Call();
        hooks.BeforeHash.Call();
        Timed(compilation, "hashing", HashingPass.Run);
        hooks.AfterHash.Call();
        hooks.BeforeModuleAssets.Call();
        Timed(compilation, "module assets", ModuleAssetsPass.Run);
        hooks.BeforeChunkAssets.Call();
        Timed(compilation, "create chunk assets", CreateChunkAssetsPass.Run);
        Timed(compilation, "process assets", static c => ProcessAssets(c));
        hooks.AfterProcessAssets.Call(compilation.Assets);
        hooks.AfterSeal.CallAsync().Wait();
    }

    /// <summary>Runs <paramref name="pass"/>, reporting its time when profiling is on.</summary>
    public static void Timed(Compilation compilation, string name, Action<Compilation> pass)
    {
        var started = Stopwatch.GetTimestamp();
        pass(compilation);
        Profiler.Report(name, Stopwatch.GetElapsedTime(started));
    }

    // webpack's processAssets, with processAdditionalAssets after each tap that added assets.
    private static void ProcessAssets(Compilation compilation)
    {
        var hooks = compilation.Hooks;
        if (hooks.ProcessAdditionalAssets.IsUsed)
        {
            var saved = new HashSet<string>(StringComparer.Ordinal);
            void PopNewAssets()
            {
                Dictionary<string, Asset>? added = null;
                foreach (var (name, asset) in compilation.Assets)
                {
                    if (saved.Add(name))
                        (added ??= new(StringComparer.Ordinal))[name] = asset;
                }
                if (added is not null)
                    hooks.ProcessAdditionalAssets.CallAsync(added).AsTask().Wait();
            }
            hooks.ProcessAssets.Intercept(new Hooks.HookInterceptor
            {
                Call = _ => saved = new HashSet<string>(compilation.Assets.Keys, StringComparer.Ordinal),
                Tap = _ => PopNewAssets(),
                Done = PopNewAssets,
            });
        }
        hooks.ProcessAssets.CallAsync(compilation.Assets).AsTask().Wait();
    }
}
