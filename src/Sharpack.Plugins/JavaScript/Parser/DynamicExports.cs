// Follows webpack lib/dependencies/DynamicExports.js: the state of a CommonJS module's exports
// analysis. The first analysed export enables it (exports type "default" with a redirecting
// default object: `import x from` gives module.exports, named imports its properties); a
// truthy `__esModule` flag set at the top level makes it "flagged" (an importer sees an ES
// module), any other use of `__esModule` or a whole re-export makes it "dynamic" (decided at
// runtime); a bailout (`module.exports` used as a value, `exports` passed around) turns the
// analysis off for good, and the module may export anything.

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>The CommonJS exports analysis state of the module being parsed.</summary>
public static class DynamicExports
{
    /// <summary>Stops the analysis: the module's exports are unknown.</summary>
    public static void Bailout(JavascriptParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        parser.Result.CommonJsExportsEnabled = false;
        parser.Result.CommonJsExportsType = BuildExportsType.None;
    }

    /// <summary>Starts the analysis unless it bailed out.</summary>
    public static void Enable(JavascriptParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        var result = parser.Result;
        if (result.CommonJsExportsEnabled is not null)
            return;
        result.CommonJsExportsEnabled = true;
        result.CommonJsExportsType = BuildExportsType.Default;
    }

    /// <summary>Whether the analysis is on.</summary>
    public static bool IsEnabled(JavascriptParser parser) => parser?.Result.CommonJsExportsEnabled == true;

    /// <summary>The <c>__esModule</c> flag is decided at runtime.</summary>
    public static void SetDynamic(JavascriptParser parser)
    {
        if (IsEnabled(parser))
            parser.Result.CommonJsExportsType = BuildExportsType.Dynamic;
    }

    /// <summary>The module sets a truthy <c>__esModule</c> flag at the top level (unless it is already dynamic).</summary>
    public static void SetFlagged(JavascriptParser parser)
    {
        if (IsEnabled(parser) && parser.Result.CommonJsExportsType != BuildExportsType.Dynamic)
            parser.Result.CommonJsExportsType = BuildExportsType.Flagged;
    }
}
