// The options of webpack.ids' plugins when a JavaScript configuration makes them by name:
// OccurrenceModuleIdsPlugin and OccurrenceChunkIdsPlugin take `{ prioritiseInitial? }` (webpack's
// default false); NamedModuleIdsPlugin's `context`, NamedChunkIdsPlugin's `context` and
// `delimiter` and DeterministicChunkIdsPlugin's `context` and `maxLength` are not implemented yet,
// so setting one is an error that names it.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Plugins.Builtin;

namespace Sharpack.Plugins.Ids;

/// <summary>Reads the options of the id plugins made by name.</summary>
internal static class IdPluginOptions
{
    /// <summary><c>options.prioritiseInitial</c> (false when absent), webpack's schema checked.</summary>
    public static bool PrioritiseInitial(JsonNode? options, string title)
    {
        if (options is null)
            return false;
        if (options is not JsonObject obj)
            throw BuiltinOptions.Invalid(title, "options should be an object.");
        BuiltinOptions.CheckKeys(obj, title, "prioritiseInitial");
        return BuiltinOptions.Bool(obj["prioritiseInitial"], title, "options.prioritiseInitial") ?? false;
    }

    /// <summary><paramref name="plugin"/>, when <paramref name="options"/> sets none of the <paramref name="unsupported"/> options it knows.</summary>
    public static IPlugin WithoutOptions(IPlugin plugin, JsonNode? options, string title, params string[] unsupported)
    {
        if (options is null)
            return plugin;
        if (options is not JsonObject obj)
            throw BuiltinOptions.Invalid(title, "options should be an object.");
        BuiltinOptions.CheckKeys(obj, title, unsupported);
        foreach (var (key, _) in obj)
            throw BuiltinOptions.Invalid(title, $"options.{key} is not implemented by sharpack yet, and the ids would not be what it asks for.");
        return plugin;
    }
}
