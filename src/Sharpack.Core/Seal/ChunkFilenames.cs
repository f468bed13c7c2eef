// What names a chunk's javascript file (webpack's JavascriptModulesPlugin.getChunkFilenameTemplate):
// its own template or function (a split chunk's cache group filename, an entry's filename), else a
// worker's output.workerChunkFilename, else output.filename for initial chunks and
// output.chunkFilename for the rest. A function is asked once per chunk, as webpack's
// TemplatedPathPlugin calls it with (pathData, assetInfo), and its answer is filled in as a template.

using System.Text.Json.Nodes;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Options;

namespace Sharpack.Core.Seal;

/// <summary>The filename template of a chunk's javascript file.</summary>
public static class ChunkFilenames
{
    /// <summary>The function naming <paramref name="chunk"/>'s file, or null when a template names it.</summary>
    public static JsFunction? Function(Compilation compilation, Chunk chunk)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(chunk);
        if (chunk.FilenameTemplate is not null)
            return null;
        var output = compilation.Options.Output;
        // webpack: a worker's entry chunk is named by output.workerChunkFilename (chunkFilename by default).
        var worker = chunk.FilenameFunction is null && chunk.GetEntryOptions() is { Worker: true };
        if (worker && output.WorkerChunkFilename is not null)
            return null;
        return worker && output.WorkerChunkFilenameFunction is { } workerFunction
            ? workerFunction
            : chunk.FilenameFunction ?? (chunk.IsInitial ? output.FilenameFunction : output.ChunkFilenameFunction);
    }

    /// <summary>The template naming <paramref name="chunk"/>'s file; a function is asked for it (<see cref="JsFunctionException"/> when it fails).</summary>
    public static string Template(Compilation compilation, Chunk chunk)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(chunk);
        if (chunk.FilenameTemplate is { } own)
            return own;
        if (Function(compilation, chunk) is { } function)
        {
            // Before the chunk is rendered its content hashes are not known: the function sees none.
            var data = PathData.ForChunk(chunk, compilation.Hash);
            ((JsonObject)data["chunk"]!)["contentHash"] = new JsonObject();
            return Answer(function, chunk, function.Call(data, new JsonObject()));
        }
        var output = compilation.Options.Output;
        if (chunk.FilenameFunction is null && chunk.GetEntryOptions() is { Worker: true } && output.WorkerChunkFilename is { } workerTemplate)
            return workerTemplate;
        return chunk.IsInitial ? output.Filename : output.ChunkFilename;
    }

    /// <summary>
    /// The template naming <paramref name="chunk"/>'s file once it is rendered: a function is asked again with the
    /// chunk's hashes (its javascript content hash <paramref name="contentHash"/>), as webpack asks it at render time.
    /// </summary>
    public static string TemplateAfterRender(Compilation compilation, Chunk chunk, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(chunk);
        if (chunk.FilenameTemplate is not null || Function(compilation, chunk) is not { } function)
            return Template(compilation, chunk);
        var data = PathData.ForChunk(chunk, compilation.Hash);
        var described = (JsonObject)data["chunk"]!;
        described["hash"] = chunk.Hash;
        described["renderedHash"] = chunk.RenderedHash;
        described["contentHash"] = new JsonObject { ["javascript"] = contentHash };
        data["contentHash"] = contentHash;
        return Answer(function, chunk, function.Call(data, new JsonObject()));
    }

    /// <summary>
    /// What <paramref name="function"/> answers for <paramref name="chunk"/> when every hash reads as
    /// <paramref name="hash"/> and the chunk carries a javascript content hash or, with <paramref name="present"/>
    /// false, none: two such calls that disagree mean the name depends on a hash (webpack's hash probes).
    /// </summary>
    public static string Call(JsFunction function, Chunk chunk, string hash, bool present)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(chunk);
        var data = PathData.ForChunk(chunk, hash);
        var probe = (JsonObject)data["chunk"]!;
        probe["hash"] = hash;
        probe["renderedHash"] = hash;
        probe["contentHash"] = present ? new JsonObject { ["javascript"] = hash } : new JsonObject();
        data["contentHash"] = hash;
        return Answer(function, chunk, function.Call(data, new JsonObject()));
    }

    /// <summary>
    /// What <paramref name="function"/> (<c>output.cssFilename</c> or <c>cssChunkFilename</c>, or a
    /// plugin's: mini-css-extract-plugin's filename) names <paramref name="chunk"/>'s stylesheet of
    /// <paramref name="contentHashType"/> (<c>css</c>, <c>css/mini-extract</c>), asked once its content
    /// hash <paramref name="contentHash"/> is known.
    /// </summary>
    public static string CssTemplate(Compilation compilation, Chunk chunk, JsFunction function, string contentHash, string contentHashType)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(chunk);
        ArgumentNullException.ThrowIfNull(function);
        var data = PathData.ForChunk(chunk, compilation.Hash);
        var described = (JsonObject)data["chunk"]!;
        described["hash"] = chunk.Hash;
        described["renderedHash"] = chunk.RenderedHash;
        described["contentHash"] = new JsonObject { [contentHashType] = contentHash };
        data["contentHash"] = contentHash;
        data["contentHashType"] = contentHashType;
        return Answer(function, chunk, function.Call(data, new JsonObject()));
    }

    private static string Answer(JsFunction function, Chunk chunk, JsonNode? answer)
    {
        if (answer is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } template)
            return template;
        throw JsFunctionException.Failed(function.OptionPath, $"returned {answer?.ToJsonString() ?? "undefined"} for the chunk {chunk.Id}; it should return a non-empty string (a filename template).");
    }
}
