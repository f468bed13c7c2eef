// webpack's pathData, as JSON, for the configuration functions that receive it (output.filename,
// output.chunkFilename, BannerPlugin's banner): what JSON can carry of a Chunk — its id (a number
// when it is one, as webpack's ids are), ids, name and runtime — and the compilation's hash. A
// chunk's own hashes are known only once it is rendered, so [contenthash] in the answer, not the
// function, gives them.

using System.Globalization;
using System.Text.Json.Nodes;
using Sharpack.Core.ChunkGraph;

namespace Sharpack.Core.Seal;

/// <summary>Builds webpack's <c>pathData</c> objects for JavaScript functions.</summary>
public static class PathData
{
    /// <summary>The chunk as a JavaScript function sees it: <c>{ id, ids, name, runtime }</c>.</summary>
    public static JsonObject Chunk(Chunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        JsonNode id = long.TryParse(chunk.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number.ToString(CultureInfo.InvariantCulture) == chunk.Id
            ? JsonValue.Create(number)
            : JsonValue.Create(chunk.Id);
        return new JsonObject
        {
            ["id"] = id,
            ["ids"] = new JsonArray(id.DeepClone()),
            ["name"] = chunk.Name,
            ["runtime"] = chunk.Runtime?.ToString(),
        };
    }

    /// <summary>webpack's pathData for a chunk's file: <c>{ chunk, hash, runtime, contentHashType: "javascript" }</c>, plus <paramref name="filename"/> when given.</summary>
    public static JsonObject ForChunk(Chunk chunk, string fullHash, string? filename = null)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var data = new JsonObject
        {
            ["chunk"] = Chunk(chunk),
            ["hash"] = fullHash,
            ["runtime"] = chunk.Runtime?.ToString(),
            ["contentHashType"] = "javascript",
        };
        if (filename is not null)
            data["filename"] = filename;
        return data;
    }
}
