// Follows webpack lib/javascript/CommonJsChunkFormatPlugin.js (output.chunkFormat "commonjs"):
// a chunk is a CommonJS module exporting its ids and modules; an entry chunk without the runtime
// requires its runtime chunk, installs itself with __webpack_require__.C and starts its entries.
// An entry chunk whose entrypoint holds other chunks requires and installs them first (webpack
// loads them through StartupChunkDependencies).

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript;
using Sharpack.Sources;

namespace Sharpack.Plugins.Runtime;

/// <summary>The CommonJS chunk format.</summary>
public sealed class CommonJsChunkFormatPlugin : IPlugin
{
    private const string Name = "CommonJsChunkFormatPlugin";

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        compiler.Hooks.ThisCompilation.Tap(Name, static (compilation, _) =>
            compilation.Hooks.AdditionalChunkRuntimeRequirements.Tap(Name, static (requirements, chunk) => Requirements(requirements, chunk)));
        var hooks = JavascriptModulesHooks.For(compiler);
        hooks.RenderChunk.Tap(Name, (modules, chunk, context) => RenderChunk(modules, chunk, context, hooks));
        hooks.RenderStartup.Tap(Name, static (startup, chunk, _) => RenderStartup(startup, chunk, esm: false));
    }

    /// <summary>What a CommonJS or ES module chunk's startup needs of the runtime.</summary>
    internal static RuntimeGlobals Requirements(RuntimeGlobals requirements, Chunk chunk)
    {
        if (!chunk.HasRuntime)
        {
            // The chunk starts its entry itself, on a runtime it loads.
            if (chunk.IsEntry) requirements |= RuntimeGlobals.Require | RuntimeGlobals.ExternalInstallChunk;
            // An initial chunk loaded by another chunk's startup is installed with __webpack_require__.C.
            if (chunk.IsInitial) requirements |= RuntimeGlobals.ModuleFactoriesAddOnly | RuntimeGlobals.ExternalInstallChunk;
        }
        if (chunk.IsEntry && chunk.StartupDependencies().Count > 0)
            requirements |= RuntimeGlobals.ExternalInstallChunk;
        return requirements;
    }

    private static ConcatSource RenderChunk(Source modules, Chunk chunk, ChunkRenderContext context, JavascriptModulesHooks hooks)
    {
        var arrows = context.Generation.Options.Output.Environment.ArrowFunction;
        var output = new ConcatSource();
        var id = CodeGenerationContext.IdLiteral(chunk.Id);
        output.Add($"exports.id = {id};\nexports.ids = [{ChunkLoading.IdList(chunk)}];\nexports.modules = ");
        output.Add(modules);
        output.Add(";\n");
        if (chunk.EntryModules.Count > 0 && StartupHelpers.RuntimeChunkOf(chunk) is { } runtimeChunk)
        {
            output.Add("\n// load runtime\nvar __webpack_require__ = require(" + CodeGenerationContext.JsonString(StartupHelpers.RelativeRequest(chunk, runtimeChunk)) + ");\n");
            output.Add("__webpack_require__.C(exports);\n");
            StartupHelpers.AddStartupInstalls(output, chunk, chunk.StartupDependencies(), esm: false);
            output.Add(StartupHelpers.ExecLine(chunk, arrows));
            // The entrypoint's other chunks are installed above, so nothing waits.
            var entries = StartupHelpers.EntryStartup(chunk, [], arrows: true);
            var startup = new ConcatSource(entries);
            // webpack's renderChunk hands an entry chunk's startup to renderStartup too (a library appends to it).
            output.Add(hooks.RenderStartup.Call(startup, chunk, context));
            // A library's startup decides what the chunk exports (commonjs copies onto exports).
            if ((chunk.GetEntryOptions()?.Library ?? context.Generation.Options.Output.Library) is null && entries.Length > 0)
                output.Add("module.exports = __webpack_exports__;\n");
        }
        return output;
    }

    /// <summary>A runtime chunk's startup: install the entrypoint's other chunks, then the entries.</summary>
    internal static Source RenderStartup(Source startup, Chunk chunk, bool esm)
    {
        // A chunk without runtime renders its own startup (RenderChunk).
        if (chunk.EntryModules.Count == 0 || !chunk.HasRuntime)
            return startup;
        var dependencies = chunk.StartupDependencies();
        if (dependencies.Count == 0)
            return startup;
        var output = new ConcatSource();
        StartupHelpers.AddStartupInstalls(output, chunk, dependencies, esm);
        output.Add(startup);
        return output;
    }
}
