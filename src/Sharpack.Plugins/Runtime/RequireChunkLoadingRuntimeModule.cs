// Follows webpack lib/node/RequireChunkLoadingRuntimeModule.js: in node, a chunk is a CommonJS
// module next to the runtime (`exports.ids`, `exports.modules`); `.f.require` requires it
// synchronously and installs its modules. `.C` installs a chunk that required the runtime itself
// (an entry chunk whose runtime is a separate chunk).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>require() chunk loading for <c>target: "node"</c>.</summary>
public sealed class RequireChunkLoadingRuntimeModule(RuntimeGlobals requirements) : TemplatedRuntimeModule("require chunk loading", "require_chunk_loading", Needs(requirements), stage: 10)
{
    /// <summary>What the parts of the module that <paramref name="requirements"/> ask for use.</summary>
    public static RuntimeGlobals Needs(RuntimeGlobals requirements)
    {
        var needs = RuntimeGlobals.HasOwnProperty | RuntimeGlobals.ModuleFactories;
        if ((requirements & RuntimeGlobals.EnsureChunkHandlers) != 0)
            needs |= RuntimeGlobals.GetChunkScriptFilename;
        return needs;
    }

    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context)
    {
        var requirements = context.Chunk?.RuntimeRequirements ?? RuntimeGlobals.None;
        bool Has(RuntimeGlobals global) => (requirements & global) != 0;
        var text = Sections(template, section => section switch
        {
            "ENSURE" => Has(RuntimeGlobals.EnsureChunkHandlers),
            "ONCHUNKS" => Has(RuntimeGlobals.OnChunksLoaded),
            "EXTERNAL" => Has(RuntimeGlobals.ExternalInstallChunk),
            _ => false,
        });
        var undo = context.Chunk is null ? "" : ChunkLoading.UndoPath(ChunkLoading.RuntimeFile(context.Chunk));
        return text
            .Replace("$INSTALLED_CHUNKS$", context.Chunk is null ? "" : ChunkLoading.InstalledChunks(context.Chunk, "1"), StringComparison.Ordinal)
            .Replace("$HAS_JS_MATCHER$", "true", StringComparison.Ordinal)
            .Replace("$ROOT_OUTPUT_DIR$", CodeGenerationContext.JsonString(undo.Length == 0 ? "./" : undo), StringComparison.Ordinal)
            .Replace("$INSTALL_ON_CHUNKS$", Has(RuntimeGlobals.OnChunksLoaded) ? "\t__webpack_require__.O();" : "", StringComparison.Ordinal);
    }
}
