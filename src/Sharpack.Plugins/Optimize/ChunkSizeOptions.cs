// The options webpack's chunk-merging plugins share (chunkOverhead, entryChunkMultiplicator),
// read from a configuration's plugin options with webpack's schema wording.

using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Plugins.Builtin;

namespace Sharpack.Plugins.Optimize;

internal static class ChunkSizeOptions
{
    public static double? Number(JsonObject options, string key, string title, double? minimum = null)
    {
        var node = options[key];
        if (node is null)
            return null;
        if (BuiltinOptions.Kind(node) != JsonValueKind.Number)
            throw BuiltinOptions.Invalid(title, $"options.{key} should be a number.");
        var value = node.GetValue<double>();
        if (minimum is { } min && value < min)
            throw BuiltinOptions.Invalid(title, $"options.{key} should be >= {min}.");
        return value;
    }

    public static JsonObject Object(JsonNode? options, string title, params string[] keys)
    {
        if (options is not JsonObject obj)
            throw BuiltinOptions.Invalid(title, "options should be an object.");
        BuiltinOptions.CheckKeys(obj, title, keys);
        return obj;
    }
}
