// code generation: every module in parallel, once per group of the runtimes it runs in whose
// generated code is the same (webpack groups runtimes by module hash). A module whose code does
// not depend on the runtime, or that runs in one runtime, is generated once, for all of them;
// with per-runtime used exports, a module in several runtimes is generated once per distinct
// usage of its own exports and of the modules it connects to.

using System.Collections.Concurrent;
using System.Text;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;

namespace Sharpack.Core.Seal;

internal static class CodeGenerationPass
{
    public static void Run(Compilation compilation)
    {
        var context = new CodeGenerationContext(compilation.Options, compilation.Graph) { ChunkGraph = compilation.ChunkGraph, Analyzable = compilation.Analyzable };
        var modules = compilation.Graph.Modules;
        var jobs = new List<(Module Module, RuntimeSpec? Runtime)>(modules.Count);
        var perRuntime = compilation.Options.Optimization.UsedExports == UsedExportsMode.PerRuntime;
        foreach (var module in modules)
        {
            // Merged into a concatenated module (its code is generated as a part of that one), or
            // in no chunk (webpack generates code for the modules chunks hold only).
            if (module.IsRemoved || module.ChunkCount == 0)
                continue;
            var runtimes = compilation.ChunkGraph.GetModuleRuntimes(module);
            if (runtimes is not { Count: > 1 } || !module.GeneratesPerRuntime
                || (!perRuntime && !HasWorkerRole(compilation.ChunkGraph, module)))
            {
                jobs.Add((module, runtimes));
                continue;
            }
            var chunkRuntimes = ChunkRuntimes(compilation.ChunkGraph, module);
            if (chunkRuntimes.Count <= 1)
            {
                jobs.Add((module, runtimes));
                continue;
            }
            foreach (var group in RuntimesWithEqualCode(compilation.ChunkGraph, compilation.Graph, module, chunkRuntimes, perRuntime))
                jobs.Add((module, group));
        }
        var results = new CodeGenerationResult[jobs.Count];
        var errors = new ConcurrentBag<Stats.BuildDiagnostic>();
        // Code kept from the compiler's last build, taken again where what it reads is unchanged.
        var cache = CodeGenerationCache.Applies(compilation) ? compilation.Compiler.CodeGenerationCache : null;
        if (cache is null)
            compilation.Compiler.CodeGenerationCache.Clear();
        var fingerprints = cache is null ? null : new ulong[jobs.Count];
        var kept = 0;
        var exportsHashes = cache is null ? null : new CodeGenerationCache.ExportsHashes(compilation.Graph);
        Parallel.For(0, jobs.Count, i =>
        {
            var (module, runtime) = jobs[i];
            try
            {
                if (fingerprints is not null && module.MergedModules is null && module.BuildError is null)
                {
                    var fingerprint = fingerprints[i] = CodeGenerationCache.Fingerprint(module, runtime, exportsHashes!);
                    if (cache!.TryGet(module, runtime, fingerprint) is { } result)
                    {
                        results[i] = result;
                        Interlocked.Increment(ref kept);
                        return;
                    }
                }
                results[i] = module.Generate(context, runtime);
            }
            catch (InvalidOperationException) when (module.BuildError is { } error && module.HasSourceType("javascript"))
            {
                // webpack's NormalModule.codeGeneration: a module that failed to build (written anyway,
                // optimization.emitOnErrors) throws its error where it runs.
                results[i] = new CodeGenerationResult(new Sharpack.Sources.RawSource("throw new Error(" + CodeGenerationContext.JsonString(error) + ");"), RuntimeGlobals.None);
            }
            catch (InvalidOperationException e)
            {
                errors.Add(new Stats.BuildDiagnostic("Code generation failed: " + e.Message, module.ReadableName));
            }
            catch (AggregateException e) when (e.InnerExceptions is [InvalidOperationException inner, ..])
            {
                // A concatenated module generates its modules in parallel.
                errors.Add(new Stats.BuildDiagnostic("Code generation failed: " + inner.Message, module.ReadableName));
            }
        });
        for (var i = 0; i < jobs.Count; i++)
        {
            if (results[i] is null)
                continue;
            compilation.CodeGenerationResults.Add(jobs[i].Module, jobs[i].Runtime, results[i]);
            if (fingerprints is not null && fingerprints[i] != 0)
                cache!.Keep(jobs[i].Module, jobs[i].Runtime, fingerprints[i], results[i]);
        }
        cache?.Rotate();
        compilation.CachedCodeGenerationCount = kept;
        compilation.Errors.AddRange(errors);
    }

