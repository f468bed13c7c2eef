// What the chunk loading runtime modules share: the chunks a runtime may load, the ids it starts
// with as installed, and the path from the runtime chunk's file back to output.path.

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;

namespace Sharpack.Plugins.Runtime;

internal static class ChunkLoading
{
    /// <summary>
    /// The installed-chunks map's entries: the runtime chunk itself (webpack's getInitialChunkIds
    /// also lists initial chunks without JavaScript, which we do not produce).
    /// </summary>
    public static string InstalledChunks(Chunk chunk, string value) =>
        "\t" + CodeGenerationContext.JsonString(chunk.Id) + ": " + value;

    /// <summary>Async chunks (loaded through <c>__webpack_require__.e</c>) in the runtime's tree.</summary>
    public static List<Chunk> AsyncChunks(Chunk runtimeChunk)
    {
        var result = new List<Chunk>();
        foreach (var chunk in runtimeChunk.AllReferencedChunks())
        {
            if (!chunk.IsInitial) result.Add(chunk);
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return result;
    }

    /// <summary>webpack's getUndoPath: "../" per directory of <paramref name="file"/>, so paths resolve from output.path.</summary>
    public static string UndoPath(string file)
    {
        var depth = 0;
        foreach (var c in file)
        {
            if (c == '/') depth++;
        }
        return depth == 0 ? "" : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>The runtime chunk's output file, relative to output.path (it is named before its runtime modules render).</summary>
    public static string RuntimeFile(Chunk chunk) => chunk.Files.Count > 0 ? chunk.Files[0] : "";
}
