// Creates the built-in plugins a configuration names by webpack's names (DefinePlugin,
// IgnorePlugin, optimize.LimitChunkCountPlugin…), without reflection: the native CLI is compiled
// ahead of time and cannot construct a type it finds by name. Each takes its options (a JsonNode)
// and, where its options may hold functions, the configuration's function host.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Options;
using Sharpack.Plugins.Optimize;

namespace Sharpack.Plugins.Builtin;

/// <summary>The built-in plugins by .NET type name.</summary>
public static class BuiltinPluginFactory
{
    private static readonly Dictionary<string, Func<JsonNode?, IJsFunctionHost?, IPlugin>> s_factories = new(StringComparer.Ordinal)
    {
        ["Sharpack.Plugins.Builtin.BannerPlugin"] = static (options, functions) => new BannerPlugin(options, functions),
        ["Sharpack.Plugins.Builtin.ContextExclusionPlugin"] = static (options, _) => new ContextExclusionPlugin(options),
        ["Sharpack.Plugins.Builtin.ContextReplacementPlugin"] = static (options, functions) => new ContextReplacementPlugin(options, functions),
        ["Sharpack.Plugins.Builtin.DefinePlugin"] = static (options, functions) => new DefinePlugin(options, functions),
        ["Sharpack.Plugins.Builtin.DeterministicModuleIdsPlugin"] = static (options, functions) => new DeterministicModuleIdsPlugin(options, functions),
        ["Sharpack.Plugins.Builtin.DotenvPlugin"] = static (options, _) => new DotenvPlugin(options),
        ["Sharpack.Plugins.Builtin.EnvironmentPlugin"] = static (options, _) => new EnvironmentPlugin(options),
        ["Sharpack.Plugins.Builtin.HashedModuleIdsPlugin"] = static (options, _) => new HashedModuleIdsPlugin(options),
        ["Sharpack.Plugins.Builtin.IgnorePlugin"] = static (options, functions) => new IgnorePlugin(options, functions),
        ["Sharpack.Plugins.Builtin.NormalModuleReplacementPlugin"] = static (options, functions) => new NormalModuleReplacementPlugin(options, functions),
        ["Sharpack.Plugins.Builtin.ProgressPlugin"] = static (options, functions) => new ProgressPlugin(options, functions),
        ["Sharpack.Plugins.Builtin.ProvidePlugin"] = static (options, _) => new ProvidePlugin(options),
        ["Sharpack.Plugins.Hmr.HotModuleReplacementPlugin"] = static (_, _) => new Hmr.HotModuleReplacementPlugin(),
        ["Sharpack.Plugins.Optimize.AggressiveMergingPlugin"] = static (options, _) => new AggressiveMergingPlugin(options),
        ["Sharpack.Plugins.Optimize.LimitChunkCountPlugin"] = static (options, _) => new LimitChunkCountPlugin(options),
        ["Sharpack.Plugins.Optimize.ModuleConcatenationPlugin"] = static (_, _) => new ModuleConcatenationPlugin(),
        ["Sharpack.Plugins.Optimize.MinChunkSizePlugin"] = static (options, _) => new MinChunkSizePlugin(options),
        ["Sharpack.Plugins.Optimize.SplitChunksPlugin"] = static (options, functions) => new SplitChunksPlugin(options, functions),
        ["Sharpack.Plugins.Devtool.SourceMapDevToolPlugin"] = static (options, functions) => new Devtool.SourceMapDevToolPlugin(options, functions),
        ["Sharpack.Plugins.Devtool.EvalSourceMapDevToolPlugin"] = static (options, functions) => new Devtool.EvalSourceMapDevToolPlugin(options, functions),
        ["Sharpack.Plugins.Devtool.EvalDevToolModulePlugin"] = static (options, functions) => Devtool.EvalDevToolModulePlugin.FromOptions(options),
        ["Sharpack.Plugins.Minify.TerserPlugin"] = static (options, functions) => new Minify.TerserPlugin(options, functions),
        ["Sharpack.Plugins.Federation.ModuleFederationPlugin"] = static (options, _) => new Federation.ModuleFederationPlugin(options),
        ["Sharpack.Plugins.Federation.ContainerPlugin"] = static (options, _) => new Federation.ContainerPlugin(options),
        ["Sharpack.Plugins.Federation.ContainerReferencePlugin"] = static (options, _) => new Federation.ContainerReferencePlugin(options),
        ["Sharpack.Plugins.Federation.SharePlugin"] = static (options, _) => new Federation.SharePlugin(options),
        ["Sharpack.Plugins.Federation.ConsumeSharedPlugin"] = static (options, _) => new Federation.ConsumeSharedPlugin(options),
        ["Sharpack.Plugins.Federation.ProvideSharedPlugin"] = static (options, _) => new Federation.ProvideSharedPlugin(options),
        ["Sharpack.Plugins.Ids.NaturalModuleIdsPlugin"] = static (_, _) => new Ids.NaturalModuleIdsPlugin(),
        ["Sharpack.Plugins.Ids.NamedModuleIdsPlugin"] = static (options, _) => Ids.IdPluginOptions.WithoutOptions(new Ids.NamedModuleIdsPlugin(), options, "Named Module Ids Plugin", "context"),
        ["Sharpack.Plugins.Ids.OccurrenceModuleIdsPlugin"] = static (options, _) => new Ids.OccurrenceModuleIdsPlugin(Ids.IdPluginOptions.PrioritiseInitial(options, "Occurrence Order Module Ids Plugin")),
        ["Sharpack.Plugins.Ids.NaturalChunkIdsPlugin"] = static (_, _) => new Ids.NaturalChunkIdsPlugin(),
        ["Sharpack.Plugins.Ids.NamedChunkIdsPlugin"] = static (options, _) => Ids.IdPluginOptions.WithoutOptions(new Ids.NamedChunkIdsPlugin(), options, "Named Chunk Ids Plugin", "context", "delimiter"),
        ["Sharpack.Plugins.Ids.DeterministicChunkIdsPlugin"] = static (options, _) => Ids.IdPluginOptions.WithoutOptions(new Ids.DeterministicChunkIdsPlugin(), options, "Deterministic Chunk Ids Plugin", "context", "maxLength"),
        ["Sharpack.Plugins.Ids.OccurrenceChunkIdsPlugin"] = static (options, _) => new Ids.OccurrenceChunkIdsPlugin(Ids.IdPluginOptions.PrioritiseInitial(options, "Occurrence Order Chunk Ids Plugin")),
    };

    /// <summary>Whether <paramref name="typeName"/> (a full .NET type name) is a built-in plugin.</summary>
    public static bool Has(string typeName) => s_factories.ContainsKey(typeName);

    /// <summary>
    /// A new instance of the built-in plugin whose full type name is <paramref name="typeName"/>,
    /// or null when no built-in plugin has that name. A plugin's constructor throws
    /// <see cref="ArgumentException"/> for invalid options.
    /// </summary>
    public static IPlugin? Create(string typeName, JsonNode? options, IJsFunctionHost? functions) =>
        s_factories.TryGetValue(typeName, out var create) ? create(options, functions) : null;
}
