// runtime requirements, in webpack's three loops: modules (plus what plugins add for a module) →
// chunks (plus what plugins add for a chunk, e.g. what its chunk format needs for its startup), then chunks → the runtime chunk's
// tree (every chunk its runtime may load, plus what plugins add for the tree), then the runtime
// modules that implement the required globals, repeated until none requires anything new (each
// reported to runtimeModule taps). Only runtime chunks get runtime modules. Which format or chunk loading a chunk uses is the plugins'
// business: they answer on the hooks and in the runtime module registry.

using Sharpack.Core.Runtime;

namespace Sharpack.Core.Seal;

internal static class RuntimeRequirementsPass
{
    public static void Run(Compilation compilation)
    {
        var hooks = compilation.Hooks;
        // What plugins add per module, asked once per module and only when tapped.
        RuntimeGlobals[]? byModule = null;
        if (hooks.AdditionalModuleRuntimeRequirements.IsUsed)
        {
            var modules = compilation.Graph.Modules;
            byModule = new RuntimeGlobals[modules.Count];
            foreach (var module in modules)
            {
                if (compilation.CodeGenerationResults.TryGetValue(module, out var result))
                    byModule[module.Key] = hooks.AdditionalModuleRuntimeRequirements.Call(result.RuntimeRequirements, module);
            }
        }
        var own = new RuntimeGlobals[compilation.Chunks.Count];
        foreach (var chunk in compilation.Chunks)
        {
            var requirements = RuntimeGlobals.None;
            foreach (var module in chunk.Modules)
            {
                if (byModule is not null)
                    requirements |= byModule[module.Key];
                else if (compilation.CodeGenerationResults.TryGetValue(module, out var result))
                    requirements |= result.RuntimeRequirements;
            }
            own[chunk.Key] = hooks.AdditionalChunkRuntimeRequirements.Call(requirements, chunk);
        }
        foreach (var chunk in compilation.Chunks)
        {
            if (!chunk.HasRuntime)
            {
                chunk.RuntimeRequirements = own[chunk.Key];
                continue;
            }
            var tree = RuntimeGlobals.Require | own[chunk.Key];
            foreach (var referenced in chunk.AllReferencedChunks())
                tree |= own[referenced.Key];
            tree = hooks.AdditionalTreeRuntimeRequirements.Call(tree, chunk);
            chunk.RuntimeModules.AddRange(compilation.Compiler.RuntimeModules.Resolve(chunk, ref tree));
            chunk.RuntimeRequirements = tree;
            if (hooks.RuntimeModule.IsUsed)
            {
                foreach (var runtimeModule in chunk.RuntimeModules)
                    hooks.RuntimeModule.Call(runtimeModule, chunk);
            }
        }
    }
}
