// Follows webpack lib/dependencies/HarmonyTopLevelThisParserPlugin.js: top-level `this` in an ES
// module is undefined.

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>Replaces top-level <c>this</c> of an ES module by <c>undefined</c>.</summary>
public static class EsmTopLevelThisParserPlugin
{
    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.Expression.For("this").Tap("EsmTopLevelThisParserPlugin", static (parser, node) =>
        {
            if (!parser.Result.IsEsm)
                return null;
            parser.Replace(node.Start, node.End, "undefined");
            return true;
        });
    }
}
