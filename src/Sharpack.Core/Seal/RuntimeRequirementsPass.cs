// runtime requirements, in webpack's three loops: modules → chunks (plus what a chunk's format
// needs for its startup), then chunks → the runtime chunk's tree (every chunk its runtime may
// load), then the runtime modules that implement the required globals, repeated until none
// requires anything new. Only runtime chunks get runtime modules.

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Core.Seal;

internal static class RuntimeRequirementsPass
{
    public static void Run(Compilation compilation)
    {
        var format = compilation.Options.Output.ChunkFormat;
        var own = new RuntimeGlobals[compilation.Chunks.Count];
        foreach (var chunk in compilation.Chunks)
        {
            var requirements = RuntimeGlobals.None;
            foreach (var module in chunk.Modules)
            {
                if (compilation.CodeGenerationResults.TryGetValue(module, out var result))
                    requirements |= result.RuntimeRequirements;
            }
            if (chunk.IsEntry && !chunk.HasRuntime)
            {
                // The chunk starts its entry itself, on a runtime loaded from elsewhere.
                requirements |= RuntimeGlobals.Require | RuntimeGlobals.EntryModuleId;
                if (format is "commonjs" or "module") requirements |= RuntimeGlobals.ExternalInstallChunk;
            }
            if (chunk.IsEntry && chunk.StartupDependencies().Count > 0)
            {
                // The entries wait for the entrypoint's other chunks: the page loads them (array
                // push, waited for with __webpack_require__.O), or the chunk requires or imports
                // them and installs them with __webpack_require__.C.
                if (format is "commonjs" or "module")
                    requirements |= RuntimeGlobals.ExternalInstallChunk;
                else if (compilation.Options.Output.ChunkLoading == "jsonp")
                    requirements |= RuntimeGlobals.OnChunksLoaded;
                else
                    compilation.Errors.Add(new Stats.BuildDiagnostic(
                        $"Entrypoint chunk '{chunk.Name ?? chunk.Id}' needs other chunks loaded before it starts, which sharpack supports with " +
                        $"chunkLoading 'jsonp' (array-push chunks), 'require' (CommonJS chunks) and ES module output, not yet with '{compilation.Options.Output.ChunkLoading}'."));
            }
            own[chunk.Key] = requirements;
        }
        foreach (var chunk in compilation.Chunks)
        {
            if (!chunk.HasRuntime)
            {
                chunk.RuntimeRequirements = own[chunk.Key];
                continue;
            }
            var tree = RuntimeGlobals.Require | own[chunk.Key];
            var prefetching = compilation.Options.Output.ChunkLoading == "jsonp";
            foreach (var referenced in chunk.AllReferencedChunks())
            {
                tree |= own[referenced.Key];
                if (prefetching)
                {
                    // webpackPrefetch / webpackPreload children of any chunk of the tree.
                    foreach (var group in referenced.Groups)
                    {
                        foreach (var child in group.Children)
                        {
                            if (child.Options.PrefetchOrder is not null) tree |= RuntimeGlobals.PrefetchChunk;
                            if (child.Options.PreloadOrder is not null) tree |= RuntimeGlobals.PreloadChunk;
                        }
                    }
                }
                if (referenced != chunk && referenced.IsInitial && !referenced.HasRuntime)
                {
                    // An initial chunk loaded by the page hands its modules to this runtime.
                    tree |= RuntimeGlobals.ModuleFactories | (format is "commonjs" or "module" ? RuntimeGlobals.ExternalInstallChunk : RuntimeGlobals.ChunkCallback);
                }
            }
            chunk.RuntimeModules.AddRange(compilation.Compiler.RuntimeModules.Resolve(ref tree));
            chunk.RuntimeRequirements = tree;
        }
    }
}
