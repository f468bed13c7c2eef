// The parser plugins webpack's WebpackOptionsApply applies to every JavaScript parser, in its
// order where two answer the same hook (ES modules' top-level `this` before CommonJS's), plus the
// `define` option and optimization.nodeEnv as DefinePlugin taps.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Options;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>Taps the built-in parser plugins.</summary>
internal static class BuiltinParserPlugins
{
    public static void Apply(JavascriptParserHooks hooks, SharpackOptions options)
    {
        foreach (var (key, code) in options.Define)
            DefineParserPlugin.Define(hooks, key, code);
        // webpack applies optimization.nodeEnv as a DefinePlugin after the user's plugins
        // (WebpackOptionsApply), with Vite's import.meta.env defaults: MODE, DEV, PROD, SSR (a
        // build for node and not for browsers) and BASE_URL (a static output.publicPath, else "/").
        if (options.Optimization.NodeEnv is { } nodeEnv)
        {
            var value = CodeGenerationContext.JsonString(nodeEnv);
            var development = options.Mode == BuildMode.Development;
            var publicPath = options.Output.PublicPath;
            DefineNodeEnv(hooks, options, "process.env.NODE_ENV", value);
            DefineNodeEnv(hooks, options, "import.meta.env.NODE_ENV", value);
            DefineNodeEnv(hooks, options, "import.meta.env.MODE", value);
            DefineNodeEnv(hooks, options, "import.meta.env.DEV", development ? "true" : "false");
            DefineNodeEnv(hooks, options, "import.meta.env.PROD", development ? "false" : "true");
            DefineNodeEnv(hooks, options, "import.meta.env.SSR", options.Target.IsNode ? "true" : "false");
            DefineNodeEnv(hooks, options, "import.meta.env.BASE_URL", CodeGenerationContext.JsonString(publicPath is "auto" or "" ? "/" : publicPath));
        }
        EsmDetectionParserPlugin.Apply(hooks);
        EsmTopLevelThisParserPlugin.Apply(hooks);
        CreateRequireParserPlugin.Apply(hooks);
        EsmImportParserPlugin.Apply(hooks);
        EsmExportParserPlugin.Apply(hooks);
        // AMD first, as webpack applies AMDPlugin before CommonJsPlugin: require([…]) is AMD.
        AmdParserPlugin.Apply(hooks);
        CommonJsImportsParserPlugin.Apply(hooks);
        CommonJsExportsParserPlugin.Apply(hooks);
        RequireResolveParserPlugin.Apply(hooks);
        RequireContextParserPlugin.Apply(hooks);
        RequireEnsureParserPlugin.Apply(hooks);
        RequireIncludeParserPlugin.Apply(hooks);
        RequireJsStuffParserPlugin.Apply(hooks);
        ImportParserPlugin.Apply(hooks);
        WorkerParserPlugin.Apply(hooks, options);
        UrlParserPlugin.Apply(hooks);
        ImportMetaParserPlugin.Apply(hooks);
        ImportMetaContextParserPlugin.Apply(hooks);
        ImportMetaGlobParserPlugin.Apply(hooks);
        ApiParserPlugin.Apply(hooks);
        NodeStuffParserPlugin.Apply(hooks);
        ConstParserPlugin.Apply(hooks);
    }

    private static void DefineNodeEnv(JavascriptParserHooks hooks, SharpackOptions options, string key, string code)
    {
        if (!options.Define.ContainsKey(key))
            DefineParserPlugin.Define(hooks, key, code, DefineParserPlugin.NodeEnvStage);
    }
}
