// Follows webpack lib/html/HtmlModulesPlugin.js: the `html` module type, on when
// experiments.html is (its "auto" default: unless a rule handles .html files).

using Sharpack.Core;

namespace Sharpack.Plugins.Html;

/// <summary>HTML modules.</summary>
public static class HtmlModulesPlugin
{
    /// <summary>Registers the <c>html</c> module type.</summary>
    public static void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.ModuleTypes.Register(HtmlModule.TypeName, static (identifier, resource, _) => new HtmlModule(identifier, resource));
    }
}
