// Follows webpack lib/APIPlugin.js (and ExportsInfoApiPlugin, the __webpack_is_included__ part
// of WebpackIsIncludedPlugin): the __webpack_* free variables become runtime globals,
// __non_webpack_require__ node's own require, __resourceQuery the module's query,
// __webpack_exports_info__.name.used the export's usage, and `typeof __webpack_require__` "function".

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>webpack's free variables (<c>__webpack_public_path__</c>, <c>__webpack_hash__</c>, …).</summary>
public static class ApiParserPlugin
{
    private const string Name = "ApiParserPlugin";

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.Expression.For("__webpack_require__").Tap(Name, static (parser, _) =>
        {
            parser.Result.RuntimeRequirements |= RuntimeGlobals.Require;
            return true;
        });
        hooks.Expression.For("__non_webpack_require__").Tap(Name, static (parser, node) =>
        {
            // ES module output for node has no `require`: one made by createRequire at the top of the chunk.
            if (parser.Options.Output.Module && parser.Options.Target.IsNode && !parser.InShorthand)
            {
                parser.AddDependency(CachedConstDependency.NodeRequire(parser.Options, node.Start, node.End));
                return true;
            }
            return CommonJsImportsParserPlugin.ReplaceIf(true, parser, node, "require", RuntimeGlobals.None);
        });
        // The module's own module object: it keeps its function (webpack's moduleConcatenationBailout).
        // It is the module parameter when that is named __webpack_module__; otherwise the parameter is
        // copied into a variable at the top of the module, which no local `module` can shadow.
        hooks.Expression.For("__webpack_module__").Tap(Name, static (parser, node) => ModuleObject(parser, node, "__webpack_module__", "", "__webpack_internal_module__", RuntimeGlobals.Module));
        hooks.Expression.For("__webpack_module__.id").Tap(Name, static (parser, node) => ModuleObject(parser, node, "__webpack_module__.id", ".id", "__webpack_internal_module_id__", RuntimeGlobals.ModuleId));
        hooks.Expression.For("__webpack_public_path__").Tap(Name, static (parser, node) =>
        {
            // webpack's APIPlugin records a reassigned public path: then no code may bake its value.
            // A plain assignment writes the slot without reading it: it needs the require scope,
            // not the runtime module computing the value it replaces.
            var assignment = AssignmentAfter(parser.Source, node.End);
            if (assignment != Assignment.None)
                parser.Result.AssignsPublicPath = true;
            return CommonJsImportsParserPlugin.ReplaceIf(true, parser, node, "__webpack_require__.p",
                assignment == Assignment.Plain ? RuntimeGlobals.RequireScope : RuntimeGlobals.PublicPath);
        });
        // The module's layer as a literal (null without one).
        hooks.Expression.For("__webpack_layer__").Tap(Name, static (parser, node) =>
        {
            parser.Replace(node.Start, node.End, parser.Module.Layer is { } layer ? Core.CodeGeneration.CodeGenerationContext.JsonString(layer) : "null");
            return true;
        });
        hooks.EvaluateIdentifier.For("__webpack_layer__").Tap(Name, static (parser, node) =>
            parser.Module.Layer is { } layer ? BasicEvaluatedExpression.OfString(layer, node.Start, node.End) : BasicEvaluatedExpression.OfNull(node.Start, node.End));
        hooks.EvaluateTypeof.For("__webpack_layer__").Tap(Name, static (parser, unary) =>
            BasicEvaluatedExpression.OfString(parser.Module.Layer is null ? "object" : "string", unary.Start, unary.End));
        Replace(hooks, "__webpack_base_uri__", "__webpack_require__.b", RuntimeGlobals.BaseUri);
        Replace(hooks, "__webpack_hash__", "__webpack_require__.h()", RuntimeGlobals.GetFullHash);
        Replace(hooks, "__webpack_css_server_styles__", "__webpack_require__.cs()", RuntimeGlobals.GetCssServerStyles);
        Replace(hooks, "__webpack_chunkname__", "__webpack_require__.cn", RuntimeGlobals.ChunkName);
        Replace(hooks, "__webpack_runtime_id__", "__webpack_require__.j", RuntimeGlobals.RuntimeId);
        Replace(hooks, "__webpack_global__", "__webpack_require__", RuntimeGlobals.Require);
        // The System.register context: set by a system library's runtime, undefined in any other.
        Replace(hooks, "__system_context__", "__webpack_require__.y", RuntimeGlobals.Require);
        Replace(hooks, "__webpack_modules__", "__webpack_require__.m", RuntimeGlobals.ModuleFactories);
        Replace(hooks, "__webpack_chunk_load__", "__webpack_require__.e", RuntimeGlobals.EnsureChunk);
        Replace(hooks, "__webpack_share_scopes__", "__webpack_require__.S", RuntimeGlobals.ShareScopeMap);
        Replace(hooks, "__webpack_init_sharing__", "__webpack_require__.I", RuntimeGlobals.InitializeSharing);
        Replace(hooks, "__webpack_nonce__", "__webpack_require__.nc", RuntimeGlobals.ScriptNonce);
        Replace(hooks, "__webpack_get_script_filename__", "__webpack_require__.u", RuntimeGlobals.GetChunkScriptFilename);
        Replace(hooks, "require.onError", "__webpack_require__.oe", RuntimeGlobals.UncaughtErrorHandler);
        // ExportsInfoApiPlugin: the name alone is there (true); its members are the exports' info.
        Replace(hooks, "__webpack_exports_info__", "true", RuntimeGlobals.None);
        // APIPlugin's types, for typeof and the evaluator.
        foreach (var (name, type) in (ReadOnlySpan<(string, string)>)[
            ("__webpack_global__", "function"), ("__webpack_public_path__", "string"), ("__webpack_base_uri__", "string"), ("__webpack_modules__", "object"),
            ("__webpack_chunk_load__", "function"), ("__webpack_nonce__", "string"), ("__webpack_hash__", "string"), ("__webpack_css_server_styles__", "string"),
            ("__webpack_chunkname__", "string"), ("__webpack_get_script_filename__", "function"), ("__webpack_module__", "object"),
            ("__webpack_share_scopes__", "object"), ("__webpack_init_sharing__", "function")])
        {
            hooks.EvaluateTypeof.For(name).Tap(Name, (_, unary) => CommonJsImportsParserPlugin.EvaluateTypeofIf(true, unary, type));
        }
        hooks.ExpressionMemberChain.For("__webpack_exports_info__").Tap(Name, static (parser, member, path) =>
        {
            if (path is null || path.IndexOf('.', StringComparison.Ordinal) < 0)
                return null;
            var parts = path.Split('.');
            parser.AddDependency(new ExportsInfoDependency(parts[1..^1], parts[^1]) { Start = member.Start, End = member.End });
            return true;
        });
        hooks.Call.For("__webpack_is_included__").Tap(Name, static (parser, call) =>
        {
            if (call.Callee is not Identifier { Symbol: -1 } || call.Arguments.Length != 1 || parser.EvaluateString(call.Arguments[0]) is not { } request)
                return null;
            parser.AddDependency(new WebpackIsIncludedDependency(request) { Start = call.Start, End = call.End });
            return true;
        });
        hooks.Typeof.For("__webpack_require__").Tap(Name, static (parser, unary) => CommonJsImportsParserPlugin.ReplaceIf(true, parser, unary, "\"function\""));
        hooks.Typeof.For("__webpack_is_included__").Tap(Name, static (parser, unary) => CommonJsImportsParserPlugin.ReplaceIf(true, parser, unary, "\"function\""));
        hooks.EvaluateTypeof.For("__webpack_require__").Tap(Name, static (_, unary) => CommonJsImportsParserPlugin.EvaluateTypeofIf(true, unary, "function"));
        hooks.EvaluateTypeof.For("__webpack_is_included__").Tap(Name, static (_, unary) => CommonJsImportsParserPlugin.EvaluateTypeofIf(true, unary, "function"));
    }

    private static bool ModuleObject(JavascriptParser parser, Node node, string bailout, string member, string variable, RuntimeGlobals requirement)
    {
        parser.Result.ConcatenationBailout ??= bailout;
        parser.Result.RuntimeRequirements |= RuntimeGlobals.Module | requirement;
        if (!parser.Result.InternalModuleArgument)
            parser.AddDependency(new Dependencies.Misc.CachedConstDependency("module" + member, variable, inChunk: false) { Start = node.Start, End = node.End });
        return true;
    }

    private enum Assignment : byte
    {
        None,
        // `= value`: the name is written, not read.
        Plain,
        // `+= value` and the other compound operators: read, then written.
        Compound,
    }

    // How the name ending at `end` is assigned: `=` (not `==` or `=>`), a compound assignment, or not at all.
    private static Assignment AssignmentAfter(string source, int end)
    {
        var i = end;
        while (i < source.Length && char.IsWhiteSpace(source[i]))
            i++;
        var operatorStart = i;
        while (i < source.Length && "+-*/%&|^<>?".Contains(source[i], StringComparison.Ordinal))
            i++;
        if (i >= source.Length || source[i] != '=')
            return Assignment.None;
        if (i == operatorStart)
            return i + 1 >= source.Length || source[i + 1] is not ('=' or '>') ? Assignment.Plain : Assignment.None;
        // A compound operator, but not a comparison (<=, >=, !=, ==).
        var op = source.AsSpan(operatorStart, i - operatorStart);
        return op is not ("<" or ">") ? Assignment.Compound : Assignment.None;
    }

    private static void Replace(JavascriptParserHooks hooks, string name, string code, RuntimeGlobals requirements) =>
        hooks.Expression.For(name).Tap(Name, (parser, node) => CommonJsImportsParserPlugin.ReplaceIf(true, parser, node, code, requirements));
}
