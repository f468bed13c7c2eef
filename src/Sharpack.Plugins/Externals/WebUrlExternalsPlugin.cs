// Follows webpack's externalsPresets.web / webAsync (WebpackOptionsApply): a request that is a URL
// the browser loads itself is not bundled. An asset's URL (`new URL("https://…")`, a CSS url()) is
// an `asset` external, its URL as is; a CSS @import of one is a `css-import` external, kept as an
// @import of the chunk's stylesheet (with CSS built in); any other (`import "https://…"`, `std:`,
// `jsr:`, `npm:`) an import of it (`module`, or `import` for webAsync).

using Sharpack.Core;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Externals;

/// <summary>URLs the browser loads, as externals.</summary>
/// <param name="type">The type of a script's URL: <c>module</c> (web) or <c>import</c> (webAsync).</param>
public sealed class WebUrlExternalsPlugin(string type) : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        var css = compiler.Options.CssBuiltIn;
        compiler.Hooks.NormalModuleFactory.Tap("ExternalsPlugin", factory =>
            factory.Hooks.Factorize.Tap("ExternalsPlugin", data =>
            {
                var request = data.Request;
                var fragment = request.StartsWith('#');
                if (!fragment && !IsUrl(request) && !HasScheme(request))
                    return null;
                return data.Dependency.Category switch
                {
                    DependencyCategory.Url => new ExternalModule("asset", [request]),
                    DependencyCategory.CssImport or DependencyCategory.CssImportLocalModule or DependencyCategory.CssImportGlobalModule when css
                        => new ExternalModule("css-import", [request]),
                    _ when !fragment => new ExternalModule(type, [request]),
                    _ => null,
                };
            }));
    }

    private static bool IsUrl(string request) =>
        request.StartsWith("//", StringComparison.Ordinal) || request.StartsWith("http://", StringComparison.Ordinal) || request.StartsWith("https://", StringComparison.Ordinal);

    private static bool HasScheme(string request) =>
        request.StartsWith("std:", StringComparison.Ordinal) || request.StartsWith("jsr:", StringComparison.Ordinal) || request.StartsWith("npm:", StringComparison.Ordinal);
}
