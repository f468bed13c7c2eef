// Follows webpack lib/runtime/GetChunkFilenameRuntimeModule.js: `__webpack_require__.u(chunkId)`,
// the file of an async chunk relative to the public path. A template that only varies by [id]
// is written as a concatenation; anything else (names, content hashes) as a map of the chunks
// this runtime can load.

using System.Text;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary><c>__webpack_require__.u</c>.</summary>
public sealed class GetChunkFilenameRuntimeModule() : RuntimeModule
{
    /// <inheritdoc />
    public override string Name => "webpack/runtime/get javascript chunk filename";

    /// <inheritdoc />
    public override bool DependsOnHashes => true;

    /// <inheritdoc />
    /// <remarks>webpack's shouldIsolate() false: one statement in the runtime's scope.</remarks>
    public override bool ShouldIsolate => false;

    /// <inheritdoc />
    public override string Generate(RuntimeTemplateContext context)
    {
        var template = context.Options.Output.ChunkFilename;
        var chunks = context.Chunk is null ? [] : ChunkLoading.AsyncChunks(context.Chunk);
        // webpack: the workers started here are named too (the last chunk of each async entrypoint).
        var workers = false;
        var initialWorker = false;
        if (context.Chunk is not null)
        {
            foreach (var entrypoint in context.Chunk.AllReferencedAsyncEntrypoints())
            {
                if (entrypoint.Chunks.Count > 0 && !chunks.Contains(entrypoint.Chunks[^1]))
                {
                    chunks.Add(entrypoint.Chunks[^1]);
                    workers = true;
                    initialWorker |= entrypoint.Chunks[^1].IsInitial;
                }
            }
        }
        var builder = new StringBuilder("// This function allow to reference async chunks\n__webpack_require__.u = (chunkId) => {\n\t// return url for filenames based on template\n");
        var id = template.IndexOf("[id]", StringComparison.Ordinal);
        // A chunkFilename function answers per chunk: always the map of the names it gave.
        var onlyId = id >= 0 && template.IndexOf('[', id + 4) < 0 && template.IndexOf('[') == id && context.Options.Output.ChunkFilenameFunction is null
            && !HasOwnFilename(chunks) && !initialWorker
            && !(workers && (context.Options.Output.WorkerChunkFilenameFunction is not null
                || (context.Options.Output.WorkerChunkFilename is { } workerTemplate && workerTemplate != template)));
        if (onlyId)
        {
            builder.Append("\treturn ").Append(CodeGenerationContext.JsonString(template[..id])).Append(" + chunkId + ")
                .Append(CodeGenerationContext.JsonString(template[(id + 4)..])).Append(";\n};");
            return builder.ToString();
        }
        builder.Append("\treturn {");
        for (var i = 0; i < chunks.Count; i++)
        {
            if (i > 0) builder.Append(',');
            builder.Append(CodeGenerationContext.JsonString(chunks[i].Id)).Append(':')
                .Append(CodeGenerationContext.JsonString(chunks[i].Files.Count > 0 ? chunks[i].Files[0] : chunks[i].Id + ".js"));
        }
        builder.Append("}[chunkId];\n};");
        return builder.ToString();
    }

    // A chunk with its own filename (a split chunk's cache group filename) is not named by chunkFilename.
    private static bool HasOwnFilename(IReadOnlyList<Sharpack.Core.ChunkGraph.Chunk> chunks)
    {
        foreach (var chunk in chunks)
        {
            if (chunk.FilenameTemplate is not null || chunk.FilenameFunction is not null) return true;
        }
        return false;
    }
}
