// Follows webpack lib/dependencies/RequireContextDependencyParserPlugin.js:
// require.context(dir, recursive, regExp, mode) is a context module.

using Sharpack.Core.ModuleGraph;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.Context;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>require.context.</summary>
public static class RequireContextParserPlugin
{
    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.Call.For("require.context").Tap("RequireContextParserPlugin", static (parser, call) =>
        {
            var arguments = call.Arguments;
            if (!parser.ParserOptions.RequireContext || !parser.IsRequire(((MemberExpression)call.Callee).Object)
                || arguments.Length < 1 || parser.EvaluateString(arguments[0]) is not { } directory)
            {
                return null;
            }
            var recursive = arguments.Length < 2 || arguments[1] is not Literal { Kind: LiteralKind.Boolean, BooleanValue: false };
            var patternText = "/^\\.\\/.*$/";
            var pattern = "^\\./.*$";
            if (arguments.Length >= 3 && arguments[2] is Literal { Kind: LiteralKind.RegExp } regExp)
            {
                patternText = "/" + regExp.RegexPattern + "/" + regExp.RegexFlags;
                pattern = ContextDependencyHelpers.DotNetPattern(regExp) ?? pattern;
            }
            var mode = arguments.Length >= 4 && parser.EvaluateString(arguments[3]) is { } modeText ? modeText : "sync";
            var dependency = new ContextDependency(directory, new ContextOptions(recursive, pattern, patternText, mode)) { Start = call.Start, End = call.End };
            dependency.Replacements.Add((call.Start, call.End, "__webpack_require__({id})"));
            parser.AddDependency(dependency);
            return true;
        });
    }
}
