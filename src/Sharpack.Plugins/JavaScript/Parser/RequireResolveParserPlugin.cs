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
        if (call.Callee is not MemberExpression { Object: var requireFunction } || !parser.IsFreeOrCreatedRequire(requireFunction)
            || (!parser.CommonJs && requireFunction is Identifier { Symbol: -1 }) || call.Arguments.Length != 1 || call.Arguments[0] is SpreadElement)
            return null;
        if (!weak && CommonJsImportsParserPlugin.IgnoredByMagicComment(parser, call))
            return true;
        var argument = call.Arguments[0];
        // Each branch of a condition the evaluator does not know resolves on its own (webpack's
        // processResolveItem per option), the call becoming the branches' value.
        if (parser.EvaluateExpression(argument) is { Kind: EvaluatedKind.Conditional, Options: { } options })
        {
            foreach (var option in options)
                ResolveItem(parser, call, option, weak);
            parser.Replace(call.Callee.Start, call.Callee.End, weak ? "/*require.resolveWeak*/" : "/*require.resolve*/");
            return true;
        }
        if (parser.EvaluateString(argument) is { } request)
        {
            parser.AddDependency(new RequireResolveDependency(request, weak) { Start = call.Start, End = call.End });
            return true;
        }
        // Follows webpack's RequireResolveContextDependency: the context module resolves the id.
        // A request with no known part is webpack's expression context, as for require(expr).
        var context = ContextDependencyHelpers.Create(parser, argument, weak ? "weak" : "sync")
            ?? ContextDependencyHelpers.CreateForExpression(parser, call, argument, weak ? "weak" : "sync");
        context.Replacements.Add((call.Callee.Start, call.Callee.End, "__webpack_require__({id}).resolve"));
        parser.AddDependency(context);
        ContextDependencyHelpers.WalkRequest(parser, argument, context);
        return true;
    }

    // One branch of a conditional request: its module's id, or a context resolving it.
    private static void ResolveItem(JavascriptParser parser, CallExpression call, Node option, bool weak)
    {
        if (parser.EvaluateString(option) is { } request)
        {
            parser.AddDependency(new RequireResolveDependency(request, weak) { Start = option.Start, End = option.End, ValueOnly = true });
            return;
        }
        var context = ContextDependencyHelpers.Create(parser, option, weak ? "weak" : "sync")
            ?? ContextDependencyHelpers.CreateForExpression(parser, call, option, weak ? "weak" : "sync");
        context.Replacements.Add((option.Start, option.Start, "__webpack_require__({id}).resolve("));
        context.Replacements.Add((option.End, option.End, ")"));
        parser.AddDependency(context);
        ContextDependencyHelpers.WalkRequest(parser, option, context);
    }
}
