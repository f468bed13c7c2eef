// Follows webpack lib/wasm-async/AsyncWebAssemblyModulesPlugin.js and the wasm loading plugins
// EnableWasmLoadingPlugin enables (FetchCompileAsyncWasmPlugin, ReadFileCompileAsyncWasmPlugin):
// the `webassembly/async` module type; each chunk holding such a module emits its binary
// (output.webassemblyModuleFilename, an auxiliary file of the chunk); a runtime chunk whose tree
// instantiates one gets the loader of its wasm loading type (entry.wasmLoading, else
// output.wasmLoading: `fetch` for the web, `async-node` for node).

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Runtime;
using Sharpack.Core.Seal;
using Sharpack.Sources;

namespace Sharpack.Plugins.Wasm;

/// <summary>WebAssembly modules (<c>experiments.asyncWebAssembly</c>).</summary>
public static class AsyncWebAssemblyModulesPlugin
{
    private const string Name = "AsyncWebAssemblyModulesPlugin";

    /// <summary>Registers the module type, the binaries' files and the loading runtime.</summary>
    public static void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.ModuleTypes.Register(AsyncWasmModule.Type, static (identifier, resource, _) => new AsyncWasmModule(identifier, resource));
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) =>
        {
            compilation.Hooks.RenderManifest.Tap(Name, chunk => EmitBinaries(compilation, chunk));
            compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.InstantiateWasm)).Tap(Name, (chunk, _) =>
            {
                if (WasmLoadingOf(chunk, compilation.Options) is not { } loading || loading is not ("fetch" or "async-node" or "universal") || !HoldsWasm(chunk))
                    return null;
                compilation.AddRuntimeModule(chunk, new AsyncWasmLoadingRuntimeModule(loading, compilation.Options));
                return true;
            });
        });
    }

    /// <summary>The wasm loading type of <paramref name="chunk"/> (its entry's, else <c>output.wasmLoading</c>), or null for none.</summary>
    public static string? WasmLoadingOf(Chunk chunk, Core.Options.SharpackOptions options)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        ArgumentNullException.ThrowIfNull(options);
        return chunk.GetEntryOptions()?.WasmLoading is { } own ? (own.Length == 0 ? null : own) : options.Output.WasmLoading;
    }

    // webpack's chunkGraph.hasModuleInGraph: a WebAssembly module in the chunk or in a chunk it loads.
    private static bool HoldsWasm(Chunk chunk)
    {
        foreach (var reached in chunk.AllReferencedChunks())
        {
            foreach (var module in reached.Modules)
            {
                if (module is AsyncWasmModule)
                    return true;
            }
        }
        return false;
    }

    // The binaries of the chunk's WebAssembly modules, ordered by identifier (webpack's compareModulesByFullName).
    private static void EmitBinaries(Compilation compilation, Chunk chunk)
    {
        List<AsyncWasmModule>? modules = null;
        foreach (var module in chunk.Modules)
        {
            if (module is AsyncWasmModule wasm)
                (modules ??= []).Add(wasm);
        }
        if (modules is null)
            return;
        modules.Sort(static (a, b) => string.CompareOrdinal(a.Identifier, b.Identifier));
        var output = compilation.Options.Output;
        foreach (var module in modules)
        {
            var hash = module.Hash(output);
            var filename = PathPlaceholders.ReplaceWithLengths(output.WebassemblyModuleFilename, key => key switch
            {
                "id" or "moduleid" => module.Id,
                "hash" or "modulehash" or "contenthash" => hash,
                "fullhash" => compilation.FullHash,
                _ => null,
            });
            compilation.EmitAsset(filename, new RawSource(module.Bytes.ToArray()), new AssetInfo { SourceFilename = module.ReadableName });
            chunk.AuxiliaryFiles.Add(filename);
        }
    }
}
