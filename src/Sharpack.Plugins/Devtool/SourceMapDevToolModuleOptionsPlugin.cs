// Follows webpack lib/SourceMapDevToolModuleOptionsPlugin.js: a source-map devtool tells each
// module, as it is built, how its code is to map (through loaders' maps, or to the code as the
// loaders left it), and tells the chunk assets to keep their maps for processAssets.

using Sharpack.Core;

namespace Sharpack.Plugins.Devtool;

/// <summary>Marks modules and the compilation for source maps (webpack's SourceMapDevToolModuleOptionsPlugin).</summary>
/// <param name="followLoaderMaps">webpack's <c>module</c> option: true for useSourceMap, false for useSimpleSourceMap.</param>
internal sealed class SourceMapDevToolModuleOptionsPlugin(bool followLoaderMaps)
{
    private const string Name = "SourceMapDevToolModuleOptionsPlugin";

    public void Apply(Compilation compilation)
    {
        compilation.UseSourceMap = true;
        if (followLoaderMaps)
            compilation.Hooks.BuildModule.Tap(Name, static module => module.UseSourceMap = true);
        else
            compilation.Hooks.BuildModule.Tap(Name, static module => module.UseSimpleSourceMap = true);
    }
}
