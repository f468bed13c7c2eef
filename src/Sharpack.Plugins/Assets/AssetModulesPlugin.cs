// Follows webpack lib/asset/AssetModulesPlugin.js: the asset module types, and their files. Each
// chunk writes the files of the asset modules it holds (merged into a concatenated module or not)
// after its script, as webpack's renderManifest does, and lists them as its auxiliary files.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;
using Sharpack.Sources;

namespace Sharpack.Plugins.Assets;

/// <summary>Asset modules: <c>asset</c>, <c>asset/resource</c>, <c>asset/inline</c>, <c>asset/source</c>, <c>asset/bytes</c>.</summary>
public static class AssetModulesPlugin
{
    private const string Name = "AssetModulesPlugin";

    /// <summary>The module types this plugin builds.</summary>
    public static readonly IReadOnlyList<string> Types = ["asset", "asset/inline", "asset/resource", "asset/source", "asset/bytes"];

    /// <summary>Registers the asset module types and writes their files.</summary>
    public static void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        foreach (var type in Types)
            compiler.ModuleTypes.Register(type, static (identifier, resource, moduleType) => new AssetModule(identifier, resource, moduleType));
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) =>
        {
            // webpack's getTypes reads the incoming connections: an asset no module imports (an entry) is a file alone.
            compilation.Hooks.Seal.Tap(Name, () =>
            {
                foreach (var module in compilation.Graph.Modules)
                {
                    if (module is AssetModule asset)
                        asset.HasOrigin = HasOrigin(compilation.Graph, asset);
                }
            });
            compilation.Hooks.RenderManifest.Tap(Name, chunk => EmitFiles(compilation, chunk));
        });
    }

    private static bool HasOrigin(ModuleGraph graph, Module module)
    {
        foreach (var connection in graph.GetIncomingConnections(module))
        {
            if (connection.OriginModule is not null)
                return true;
        }
        return false;
    }

    private static void EmitFiles(Compilation compilation, Chunk chunk)
    {
        List<AssetModule>? assets = null;
        foreach (var module in chunk.Modules)
        {
            if (module is AssetModule own)
                (assets ??= []).Add(own);
            else if (module.MergedModules is { } merged)
            {
                foreach (var inner in merged)
                {
                    if (inner is AssetModule asset)
                        (assets ??= []).Add(asset);
                }
            }
        }
        if (assets is null)
            return;
        // webpack orders them by compareModulesByFullName: the identifiers.
        assets.Sort(static (a, b) => string.CompareOrdinal(a.Identifier, b.Identifier));
        foreach (var asset in assets)
        {
            if (!asset.EmitsFile)
                continue;
            AssetFile file;
            try
            {
                file = asset.File(compilation.Options);
            }
            catch (InvalidOperationException e)
            {
                compilation.Errors.Add(new Core.Stats.BuildDiagnostic(e.Message, asset.ReadableName));
                continue;
            }
            catch (Core.Options.JsFunctionException e)
            {
                compilation.Errors.Add(new Core.Stats.BuildDiagnostic(e.Describe(), asset.ReadableName));
                continue;
            }
            var info = new AssetInfo
            {
                SourceFilename = file.SourceFilename,
                Immutable = file.Hashes.Count > 0,
                ContentHash = file.Hashes,
            };
            compilation.EmitAsset(file.Filename, new RawSource(asset.Content.ToArray()), info);
            chunk.AuxiliaryFiles.Add(file.Filename);
        }
    }
}