    // webpack's getModuleRuntimes is a set of its chunks' runtimes: a chunk that runs in several
    // runtimes (one split off for two entries) renders the module's code for all of them together,
    // so each distinct chunk runtime is one unit of grouping, never cut into its names.
    private static List<RuntimeSpec> ChunkRuntimes(ChunkGraph.ChunkGraph chunkGraph, Module module)
    {
        var runtimes = new List<RuntimeSpec>();
        foreach (var chunk in chunkGraph.GetModuleChunks(module))
        {
            if (chunk.Runtime is { } runtime && !runtimes.Contains(runtime))
                runtimes.Add(runtime);
        }
        return runtimes;
    }

    // Whether some chunk of the module belongs to a worker's entrypoint (its code may then differ by runtime).
    private static bool HasWorkerRole(ChunkGraph.ChunkGraph chunkGraph, Module module)
    {
        foreach (var chunk in chunkGraph.GetModuleChunks(module))
        {
            foreach (var group in chunk.Groups)
            {
                if (group.EntryOptions is { Worker: true }) return true;
            }
        }
        return false;
    }

    // The chunk runtimes of `module` grouped by what its code reads: the usage of its own exports and of
    // the exports of the modules it connects to (webpack's module hash per runtime covers the same).
    private static List<RuntimeSpec> RuntimesWithEqualCode(ChunkGraph.ChunkGraph chunkGraph, ModuleGraph.ModuleGraph graph, Module module, List<RuntimeSpec> runtimes, bool perRuntime)
    {
        var targets = new List<ExportsInfo> { graph.GetExportsInfo(module) };
        var dependencies = new List<Dependency>(module.Dependencies);
        // A concatenated module's code reads its merged modules' exports too.
        if (module.MergedModules is { } mergedModules)
        {
            var seen = new HashSet<Dependency>(dependencies);
            foreach (var inner in mergedModules)
            {
                var exportsInfo = graph.GetExportsInfo(inner);
                if (!targets.Contains(exportsInfo)) targets.Add(exportsInfo);
                foreach (var dependency in inner.Dependencies)
                {
                    if (seen.Add(dependency)) dependencies.Add(dependency);
                }
            }
        }
        foreach (var dependency in dependencies)
        {
            if (graph.GetModule(dependency) is { } target)
            {
                var exportsInfo = graph.GetExportsInfo(target);
                if (!targets.Contains(exportsInfo)) targets.Add(exportsInfo);
            }
        }
        var groups = new Dictionary<string, RuntimeSpec?>(StringComparer.Ordinal);
        var order = new List<string>();
        var key = new StringBuilder();
        foreach (var runtime in runtimes)
        {
            key.Clear();
            // A classic worker's entry reads `this` as its global scope there, as exports elsewhere.
            // Each worker runtime on its own: `this` there is read with a single runtime in hand.
            if (chunkGraph.IsWorkerEntry(module, runtime)) key.Append('w').Append(runtime.Key);
            else key.Append('-');
            if (!perRuntime)
            {
                var only = key.ToString();
                if (!groups.TryGetValue(only, out var same))
                    order.Add(only);
                groups[only] = RuntimeSpec.Merge(same, runtime);
                continue;
            }
            foreach (var exportsInfo in targets)
                key.Append(exportsInfo.GetUsageKey(runtime)).Append(';');
            // Connections whose activity differs per runtime change the code too.
            foreach (var dependency in dependencies)
            {
                if (dependency.Connection is { Conditional: true } connection)
                    key.Append((int)connection.GetActiveState(runtime));
            }
            var text = key.ToString();
            if (!groups.TryGetValue(text, out var merged))
                order.Add(text);
            groups[text] = RuntimeSpec.Merge(merged, runtime);
        }
        var result = new List<RuntimeSpec>(order.Count);
        foreach (var text in order)
            result.Add(groups[text]!);
        return result;
    }
}
