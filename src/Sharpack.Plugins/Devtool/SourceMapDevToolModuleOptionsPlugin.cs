// Follows webpack lib/SourceMapDevToolModuleOptionsPlugin.js: a source-map devtool tells each
// module, as it is built, how its code is to map (through loaders' maps, or to the code as the
// loaders left it), and tells the chunk assets to keep their maps for processAssets.

using Sharpack.Core;

namespace Sharpack.Plugins.Devtool;

/// <summary>Marks modules and the compilation for source maps (webpack's SourceMapDevToolModuleOptionsPlugin).</summary>
/// <param name="followLoaderMaps">webpack's <c>module</c> option: true for useSourceMap, false for useSimpleSourceMap.</param>
/// <param name="cssOnly">
/// The devtool maps stylesheets only (<c>{ type: "css" }</c>, development's default part for CSS): only CSS
/// modules are marked. webpack marks every module; a JavaScript module's code is the same either way,
/// and not marking it spares development builds the maps of all their JavaScript.
/// </param>
internal sealed class SourceMapDevToolModuleOptionsPlugin(bool followLoaderMaps, bool cssOnly = false)
{
    private const string Name = "SourceMapDevToolModuleOptionsPlugin";

    public void Apply(Compilation compilation)
    {
        compilation.UseSourceMap = true;
        var onlyCss = cssOnly;
        if (followLoaderMaps)
            compilation.Hooks.BuildModule.Tap(Name, module => module.UseSourceMap |= !onlyCss || IsCss(module));
        else
            compilation.Hooks.BuildModule.Tap(Name, module => module.UseSimpleSourceMap |= !onlyCss || IsCss(module));
    }

    private static bool IsCss(Core.ModuleGraph.Module module) => module.ModuleType.StartsWith("css", StringComparison.Ordinal);
}
