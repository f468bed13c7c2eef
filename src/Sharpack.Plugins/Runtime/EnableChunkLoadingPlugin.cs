// Follows webpack lib/javascript/EnableChunkLoadingPlugin.js: output.enabledChunkLoadingTypes
// applies one of these per type, once per compiler; each applies the plugin of its type, which
// answers only for the runtime chunks whose entries load chunks that way. A plugin bringing its
// own type calls SetEnabled; an entry naming a type no one enabled is an error (CheckEnabled).

using Sharpack.Core;

namespace Sharpack.Plugins.Runtime;

/// <summary>Enables one chunk loading type.</summary>
public sealed class EnableChunkLoadingPlugin(string type) : IPlugin
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compiler, HashSet<string>> s_enabled = [];

    /// <summary>The built-in chunk loading types.</summary>
    public static IReadOnlyList<string> BuiltinTypes { get; } = ["jsonp", "import-scripts", "require", "async-node", "import"];

    private static HashSet<string> Enabled(Compiler compiler) => s_enabled.GetValue(compiler, static _ => new HashSet<string>(StringComparer.Ordinal));

    /// <summary>Marks <paramref name="chunkLoading"/> as provided by a plugin of one's own.</summary>
    public static void SetEnabled(Compiler compiler, string chunkLoading) => Enabled(compiler).Add(chunkLoading);

    /// <summary>Throws unless <paramref name="chunkLoading"/> is enabled on <paramref name="compiler"/>.</summary>
    public static void CheckEnabled(Compiler compiler, string chunkLoading)
    {
        var enabled = Enabled(compiler);
        if (!enabled.Contains(chunkLoading))
        {
            throw new InvalidOperationException(
                $"Chunk loading type \"{chunkLoading}\" is not enabled. EnableChunkLoadingPlugin need to be used to enable this type of chunk loading. " +
                "This usually happens through the \"output.enabledChunkLoadingTypes\" option. " +
                $"These types are enabled: {string.Join(", ", enabled)}");
        }
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        if (!Enabled(compiler).Add(type))
            return;
        IPlugin plugin = type switch
        {
            "jsonp" => new JsonpChunkLoadingPlugin(),
            "import-scripts" => new ImportScriptsChunkLoadingPlugin(),
            "require" or "async-node" => new CommonJsChunkLoadingPlugin(type),
            "import" => new ModuleChunkLoadingPlugin(),
            _ => throw new InvalidOperationException(
                $"Unsupported chunk loading type {type}.\nPlugins which provide custom chunk loading types must call EnableChunkLoadingPlugin.SetEnabled(compiler, type) to disable this error."),
        };
        plugin.Apply(compiler);
    }
}
