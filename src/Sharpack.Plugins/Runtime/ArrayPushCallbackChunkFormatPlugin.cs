// Follows webpack lib/javascript/ArrayPushCallbackChunkFormatPlugin.js (output.chunkFormat
// "array-push"): a chunk pushes [ids, modules, startup?] onto the chunk loading global, and the
// runtime's callback installs it whenever both are there. An entry chunk without the runtime
// starts through __webpack_require__.O (chunk loaded), waiting for the entrypoint's other chunks
// where it has any; a runtime chunk's entries wait there too (the bootstrap's startup).

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript;
using Sharpack.Sources;

namespace Sharpack.Plugins.Runtime;

/// <summary>The array-push (JSONP) chunk format.</summary>
public sealed class ArrayPushCallbackChunkFormatPlugin : IPlugin
{
    private const string Name = "ArrayPushCallbackChunkFormatPlugin";

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        compiler.Hooks.ThisCompilation.Tap(Name, static (compilation, _) =>
            compilation.Hooks.AdditionalChunkRuntimeRequirements.Tap(Name, (requirements, chunk) => Requirements(compilation, requirements, chunk)));
        var hooks = JavascriptModulesHooks.For(compiler);
        hooks.RenderChunk.Tap(Name, (modules, chunk, context) => RenderChunk(modules, chunk, context, hooks));
    }

    private static RuntimeGlobals Requirements(Compilation compilation, RuntimeGlobals requirements, Chunk chunk)
    {
        if (!chunk.HasRuntime)
        {
            // The chunk starts its entries itself, on a runtime loaded from elsewhere, once the
            // entrypoint's chunks are there (`__webpack_require__.O`, as webpack asks for every such chunk).
            if (chunk.EntryModules.Count > 0) requirements |= RuntimeGlobals.OnChunksLoaded | RuntimeGlobals.Exports | RuntimeGlobals.Require;
            // An initial chunk loaded by the page hands its modules to the runtime's callback.
            if (chunk.IsInitial) requirements |= RuntimeGlobals.ModuleFactoriesAddOnly | RuntimeGlobals.ChunkCallback;
        }
        if (chunk.IsEntry && chunk.StartupDependencies().Count > 0)
        {
            // The entries wait for the entrypoint's other chunks, which the page loads (webpack's
            // JavascriptModulesPlugin asks this of a runtime chunk with hasChunkEntryDependentChunks).
            var loading = ChunkLoadingTypes.Of(StartupHelpers.RuntimeChunkOf(chunk) ?? chunk, compilation.Options);
            if (loading == "jsonp")
            {
                requirements |= RuntimeGlobals.OnChunksLoaded | RuntimeGlobals.Exports | RuntimeGlobals.Require;
            }
            else
            {
                compilation.Errors.Add(new Core.Stats.BuildDiagnostic(
                    $"Entrypoint chunk '{chunk.Name ?? chunk.Id}' needs other chunks loaded before it starts, which sharpack supports with " +
                    $"chunkLoading 'jsonp' (array-push chunks), 'require' (CommonJS chunks) and ES module output, not yet with '{loading ?? "false"}'."));
            }
        }
        return requirements;
    }

    private static ConcatSource RenderChunk(Source modules, Chunk chunk, ChunkRenderContext context, JavascriptModulesHooks hooks)
    {
        var options = context.Generation.Options;
        var global = options.Output.GlobalObject + "[" + CodeGenerationContext.JsonString(options.Output.ChunkLoadingGlobal) + "]";
        var output = new ConcatSource();
        output.Add($"({global} = {global} || []).push([[{ChunkLoading.IdList(chunk)}],");
        output.Add(modules);
        if (chunk.EntryModules.Count > 0)
        {
            // The entries' function, written apart from the modules so it can lose its arrows on an ES5 target.
            var entries = new ConcatSource();
            output.Add(",\n");
            entries.Add("/******/ __webpack_require__ => { // webpackRuntimeModules\n");
            entries.Add("/******/ " + StartupHelpers.ExecLine(chunk, arrows: true));
            // webpack's generateEntryStartup (passive): run once the page has loaded the entrypoint's other chunks.
            var startup = new ConcatSource();
            var code = StartupHelpers.EntryStartup(chunk, chunk.StartupDependencies(), arrows: true);
            foreach (var line in code.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                startup.Add("/******/ " + line + "\n");
            // webpack's renderChunk hands an entry chunk's startup to renderStartup too (a library appends to it).
            entries.Add(hooks.RenderStartup.Call(startup, chunk, context));
            if (chunk.RuntimeRequirements.HasAny(RuntimeGlobals.ReturnExportsFromRuntime))
                entries.Add("return __webpack_exports__;\n");
            entries.Add("/******/ }\n");
            output.Add(options.Output.Environment.ArrowFunction ? entries : new RawSource(FunctionSyntax.WithoutArrows(entries.GetText())));
        }
        output.Add("]);");
        return output;
    }
}
