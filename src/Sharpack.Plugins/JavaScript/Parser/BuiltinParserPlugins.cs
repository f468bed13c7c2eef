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
        // webpack applies optimization.nodeEnv as a DefinePlugin after the user's plugins.
        if (options.Optimization.NodeEnv is { } nodeEnv && !options.Define.ContainsKey("process.env.NODE_ENV"))
            DefineParserPlugin.Define(hooks, "process.env.NODE_ENV", CodeGenerationContext.JsonString(nodeEnv), DefineParserPlugin.NodeEnvStage);
        EsmDetectionParserPlugin.Apply(hooks);
        EsmTopLevelThisParserPlugin.Apply(hooks);
        EsmImportParserPlugin.Apply(hooks);
        EsmExportParserPlugin.Apply(hooks);
        CommonJsImportsParserPlugin.Apply(hooks);
        CommonJsExportsParserPlugin.Apply(hooks);
        RequireResolveParserPlugin.Apply(hooks);
        RequireContextParserPlugin.Apply(hooks);
        RequireEnsureParserPlugin.Apply(hooks);
        RequireIncludeParserPlugin.Apply(hooks);
        AmdParserPlugin.Apply(hooks);
        ImportParserPlugin.Apply(hooks);
        ImportMetaParserPlugin.Apply(hooks);
        ImportMetaContextParserPlugin.Apply(hooks);
        ApiParserPlugin.Apply(hooks);
        NodeStuffParserPlugin.Apply(hooks);
    }
}
