// Follows webpack lib/runtime/AutoPublicPathRuntimeModule.js: with `publicPath: "auto"` the
// public path is the directory of the script that runs the runtime (document.currentScript, the
// last script tag, or a worker's location), then back up to output.path.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary><c>__webpack_require__.p</c> for <c>publicPath: "auto"</c> in a browser.</summary>
/// <param name="requires">What it reads: <c>__webpack_require__.g</c>, unless the environment has globalThis or the script is a module.</param>
public sealed class AutoPublicPathRuntimeModule(RuntimeGlobals requires) : TemplatedRuntimeModule("publicPath", "auto_public_path", requires)
{
    /// <inheritdoc />
    public override string Generate(RuntimeTemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The build-time chunk (this.importModule) has no script URL and sits at the output root:
        // URLs resolve against the importModule baseUri.
        return context.BuildTimeExecution ? "__webpack_require__.p = \"\";" : base.Generate(context);
    }

    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context)
    {
        var undo = context.Chunk is null ? "" : ChunkLoading.UndoPath(ChunkLoading.RuntimeFile(context.Chunk), context.Options.Output.Path);
        if (context.Options.Output.ScriptType == "module")
        {
            // A module script knows its own URL (webpack's fromImportMeta), read through output.importMetaName.
            var importMeta = context.Options.Output.ImportMetaName;
            template = $"var scriptUrl;\nif (typeof {importMeta}.url === \"string\") scriptUrl = {importMeta}.url\n"
                + template[template.IndexOf("// When supporting", StringComparison.Ordinal)..];
        }
        // webpack: with globalThis in the environment the global object is read directly, without `.g`.
        if (context.Options.Output.Environment.GlobalThis)
            template = template.Replace("__webpack_require__.g.", "globalThis.", StringComparison.Ordinal);
        return template.Replace("$UNDO_PATH$", undo.Length == 0 ? "" : " + " + CodeGenerationContext.JsonString(undo), StringComparison.Ordinal);
    }
}
