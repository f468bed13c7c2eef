// code generation: every module once, in parallel, for all the runtimes it runs in (webpack
// generates once per distinct module hash across runtimes; Sharpack's code does not depend on
// the runtime yet, so that is one result per module); results are stored per module and runtime.

using System.Collections.Concurrent;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.Seal;

internal static class CodeGenerationPass
{
    public static void Run(Compilation compilation)
    {
        var context = new CodeGenerationContext(compilation.Options, compilation.Graph);
        var modules = compilation.Graph.Modules;
        var results = new CodeGenerationResult[modules.Count];
        var errors = new ConcurrentBag<Stats.BuildDiagnostic>();
        Parallel.For(0, modules.Count, i =>
        {
            try
            {
                results[i] = modules[i].Generate(context);
            }
            catch (InvalidOperationException e)
            {
                errors.Add(new Stats.BuildDiagnostic("Code generation failed: " + e.Message, modules[i].ReadableName));
            }
        });
        for (var i = 0; i < modules.Count; i++)
        {
            if (results[i] is not null)
                compilation.CodeGenerationResults.Add(modules[i], compilation.ChunkGraph.GetModuleRuntimes(modules[i]), results[i]);
        }
        compilation.Errors.AddRange(errors);
    }
}
