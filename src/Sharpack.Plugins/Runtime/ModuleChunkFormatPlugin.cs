// Follows webpack lib/esm/ModuleChunkFormatPlugin.js (output.chunkFormat "module"): a chunk is
// an ES module exporting its ids and modules; an entry chunk without the runtime imports its
// runtime chunk (which exports __webpack_require__), installs itself and starts its entries. An
// entry chunk whose entrypoint holds other chunks imports and installs them first.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript;
using Sharpack.Sources;

namespace Sharpack.Plugins.Runtime;

/// <summary>The ES module chunk format.</summary>
public sealed class ModuleChunkFormatPlugin : IPlugin
{
    private const string Name = "ModuleChunkFormatPlugin";

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        compiler.Hooks.ThisCompilation.Tap(Name, static (compilation, _) =>
            compilation.Hooks.AdditionalChunkRuntimeRequirements.Tap(Name, static (requirements, chunk) => CommonJsChunkFormatPlugin.Requirements(requirements, chunk)));
        var hooks = JavascriptModulesHooks.For(compiler);
        hooks.RenderChunk.Tap(Name, (modules, chunk, context) => RenderChunk(modules, chunk, context, hooks));
        hooks.RenderStartup.Tap(Name, static (startup, chunk, context) => RenderStartup(startup, chunk, context));
    }

    private static ConcatSource RenderChunk(Source modules, Chunk chunk, ChunkRenderContext context, JavascriptModulesHooks hooks)
    {
        var output = new ConcatSource();
        var id = CodeGenerationContext.IdLiteral(chunk.Id);
        output.Add($"export const __webpack_id__ = {id};\nexport const __webpack_ids__ = [{ChunkLoading.IdList(chunk)}];\nexport const __webpack_modules__ = ");
        output.Add(modules);
        output.Add(";\n");
        if (chunk.EntryModules.Count > 0 && StartupHelpers.RuntimeChunkOf(chunk) is { } runtimeChunk)
        {
            output.Add("\n// load runtime\nimport { __webpack_require__ } from " + CodeGenerationContext.JsonString(StartupHelpers.RelativeRequest(chunk, runtimeChunk)) + ";\n");
            output.Add("import * as __webpack_self_exports__ from " + CodeGenerationContext.JsonString(StartupHelpers.RelativeRequest(chunk, chunk)) + ";\n");
            output.Add("__webpack_require__.C(__webpack_self_exports__);\n");
            StartupHelpers.AddStartupInstalls(output, chunk, chunk.StartupDependencies(), esm: true);
            output.Add(StartupHelpers.ExecLine(chunk, context.Generation.Options.Output.Environment.ArrowFunction));
            // The entrypoint's other chunks are installed above, so nothing waits.
            var startup = new ConcatSource(StartupHelpers.EntryStartup(chunk, [], arrows: true));
            // webpack's renderChunk hands an entry chunk's startup to renderStartup too (the module library exports from it).
            output.Add(hooks.RenderStartup.Call(startup, chunk, context));
        }
        return output;
    }

    // The entrypoint's other chunks are imported and installed first; a runtime that other chunks
    // install themselves into exports __webpack_require__ for them to import (webpack's
    // ExportWebpackRequireRuntimeModule).
    private static Source RenderStartup(Source startup, Chunk chunk, ChunkRenderContext context)
    {
        if (!chunk.HasRuntime)
            return startup;
        startup = CommonJsChunkFormatPlugin.RenderStartup(startup, chunk, esm: true);
        if (!context.Generation.Options.Output.Module || !chunk.RuntimeRequirements.HasAny(RuntimeGlobals.ExternalInstallChunk))
            return startup;
        var output = new ConcatSource();
        output.Add(startup);
        output.Add("export { __webpack_require__ };\n");
        return output;
    }
}
