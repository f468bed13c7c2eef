// Follows the parser part of webpack lib/ProvidePlugin.js: a free use of a provided name (`$`,
// `Buffer`, `a.b`) is a dependency on its module; the name (a dotted one as
// __webpack_provided_a_dot_b) is declared at the top of the module and the use refers to it.

using Sharpack.Plugins.JavaScript.Dependencies.Misc;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>Provided names as parser taps.</summary>
public static class ProvideParserPlugin
{
    /// <summary>The stage of provides (after definitions, before optimization.nodeEnv's and the built-in plugins).</summary>
    public const int Stage = -10;

    /// <summary>Taps <paramref name="hooks"/> so a free use of <paramref name="name"/> is <paramref name="request"/>'s exports (at <paramref name="path"/>).</summary>
    public static void Provide(JavascriptParserHooks hooks, string name, string request, IReadOnlyList<string> path)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(request);
        ArgumentNullException.ThrowIfNull(path);
        var variable = name.Contains('.', StringComparison.Ordinal) ? "__webpack_provided_" + name.Replace(".", "_dot_", StringComparison.Ordinal) : name;
        hooks.Expression.For(name).Tap(new Sharpack.Core.Hooks.TapOptions("ProvidePlugin") { Stage = Stage }, (parser, node) =>
        {
            // Always the module's own dependency (webpack's module.addDependency), even inside a
            // block loaded on demand: the declaration runs when the module does.
            parser.Result.Dependencies.Add(new ProvidedDependency(request, variable, path) { Start = node.Start, End = node.End });
            return true;
        });
    }
}
