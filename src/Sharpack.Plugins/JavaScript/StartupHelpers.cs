// Follows webpack lib/javascript/StartupHelpers.js and ChunkFormatHelpers.js: what the chunk
// formats share for an entry chunk's startup: the entrypoint's runtime chunk, the relative
// request from one chunk file to another, the id arrays of chunks to wait for, and the installs
// of chunks a CommonJS or ES module chunk loads itself.

using System.Text;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Sources;

namespace Sharpack.Plugins.JavaScript;

/// <summary>Helpers for the chunk formats' startups.</summary>
public static class StartupHelpers
{
    /// <summary>The runtime chunk of the first entrypoint <paramref name="chunk"/> belongs to, or null.</summary>
    public static Chunk? RuntimeChunkOf(Chunk chunk)
    {
        foreach (var group in chunk.Groups)
        {
            if (group.IsEntrypoint && group.RuntimeChunk is { } runtime) return runtime;
        }
        return null;
    }

    /// <summary>
    /// The module id an entry helper hands <c>__webpack_require__</c>: assigned to
    /// <c>__webpack_require__.s</c> only where a reader (<c>require.main</c>, <c>import.meta.main</c>)
    /// asked the chunk's runtime for it (webpack's entryModuleIdExpression; a chunk without the
    /// runtime has no tree requirements, so never there).
    /// </summary>
    public static string EntryModuleIdExpression(Chunk chunk, string moduleId) =>
        chunk.HasRuntime && chunk.RuntimeRequirements.HasAny(Core.Runtime.RuntimeGlobals.EntryModuleId) ? "__webpack_require__.s = " + moduleId : moduleId;

    /// <summary>webpack's <c>var __webpack_exec__ = …</c> line of an entry chunk's startup.</summary>
    public static string ExecLine(Chunk chunk, bool arrows) => arrows
        ? $"var __webpack_exec__ = (moduleId) => (__webpack_require__({EntryModuleIdExpression(chunk, "moduleId")}))\n"
        : $"var __webpack_exec__ = function(moduleId) {{ return __webpack_require__({EntryModuleIdExpression(chunk, "moduleId")}); }}\n";

    /// <summary>The entry modules of <paramref name="chunk"/> that write JavaScript (an asset entry has nothing to run).</summary>
    public static List<Module> JavaScriptEntries(Chunk chunk)
    {
        var entries = new List<Module>(chunk.EntryModules.Count);
        foreach (var entry in chunk.EntryModules)
        {
            if (entry.HasSourceType("javascript"))
                entries.Add(entry);
        }
        return entries;
    }

    /// <summary>
    /// webpack's generateEntryStartup for a chunk without the runtime: its JavaScript entries run
    /// through <c>__webpack_exec__</c>, in one expression whose value is the exports; where
    /// <paramref name="waitFor"/> names chunks, passively once they are loaded
    /// (<c>__webpack_require__.O</c>). Nothing when no entry writes JavaScript.
    /// </summary>
    public static string EntryStartup(Chunk chunk, List<Chunk> waitFor, bool arrows)
    {
        var entries = JavaScriptEntries(chunk);
        if (entries.Count == 0)
            return "";
        var runs = new StringBuilder();
        foreach (var entry in entries)
        {
            if (runs.Length > 0) runs.Append(", ");
            runs.Append("__webpack_exec__(").Append(CodeGenerationContext.IdLiteral(entry.Id)).Append(')');
        }
        if (waitFor.Count == 0)
            return $"var __webpack_exports__ = ({runs});\n";
        return $"__webpack_require__.O(0, {IdArray(waitFor)}, {Runtime.FunctionSyntax.Returning(runs.ToString(), arrows)});\nvar __webpack_exports__ = __webpack_require__.O();\n";
    }

    /// <summary>The chunks' ids as a JavaScript array: <c>[1, "a"]</c>.</summary>
    public static string IdArray(List<Chunk> chunks)
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < chunks.Count; i++)
        {
            if (i > 0) builder.Append(", ");
            builder.Append(CodeGenerationContext.IdLiteral(chunks[i].Id));
        }
        return builder.Append(']').ToString();
    }

    /// <summary>
    /// CommonJS and ES module chunks install the entrypoint's other chunks themselves before the
    /// entries run (webpack loads them through StartupChunkDependencies): a require or an import
    /// of each file, handed to the runtime with <c>__webpack_require__.C</c>.
    /// </summary>
    public static void AddStartupInstalls(ConcatSource output, Chunk chunk, List<Chunk> dependencies, bool esm)
    {
        for (var i = 0; i < dependencies.Count; i++)
        {
            var request = CodeGenerationContext.JsonString(RelativeRequest(chunk, dependencies[i]));
            if (!esm)
            {
                // An entry chunk (a dependOn entry's) installs itself and runs its startup when
                // required, and exports its entry's exports, not the chunk: require it only.
                output.Add(dependencies[i].EntryModules.Count > 0 ? $"require({request});\n" : $"__webpack_require__.C(require({request}));\n");
            }
            else
            {
                output.Add($"import * as __webpack_chunk_{i}__ from {request};\n");
                output.Add($"__webpack_require__.C(__webpack_chunk_{i}__);\n");
            }
        }
    }

    /// <summary>
    /// Follows webpack's getRelativePath (ModuleChunkFormatPlugin, and the same steps in
    /// CommonJsChunkFormatPlugin): both file names without leading slashes, split at "/", their
    /// common directories dropped, then getUndoPath of what is left of the importing file's name.
    /// A file name is output.path-relative even when it starts with "/" (an entry named "/three").
    /// </summary>
    public static string RelativeRequest(Chunk from, Chunk to) => RelativeRequest(from.Files[0], to.Files[0]);

    /// <summary>As <see cref="RelativeRequest(Chunk, Chunk)"/>, for two file names.</summary>
    public static string RelativeRequest(string fromFile, string toFile)
    {
        var baseParts = new List<string>(fromFile.TrimStart('/').Split('/'));
        var targetParts = new List<string>(toFile.TrimStart('/').Split('/'));
        while (baseParts.Count > 1 && targetParts.Count > 1 && baseParts[0] == targetParts[0])
        {
            baseParts.RemoveAt(0);
            targetParts.RemoveAt(0);
        }
        var last = string.Join('/', targetParts);
        return Core.Seal.UndoPath.Of(string.Join('/', baseParts), last, enforceRelative: true) + last;
    }
}
