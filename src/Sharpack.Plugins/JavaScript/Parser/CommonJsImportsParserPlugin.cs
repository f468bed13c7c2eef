// Follows webpack lib/dependencies/CommonJsImportsParserPlugin.js (and CommonJsPlugin's free
// variables): require("x") is a dependency (an AMD local module when define("x", …) named one),
// require(expression) with a known prefix is a context, `typeof require` is "function",
// require.cache is the module cache and require.main the entry module's cache entry.

using Sharpack.Core.Runtime;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.CommonJs;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>CommonJS requires.</summary>
public static class CommonJsImportsParserPlugin
{
    private const string Name = "CommonJsImportsParserPlugin";

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.Call.For("require").Tap(Name, static (parser, call) =>
        {
            if (!parser.ParserOptions.Commonjs || !parser.IsRequire(call.Callee) || call.Arguments.Length != 1)
                return null;
            if (parser.EvaluateString(call.Arguments[0]) is { } request)
            {
                // A name defined earlier in this file with define("name", …) is an AMD local module.
                if (parser.AmdLocalModule(request) is { } localModule)
                    parser.Replace(call.Start, call.End, localModule);
                else
                    parser.AddDependency(new CommonJsRequireDependency(request) { Start = call.Start, End = call.End });
                return true;
            }
            if (call.Arguments[0] is SpreadElement)
                return null;
            var context = ContextDependencyHelpers.Create(parser, call.Arguments[0], "sync")
                ?? ContextDependencyHelpers.CreateForExpression(parser, call, call.Arguments[0], "sync");
            context.Replacements.Add((call.Callee.Start, call.Callee.End, "__webpack_require__({id})"));
            parser.AddDependency(context);
            parser.Walk(call.Arguments[0]);
            return true;
        });
        // webpack's `var r = require`: r stands for require in calls, and the initializer becomes
        // undefined (there is no require function in the bundle to hand over).
        hooks.CanRename.For("require").Tap(Name, static (parser, _) => parser.CommonJs ? true : null);
        hooks.Rename.For("require").Tap(Name, static (parser, node) =>
        {
            parser.Replace(node.Start, node.End, "undefined");
            return false;
        });
        hooks.Typeof.For("require").Tap(Name, static (parser, unary) => ReplaceIf(parser.CommonJs, parser, unary, "\"function\""));
        hooks.EvaluateTypeof.For("require").Tap(Name, static (parser, unary) => EvaluateTypeofIf(parser.CommonJs, unary, "function"));
        hooks.Expression.For("require.cache").Tap(Name, static (parser, node) =>
            ReplaceIf(parser.CommonJs, parser, node, "__webpack_require__.c", RuntimeGlobals.ModuleCache));
        // CommonJsPlugin: the entry module is the module cache's entry for the entry module id.
        hooks.Expression.For("require.main").Tap(Name, static (parser, node) =>
            ReplaceIf(parser.CommonJs, parser, node, "__webpack_require__.c[__webpack_require__.s]", RuntimeGlobals.ModuleCache | RuntimeGlobals.EntryModuleId));
    }

    /// <summary>What <c>typeof</c> of a free name answers (<paramref name="type"/>) when <paramref name="condition"/> holds, for the evaluator.</summary>
    internal static BasicEvaluatedExpression? EvaluateTypeofIf(bool condition, Node node, string type) =>
        condition ? BasicEvaluatedExpression.OfString(type, node.Start, node.End) : null;

    /// <summary>Replaces <paramref name="node"/> by <paramref name="code"/> when <paramref name="condition"/> holds; true then.</summary>
    internal static bool? ReplaceIf(bool condition, JavascriptParser parser, Node node, string code, RuntimeGlobals requirements = RuntimeGlobals.None)
    {
        if (!condition)
            return null;
        parser.Replace(node.Start, node.End, code, requirements);
        return true;
    }
}
