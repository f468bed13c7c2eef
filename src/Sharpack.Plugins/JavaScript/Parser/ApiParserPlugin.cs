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
        Replace(hooks, "__non_webpack_require__", "require", RuntimeGlobals.None);
        hooks.Expression.For("__webpack_module__").Tap(Name, static (parser, node) =>
        {
            // The module's own module object: it keeps its function (webpack's moduleConcatenationBailout).
            parser.Result.ConcatenationBailout ??= "__webpack_module__";
            parser.Replace(node.Start, node.End, "module", RuntimeGlobals.Module | RuntimeGlobals.ModuleId);
            return true;
        });
        Replace(hooks, "__webpack_public_path__", "__webpack_require__.p", RuntimeGlobals.PublicPath);
        Replace(hooks, "__webpack_hash__", "__webpack_require__.h()", RuntimeGlobals.GetFullHash);
        Replace(hooks, "__webpack_chunkname__", "__webpack_require__.cn", RuntimeGlobals.ChunkName);
        Replace(hooks, "__webpack_runtime_id__", "__webpack_require__.j", RuntimeGlobals.RuntimeId);
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

    private static void Replace(JavascriptParserHooks hooks, string name, string code, RuntimeGlobals requirements) =>
        hooks.Expression.For(name).Tap(Name, (parser, node) =>
        {
            parser.Replace(node.Start, node.End, code, requirements);
            return true;
        });
}
