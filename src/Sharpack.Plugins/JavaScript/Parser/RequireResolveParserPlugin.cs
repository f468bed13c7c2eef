// Follows the require.resolve part of webpack lib/dependencies/CommonJsImportsParserPlugin.js
// (RequireResolveDependency, RequireResolveContextDependency): require.resolve("x") and
// require.resolveWeak("x") are the module's id; with an expression, a context module resolves it;
// `typeof require.resolve` is "function", so the check runs where no `require` exists.

using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.CommonJs;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>require.resolve and require.resolveWeak.</summary>
public static class RequireResolveParserPlugin
{
    private const string Name = "RequireResolveParserPlugin";

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.Call.For("require.resolve").Tap(Name, static (parser, call) => Resolve(parser, call, weak: false));
        hooks.Call.For("require.resolveWeak").Tap(Name, static (parser, call) => Resolve(parser, call, weak: true));
        hooks.Typeof.For("require.resolve").Tap(Name, static (parser, unary) => CommonJsImportsParserPlugin.ReplaceIf(parser.CommonJs, parser, unary, "\"function\""));
        hooks.Typeof.For("require.resolveWeak").Tap(Name, static (parser, unary) => CommonJsImportsParserPlugin.ReplaceIf(parser.CommonJs, parser, unary, "\"function\""));
        hooks.EvaluateTypeof.For("require.resolve").Tap(Name, static (parser, unary) => CommonJsImportsParserPlugin.EvaluateTypeofIf(parser.CommonJs, unary, "function"));
        hooks.EvaluateTypeof.For("require.resolveWeak").Tap(Name, static (parser, unary) => CommonJsImportsParserPlugin.EvaluateTypeofIf(parser.CommonJs, unary, "function"));
    }

    private static bool? Resolve(JavascriptParser parser, CallExpression call, bool weak)
    {
        // The free `require` only (not a callback's renamed parameter).
        if (!parser.CommonJs || call.Callee is not MemberExpression { Object: Identifier { Symbol: -1 } } || call.Arguments.Length != 1)
            return null;
        if (parser.EvaluateString(call.Arguments[0]) is { } request)
        {
            parser.AddDependency(new RequireResolveDependency(request, weak) { Start = call.Start, End = call.End });
            return true;
        }
        // Follows webpack's RequireResolveContextDependency: the context module resolves the id.
        // A request with no known part is webpack's expression context, as for require(expr).
        if (call.Arguments[0] is not SpreadElement
            && (ContextDependencyHelpers.Create(parser, call.Arguments[0], weak ? "weak" : "sync")
                ?? ContextDependencyHelpers.CreateForExpression(parser, call, call.Arguments[0], weak ? "weak" : "sync")) is { } context)
        {
            context.Replacements.Add((call.Callee.Start, call.Callee.End, "__webpack_require__({id}).resolve"));
            parser.AddDependency(context);
            parser.Walk(call.Arguments[0]);
            return true;
        }
        return null;
    }
}
