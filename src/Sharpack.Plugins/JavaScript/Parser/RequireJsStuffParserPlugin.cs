// Follows webpack lib/dependencies/RequireJsStuffPlugin.js: with the parser option requireJs,
// code written for RequireJS runs: require.config(…) and requirejs.config(…) do nothing (the
// call becomes undefined, its arguments are not walked), require.version is "0.0.0" and
// requirejs.onError is the runtime's uncaught error handler (__webpack_require__.oe), which an
// assignment may set.

using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>RequireJS's <c>config</c>, <c>version</c> and <c>onError</c> (parser option <c>requireJs</c>).</summary>
public static class RequireJsStuffParserPlugin
{
    private const string Name = "RequireJsStuffPlugin";

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.Call.For("require.config").Tap(Name, static (parser, call) =>
            CommonJsImportsParserPlugin.ReplaceIf(Enabled(parser), parser, call, "undefined"));
        hooks.Call.For("requirejs.config").Tap(Name, static (parser, call) =>
            CommonJsImportsParserPlugin.ReplaceIf(Enabled(parser), parser, call, "undefined"));
        hooks.Expression.For("require.version").Tap(Name, static (parser, node) =>
            CommonJsImportsParserPlugin.ReplaceIf(Enabled(parser), parser, node, "\"0.0.0\""));
        hooks.Expression.For("requirejs.onError").Tap(Name, static (parser, node) =>
            CommonJsImportsParserPlugin.ReplaceIf(Enabled(parser), parser, node, "__webpack_require__.oe", RuntimeGlobals.UncaughtErrorHandler));
    }

    // javascript/auto and javascript/dynamic only, as webpack taps those parsers.
    private static bool Enabled(JavascriptParser parser) => parser.ParserOptions.RequireJs && !parser.Module.IsStrictEsm;
}
