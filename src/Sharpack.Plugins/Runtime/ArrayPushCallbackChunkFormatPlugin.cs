// Follows webpack lib/javascript/ArrayPushCallbackChunkFormatPlugin.js (output.chunkFormat
// "array-push"): a chunk pushes [ids, modules, startup?] onto the chunk loading global, and the
// runtime's callback installs it whenever both are there. An entry chunk whose entrypoint holds
// other chunks waits for them with __webpack_require__.O, which only the JSONP loading answers.

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
        hooks.RenderStartup.Tap(Name, static (startup, chunk, _) => RenderStartup(startup, chunk));
    }

    private static RuntimeGlobals Requirements(Compilation compilation, RuntimeGlobals requirements, Chunk chunk)
    {
        if (!chunk.HasRuntime)
        {
            // The chunk starts its entry itself, on a runtime loaded from elsewhere.
            if (chunk.IsEntry) requirements |= RuntimeGlobals.Require | RuntimeGlobals.EntryModuleId;
            // An initial chunk loaded by the page hands its modules to the runtime's callback.
            if (chunk.IsInitial) requirements |= RuntimeGlobals.ModuleFactories | RuntimeGlobals.ChunkCallback;
        }
        if (chunk.IsEntry && chunk.StartupDependencies().Count > 0)
        {
            // The entries wait for the entrypoint's other chunks, which the page loads.
            var loading = ChunkLoadingTypes.Of(StartupHelpers.RuntimeChunkOf(chunk) ?? chunk, compilation.Options);
            if (loading == "jsonp")
            {
                requirements |= RuntimeGlobals.OnChunksLoaded;
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
            entries.Add("/******/ var __webpack_exec__ = (moduleId) => (__webpack_require__(__webpack_require__.s = moduleId))\n");
            var dependencies = chunk.StartupDependencies();
            var startup = new ConcatSource();
            if (dependencies.Count > 0)
            {
                // Follows StartupHelpers.generateEntryStartup (passive): run once the page has
                // loaded the entrypoint's other chunks.
                var runs = new List<string>(chunk.EntryModules.Count);
                foreach (var entry in chunk.EntryModules)
                    runs.Add("__webpack_exec__(" + CodeGenerationContext.IdLiteral(entry.Id) + ")");
                startup.Add($"/******/ __webpack_require__.O(0, {StartupHelpers.IdArray(dependencies)}, () => ({string.Join(", ", runs)}));\n");
                startup.Add("/******/ var __webpack_exports__ = __webpack_require__.O();\n");
            }
            else
            {
                foreach (var entry in chunk.EntryModules)
                    startup.Add("/******/ var __webpack_exports__ = (__webpack_exec__(" + CodeGenerationContext.IdLiteral(entry.Id) + "));\n");
            }
            // webpack's renderChunk hands an entry chunk's startup to renderStartup too (a library appends to it).
            entries.Add(hooks.RenderStartup.Call(startup, chunk, context));
            if ((chunk.RuntimeRequirements & RuntimeGlobals.ReturnExportsFromRuntime) != 0)
                entries.Add("return __webpack_exports__;\n");
            entries.Add("/******/ }\n");
            output.Add(options.Output.Environment.ArrowFunction ? entries : new RawSource(FunctionSyntax.WithoutArrows(entries.GetText())));
        }
        output.Add("]);");
        return output;
    }

    // Follows renderBootstrap: with the page loading the entrypoint's other chunks, the entries
    // wait for them (__webpack_require__.O) instead of running at once.
    private static Source RenderStartup(Source startup, Chunk chunk)
    {
        // A chunk without runtime renders its own startup (RenderChunk).
        if (chunk.EntryModules.Count == 0 || !chunk.HasRuntime)
            return startup;
        var dependencies = chunk.StartupDependencies();
        if (dependencies.Count == 0)
            return startup;
        var requirements = chunk.RuntimeRequirements;
        var output = new ConcatSource();
        output.Add("var __webpack_exports__ = {};\n");
        var setEntry = (requirements & RuntimeGlobals.EntryModuleId) != 0 ? "__webpack_require__.s = " : "";
        var ids = StartupHelpers.IdArray(dependencies);
        foreach (var entry in chunk.EntryModules)
            output.Add($"__webpack_exports__ = __webpack_require__.O(undefined, {ids}, () => (__webpack_require__({setEntry}{CodeGenerationContext.IdLiteral(entry.Id)})));\n");
        if ((requirements & RuntimeGlobals.OnChunksLoaded) != 0)
            output.Add("__webpack_exports__ = __webpack_require__.O(__webpack_exports__);\n");
        return output;
    }
}
