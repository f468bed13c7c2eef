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
        if (options.RecordsInputPath is not null || options.RecordsOutputPath is not null)
            new Ids.RecordIdsPlugin(options.RecordsInputPath, options.RecordsOutputPath).Apply(compiler);
        if (options.Dotenv is { } dotenv)
            new Builtin.DotenvPlugin(dotenv).Apply(compiler);
        if (options.IgnoreWarnings.Count > 0)
            new Builtin.IgnoreWarningsPlugin(options.IgnoreWarnings).Apply(compiler);
        // webpack's WebpackOptionsApply: the externals option answers before the presets' externals.
        if (options.Externals is { } externals)
            new Externals.ExternalsPlugin(options.ExternalsType, externals, options.ExternalsFunctions).Apply(compiler);
        // webpack's externalsPresets, which the targets set.
        if (options.Target.NodeExternals)
            new Externals.NodeTargetPlugin().Apply(compiler);
        if (options.Target.ElectronExternals)
        {
            // ES imports of Electron's modules stay ES imports where the output and the target are ES modules.
            var moduleImport = options.Output.Module && options.Output.Environment.Module;
            foreach (var context in options.Target.ElectronContexts)
                new Externals.ElectronTargetPlugin(context, moduleImport).Apply(compiler);
            if (options.Target.ElectronContexts.Count == 0)
                new Externals.ElectronTargetPlugin(null, moduleImport).Apply(compiler);
        }
        if (options.NodeModulesExternals is { } nodeModules)
            new Externals.NodeModulesExternalsPlugin(nodeModules, options.ExternalsFunctions).Apply(compiler);
        if (options.Target.DenoExternals)
            new Externals.DenoTargetPlugin().Apply(compiler);
        if (options.Target.BunExternals)
            new Externals.BunTargetPlugin().Apply(compiler);
        if (options.Target.NwjsExternals)
            new Externals.ElectronTargetPlugin("nwjs").Apply(compiler);
        // webpack's externalsPresets.webAsync / web: URL requests are loaded by the environment.
        if (options.Target.WebAsyncExternals || options.Target.WebExternals)
            new Externals.WebUrlExternalsPlugin(options.Target.WebAsyncExternals ? "import" : "module").Apply(compiler);
        JavascriptModulesPlugin.Apply(compiler);
        Assets.AssetModulesPlugin.Apply(compiler);
        Wasm.AsyncWebAssemblyModulesPlugin.Apply(compiler);
        Css.CssModulesPlugin.Apply(compiler);
        Html.HtmlModulesPlugin.Apply(compiler);
        // webpack's WebpackOptionsApply: each devtool (per asset type) is a source-map plugin, or
        // plain "eval" (development's default) the eval devtool plugin.
        foreach (var devtool in options.Devtools)
        {
            if (devtool.IsSourceMap && devtool.IsEval)
                new Devtool.EvalSourceMapDevToolPlugin(Devtool.SourceMapDevToolPlugin.ForDevtool(devtool, options.Output)).Apply(compiler);
            else if (devtool.IsSourceMap)
                new Devtool.SourceMapDevToolPlugin(Devtool.SourceMapDevToolPlugin.ForDevtool(devtool, options.Output)).Apply(compiler);
            else if (devtool.IsEval)
                new Devtool.EvalDevToolModulePlugin(options.Output.DevtoolNamespace ?? options.Output.UniqueName).Apply(compiler);
        }
        RuntimePlugin.Apply(compiler);
        // webpack 5.112: analyzable ES module output fills in the names it could not settle at code generation.
        if (options.Output.Module)
            new AnalyzableChunkHashPlugin().Apply(compiler);
        ApplyChunkFormat(compiler, options.Output.ChunkFormat);
        foreach (var type in EnabledChunkLoadingTypes(options))
            new EnableChunkLoadingPlugin(type).Apply(compiler);
        // webpack's WebpackOptionsApply: output.enabledLibraryTypes after the chunk format and loading.
        foreach (var type in options.Output.EnabledLibraryTypes)
            new Library.EnableLibraryPlugin(type).Apply(compiler);
        if (options.Output.Library is { } library)
            new Library.EnableLibraryPlugin(library.Type).Apply(compiler);
        if (options.Optimization.RuntimeChunk is { } runtimeChunk)
            new Optimize.RuntimeChunkPlugin(runtimeChunk).Apply(compiler);
        new InferAsyncModulesPlugin().Apply(compiler);
        IPlugin? moduleIds = options.Optimization.ModuleIds switch
        {
            "named" => new Ids.NamedModuleIdsPlugin(),
            "deterministic" => new Builtin.DeterministicModuleIdsPlugin(),
            "natural" => new Ids.NaturalModuleIdsPlugin(),
            "size" => new Ids.OccurrenceModuleIdsPlugin(prioritiseInitial: true),
            // Deprecated in webpack 5 (the normalizer warns), still webpack's HashedModuleIdsPlugin with output.hashFunction.
            "hashed" => new Builtin.HashedModuleIdsPlugin(new System.Text.Json.Nodes.JsonObject { ["hashFunction"] = options.Output.HashFunction }),
            _ => null,
        };
        moduleIds?.Apply(compiler);
        IPlugin? chunkIds = options.Optimization.ChunkIds switch
        {
            "named" => new Ids.NamedChunkIdsPlugin(),
            "deterministic" => new Ids.DeterministicChunkIdsPlugin(),
            "natural" => new Ids.NaturalChunkIdsPlugin(),
            "size" => new Ids.OccurrenceChunkIdsPlugin(prioritiseInitial: true),
            "total-size" => new Ids.OccurrenceChunkIdsPlugin(prioritiseInitial: false),
            _ => null,
        };
        chunkIds?.Apply(compiler);
        if (options.Optimization.RemoveAvailableModules)
            new Optimize.RemoveParentModulesPlugin().Apply(compiler);
        if (options.Optimization.RemoveEmptyChunks)
            new Optimize.RemoveEmptyChunksPlugin().Apply(compiler);
        // webpack's WebpackOptionsApply applies it always: modules with a chunk condition (externals) move to entry chunks.
        new Optimize.EnsureChunkConditionsPlugin().Apply(compiler);
        if (options.Optimization.MergeDuplicateChunks)
            new Optimize.MergeDuplicateChunksPlugin().Apply(compiler);
        if (options.Optimization.SplitChunks is { } splitChunks)
        {
            // webpack's default defaultSizeTypes count CSS too when it is built in: a split-off chunk of
            // stylesheets must reach minSize in CSS bytes.
            IReadOnlyList<string>? sizeTypes = options.CssBuiltIn && splitChunks.DefaultSizeTypes is ["javascript", "unknown"] ? ["javascript", "css", "unknown"] : null;
            new Optimize.SplitChunksPlugin(splitChunks, defaultSizeTypes: sizeTypes).Apply(compiler);
        }
        if (options.Optimization.FlagIncludedChunks)
            new Optimize.FlagIncludedChunksPlugin().Apply(compiler);
        if (options.Optimization.RealContentHash)
            new Optimize.RealContentHashPlugin().Apply(compiler);
        if (options.Optimization.ProvidedExports)
            new Optimize.FlagDependencyExportsPlugin().Apply(compiler);
        if (options.Optimization.InnerGraph)
            new InnerGraphPlugin().Apply(compiler);
        if (options.Optimization.SideEffects != Core.Options.SideEffectsMode.Off)
            new Optimize.SideEffectsFlagPlugin().Apply(compiler);
        if (options.Optimization.ConcatenateModules)
            new Optimize.ModuleConcatenationPlugin().Apply(compiler);
        // webpack applies it in production (constant exports of modules outside cycles become
        // values), and wherever performance.circularDependencies asks for its hints.
        var circularHints = options.Performance is { CircularDependencies: true } withCycles ? withCycles.Hints : null;
        if (options.Mode == Core.Options.BuildMode.Production || circularHints is not null)
            new Optimize.CircularModulesPlugin(circularHints).Apply(compiler);
        if (options.Optimization.MangleExports is { } mangle)
            new Optimize.MangleExportsPlugin(deterministic: mangle != "size").Apply(compiler);
        if (options.Optimization.UsedExports != Core.Options.UsedExportsMode.Off)
            new Optimize.FlagDependencyUsagePlugin(global: options.Optimization.UsedExports == Core.Options.UsedExportsMode.Global,
                mangleEscapingNamespaces: options.Optimization.MangleExports is not null).Apply(compiler);
        // After usage is flagged (the same stage, tapped later), as webpack's ConstExportsPlugin.
        if (options.Optimization.InlineExports && options.Optimization.UsedExports != Core.Options.UsedExportsMode.Off && options.Optimization.ProvidedExports)
            new Optimize.InlineExportsPlugin().Apply(compiler);
        // webpack's WebpackOptionsApply: with optimization.minimize, the minimizers ("..." is
        // TerserPlugin; the others were applied with the configuration's plugins).
        if (options.Optimization.Minimize && options.Optimization.DefaultMinimizer && options.Optimization.MinimizeJavaScript)
        {
            var terserOptions = options.Optimization.JavaScriptMinimizerOptions is { } javascript
                ? new System.Text.Json.Nodes.JsonObject { ["terserOptions"] = javascript.DeepClone() }
                : null;
            new Minify.TerserPlugin(terserOptions, null).Apply(compiler);
        }
        // webpack's default minimizer takes the CSS assets too when CSS is built in.
        if (options.Optimization.Minimize && options.Optimization.DefaultMinimizer && options.Optimization.MinimizeCss && options.CssBuiltIn)
            new Minify.CssMinimizerPlugin().Apply(compiler);
        if (options.Performance is { } performance)
        {
            new Performance.SizeLimitsPlugin(performance).Apply(compiler);
            if (performance.UnusedRules)
                new Performance.UnusedRuleWarningPlugin(performance).Apply(compiler);
            if (performance.UnusedReexports)
                new Performance.UnusedReexportsPlugin(performance).Apply(compiler);
            if (performance.MissingSideEffects)
                new Performance.MissingSideEffectsPlugin(performance).Apply(compiler);
            // Not gated on hints, as in webpack: an external nothing requests is a likely typo.
            if (performance.UnusedExternals)
                new Performance.UnusedExternalsPlugin(performance).Apply(compiler);
        }
        compiler.Hooks.AfterPlugins.Call(compiler);
        compiler.Hooks.AfterResolvers.Call(compiler);
        compiler.Hooks.Initialize.Call();
        return compiler;
    }

    // output.enabledChunkLoadingTypes, or as webpack's defaults: output.chunkLoading and every entry's.
    private static IReadOnlyList<string> EnabledChunkLoadingTypes(Core.Options.SharpackOptions options)
    {
        if (options.Output.EnabledChunkLoadingTypes is { } enabled)
            return enabled;
        var types = new List<string>();
        if (options.Output.ChunkLoading is { } chunkLoading)
            types.Add(chunkLoading);
        foreach (var entry in options.Entries)
        {
            if (entry.ChunkLoading is { Length: > 0 } own && !types.Contains(own))
                types.Add(own);
        }
        return types;
    }

    // Follows WebpackOptionsApply: output.chunkFormat picks the plugin that renders chunks
    // without runtime and the startups that wait for other chunks.
    private static void ApplyChunkFormat(Compiler compiler, string? chunkFormat)
    {
        IPlugin? plugin = chunkFormat switch
        {
            "array-push" => new ArrayPushCallbackChunkFormatPlugin(),
            "commonjs" => new CommonJsChunkFormatPlugin(),
            "module" => new ModuleChunkFormatPlugin(),
            null => null,
            _ => throw new InvalidOperationException($"Unsupported chunk format '{chunkFormat}'."),
        };
        plugin?.Apply(compiler);
    }
}
