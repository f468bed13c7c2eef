// module assets: the files loaders emitted (`this.emitFile`) become assets, as webpack's
// Compilation.createModuleAssets does — every module's, in module order, under the name the
// loader gave. Only modules built with loaders carry any, so most builds find none.

using Sharpack.Core.ModuleGraph;
using Sharpack.Sources;

namespace Sharpack.Core.Seal;

internal static class ModuleAssetsPass
{
    public static void Run(Compilation compilation)
    {
        foreach (var module in compilation.Graph.Modules)
        {
            if (module is not NormalModule { Loaders.Count: > 0 } normal || normal.BuildInfo.Assets.Count == 0)
                continue;
            foreach (var (name, asset) in normal.BuildInfo.Assets)
                compilation.EmitAsset(name, new RawSource(asset.Content), asset.Info);
        }
    }
}
