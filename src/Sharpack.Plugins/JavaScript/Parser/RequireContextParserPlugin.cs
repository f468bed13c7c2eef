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
            else if (arguments.Length >= 3 && EvaluateNewRegExp(parser, arguments[2]) is { } evaluated
                && Sharpack.Core.Options.JsRegExpTranslator.Translate(evaluated.Source, evaluated.Flags, out _) is { } translated)
            {
                patternText = "/" + evaluated.Source.Replace("/", "\\/", StringComparison.Ordinal) + "/" + evaluated.Flags;
                pattern = translated;
            }
            var mode = arguments.Length >= 4 && parser.EvaluateString(arguments[3]) is { } modeText ? modeText : "sync";
            var dependency = new ContextDependency(directory, new ContextOptions(recursive, pattern, patternText, mode)) { Start = call.Start, End = call.End };
            dependency.Replacements.Add((call.Start, call.End, "__webpack_require__({id})"));
            parser.AddDependency(dependency);
            return true;
        });
    }

    // webpack's evaluation of `new RegExp(pattern, flags)` (the global RegExp, with known strings
    // and valid flags) as the regular expression it builds; null otherwise.
    private static (string Source, string Flags)? EvaluateNewRegExp(JavascriptParser parser, Node node)
    {
        if (node is not NewExpression { Callee: Identifier { Name: "RegExp", Symbol: < 0 }, Arguments: { Length: 1 or 2 } arguments }
            || parser.EvaluateString(arguments[0]) is not { } source)
            return null;
        var flags = "";
        if (arguments.Length == 2)
        {
            if (parser.EvaluateString(arguments[1]) is not { } given)
                return null;
            flags = given;
        }
        foreach (var flag in flags)
        {
            if (!"dgimsuvy".Contains(flag, StringComparison.Ordinal) || flags.IndexOf(flag, StringComparison.Ordinal) != flags.LastIndexOf(flag))
                return null;
        }
        return (source, flags);
    }
}
