// Follows webpack lib/dependencies/CommonJsImportsParserPlugin.js (and CommonJsPlugin's free
// variables): require("x") is a dependency (an AMD local module when define("x", …) named one),
// require(expression) with a known prefix is a context, `typeof require` is "function",
// require.cache is the module cache and require.main the entry module's cache entry.

using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.CommonJs;
using Sharpack.Plugins.JavaScript.Dependencies.Context;

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
            parser.ParserOptions.Commonjs && parser.IsRequire(call.Callee) ? Require(parser, call, call.Callee, call.Arguments, callNew: false) : null);
        hooks.New.For("require").Tap(Name, static (parser, expression) =>
            parser.ParserOptions.Commonjs && parser.IsRequire(expression.Callee) ? Require(parser, expression, expression.Callee, expression.Arguments, callNew: true) : null);
        hooks.Call.For("module.require").Tap(Name, static (parser, call) =>
            parser.CommonJs ? Require(parser, call, call.Callee, call.Arguments, callNew: false) : null);
        hooks.New.For("module.require").Tap(Name, static (parser, expression) =>
            parser.CommonJs ? Require(parser, expression, expression.Callee, expression.Arguments, callNew: true) : null);
        // `require` used as a value (webpack's requireAsExpressionHandler): a context of the
        // unknown request, which holds nothing, with webpack's critical-dependency warning.
        hooks.Expression.For("require").Tap(Name, static (parser, node) =>
        {
            if (!parser.CommonJs || !parser.IsRequire(node))
                return null;
            var context = new ContextDependency(".", new ContextOptions(Recursive: true, "", "", "sync")) { Start = node.Start, End = node.End };
            context.Replacements.Add((node.Start, node.End, (parser.InShorthand ? "require: " : "") + "__webpack_require__({id})"));
            if (parser.ParserOptions.ExprContextCritical)
                parser.Result.Warnings.Add(parser.Warning(node.Start, "Critical dependency: require function is used in a way in which dependencies cannot be statically extracted"));
            parser.AddDependency(context);
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

    // webpack's createRequireCallHandler: require(x), new require(x), module.require(x). A request
    // known at build time is its module (or an AMD local module defined earlier in the file); each
    // branch of a conditional its own; anything else a context.
    private static bool? Require(JavascriptParser parser, Node expression, Node callee, Node[] arguments, bool callNew)
    {
        if (arguments.Length != 1 || arguments[0] is SpreadElement)
            return null;
        var argument = arguments[0];
        var evaluated = parser.EvaluateExpression(argument);
        if (evaluated is { Kind: EvaluatedKind.Conditional, Options: { } options })
        {
            var isExpression = false;
            foreach (var option in options)
            {
                if (parser.EvaluateString(option) is { } optionRequest)
                    parser.AddDependency(new CommonJsRequireItemDependency(optionRequest) { Start = option.Start, End = option.End });
                else
                    isExpression = true;
            }
            if (!isExpression)
            {
                parser.Replace(callee.Start, callee.End, "__webpack_require__", RuntimeGlobals.Require);
                parser.Walk(argument);
                return true;
            }
        }
        if (evaluated?.String is { } request)
        {
            if (parser.GetAmdLocalModule(request, null) is { } localModule)
            {
                // webpack's LocalModuleDependency: `new` of a local module makes a new object
                // whose prototype is the module's value.
                parser.Replace(expression.Start, expression.End, callNew
                    ? "new (function () { return " + localModule.VariableName + "; })()"
                    : localModule.VariableName);
                return true;
            }
            // `new require("x")` keeps its `new`: the call after it is rewritten.
            parser.AddDependency(new CommonJsRequireDependency(request) { Start = callee.Start, End = expression.End });
            return true;
        }
        var context = ContextDependencyHelpers.Create(parser, argument, "sync")
            ?? ContextDependencyHelpers.CreateForExpression(parser, expression, argument, "sync");
        context.Replacements.Add((callee.Start, callee.End, "__webpack_require__({id})"));
        parser.AddDependency(context);
        parser.Walk(argument);
        return true;
    }

    /// <summary>What <c>typeof</c> of a free name answers (<paramref name="type"/>) when <paramref name="condition"/> holds, for the evaluator.</summary>
    internal static BasicEvaluatedExpression? EvaluateTypeofIf(bool condition, Node node, string type) =>
        condition ? BasicEvaluatedExpression.OfString(type, node.Start, node.End) : null;

    /// <summary>Replaces <paramref name="node"/> by <paramref name="code"/> when <paramref name="condition"/> holds; true then.</summary>
    internal static bool? ReplaceIf(bool condition, JavascriptParser parser, Node node, string code, RuntimeGlobals requirements = RuntimeGlobals.None)
    {
        if (!condition)
            return null;
        // `{ define }` keeps its key: `{ define: __webpack_require__.amdD }`.
        if (parser.InShorthand && node is Identifier identifier)
            code = identifier.Name + ": " + code;
        parser.Replace(node.Start, node.End, code, requirements);
        return true;
    }
}
