// Follows the parser part of webpack lib/DefinePlugin.js: a defined free name or dotted path
// (`DEBUG`, `process.env.API`) is replaced by its code wherever the module uses it without
// declaring it. As with webpack's hooks the first definition of a name answers: the `define`
// option's and plugins' definitions run before optimization.nodeEnv's (which webpack applies as a
// DefinePlugin after the user's), and every definition before the parser's own plugins.

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>Definitions as parser taps.</summary>
public static class DefineParserPlugin
{
    /// <summary>The stage of definitions (before ProvideParserPlugin and the built-in plugins).</summary>
    public const int Stage = -30;

    /// <summary>The stage of optimization.nodeEnv's definition (after every other definition).</summary>
    public const int NodeEnvStage = -20;

    /// <summary>Taps <paramref name="hooks"/> to replace <paramref name="expression"/> by <paramref name="code"/>.</summary>
    public static void Define(JavascriptParserHooks hooks, string expression, string code, int stage = Stage)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        ArgumentException.ThrowIfNullOrEmpty(expression);
        ArgumentNullException.ThrowIfNull(code);
        hooks.Expression.For(expression).Tap(new Sharpack.Core.Hooks.TapOptions("DefinePlugin") { Stage = stage }, (parser, node) =>
        {
            parser.Replace(node.Start, node.End, code);
            return true;
        });
    }

    /// <summary>
    /// Taps <paramref name="hooks"/> to replace <paramref name="expression"/> by the code
    /// <paramref name="code"/> gives for the module being parsed (webpack's RuntimeValue: asked at
    /// every use, from the make threads).
    /// </summary>
    public static void Define(JavascriptParserHooks hooks, string expression, Func<JavascriptParser, string> code, int stage = Stage)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        ArgumentException.ThrowIfNullOrEmpty(expression);
        ArgumentNullException.ThrowIfNull(code);
        hooks.Expression.For(expression).Tap(new Sharpack.Core.Hooks.TapOptions("DefinePlugin") { Stage = stage }, (parser, node) =>
        {
            parser.Replace(node.Start, node.End, code(parser));
            return true;
        });
    }
}
