// Follows webpack lib/dependencies/RequireIncludeDependencyParserPlugin.js: require.include("x")
// puts the module in the chunk without running it; deprecated unless opted in.

using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.CommonJs;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>require.include.</summary>
public static class RequireIncludeParserPlugin
{
    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.Typeof.For("require.include").Tap("RequireIncludeParserPlugin", static (parser, unary) =>
            CommonJsImportsParserPlugin.ReplaceIf(parser.CommonJs && parser.ParserOptions.RequireInclude != false, parser, unary, "\"function\""));
        hooks.EvaluateTypeof.For("require.include").Tap("RequireIncludeParserPlugin", static (parser, unary) =>
            CommonJsImportsParserPlugin.EvaluateTypeofIf(parser.CommonJs && parser.ParserOptions.RequireInclude != false, unary, "function"));
        hooks.Call.For("require.include").Tap("RequireIncludeParserPlugin", static (parser, call) =>
        {
            if (parser.ParserOptions.RequireInclude == false || !parser.IsRequire(((MemberExpression)call.Callee).Object)
                || call.Arguments.Length != 1 || parser.EvaluateString(call.Arguments[0]) is not { } request)
            {
                return null;
            }
            if (parser.ParserOptions.RequireInclude is null)
                parser.Result.Warnings.Add(parser.Warning(call.Start, "require.include() is deprecated and will be removed soon."));
            parser.AddDependency(new RequireIncludeDependency(request) { Start = call.Start, End = call.End });
            return true;
        });
    }
}
