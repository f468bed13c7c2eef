// Applies the built-in plugins to a compiler, as webpack's WebpackOptionsApply does.

using Sharpack.Core;
using Sharpack.Plugins.JavaScript;
using Sharpack.Plugins.Runtime;

namespace Sharpack.Plugins;

/// <summary>The built-in plugins.</summary>
public static class SharpackPlugins
{
    /// <summary>
    /// Creates a compiler for <paramref name="options"/> as webpack's createCompiler does: the
    /// configuration's plugins (<see cref="Core.Options.SharpackOptions.Plugins"/>, then
    /// <paramref name="plugins"/>) first, then the environment hooks, the built-in plugins, and
    /// the afterPlugins, afterResolvers and initialize hooks.
    /// </summary>
    public static Compiler CreateCompiler(Core.Options.SharpackOptions options, IEnumerable<IPlugin>? plugins = null)
    {
        var compiler = new Compiler(options);
        foreach (var plugin in options.Plugins)
            plugin.Apply(compiler);
        if (plugins is not null)
        {
            foreach (var plugin in plugins)
                plugin.Apply(compiler);
        }
        compiler.Hooks.Environment.Call();
        compiler.Hooks.AfterEnvironment.Call();
        compiler.Hooks.EntryOption.Call(options.Context, options.Entries);
        if (options.Dotenv is { } dotenv)
            new Builtin.DotenvPlugin(dotenv).Apply(compiler);
        // webpack's externalsPresets.node, which target "node" sets.
        if (options.Target.IsNode)
            new Externals.NodeTargetPlugin().Apply(compiler);
        JavascriptModulesPlugin.Apply(compiler);
        RuntimePlugin.Apply(compiler);
        new InferAsyncModulesPlugin().Apply(compiler);
        IPlugin? moduleIds = options.Optimization.ModuleIds switch
        {
            "named" => new Ids.NamedModuleIdsPlugin(),
            "deterministic" => new Builtin.DeterministicModuleIdsPlugin(),
            "natural" => new Ids.NaturalModuleIdsPlugin(),
            _ => null,
        };
        moduleIds?.Apply(compiler);
        IPlugin? chunkIds = options.Optimization.ChunkIds switch
        {
            "named" => new Ids.NamedChunkIdsPlugin(),
            "deterministic" => new Ids.DeterministicChunkIdsPlugin(),
            "natural" => new Ids.NaturalChunkIdsPlugin(),
            _ => null,
        };
        chunkIds?.Apply(compiler);
        if (options.Optimization.ProvidedExports)
            new Optimize.FlagDependencyExportsPlugin().Apply(compiler);
        if (options.Optimization.UsedExports != Core.Options.UsedExportsMode.Off)
            new Optimize.FlagDependencyUsagePlugin(global: options.Optimization.UsedExports == Core.Options.UsedExportsMode.Global).Apply(compiler);
        compiler.Hooks.AfterPlugins.Call(compiler);
        compiler.Hooks.AfterResolvers.Call(compiler);
        compiler.Hooks.Initialize.Call();
        return compiler;
    }
}
