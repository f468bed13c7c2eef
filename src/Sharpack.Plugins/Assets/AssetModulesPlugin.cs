// Follows webpack lib/asset/AssetModulesPlugin.js: the asset module types, and their files. Each
// chunk writes the files of the asset modules it holds (merged into a concatenated module or not)
// after its script, as webpack's renderManifest does, and lists them as its auxiliary files.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
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
        // webpack's AssetModulesPlugin({ sideEffectFree: experiments.futureDefaults }): the module's
        // factoryMeta, which package.json's or a rule's sideEffects still overrides.
        bool? sideEffectFree = compiler.Options.Experiments.FutureDefaults ? true : null;
        foreach (var type in Types)
            compiler.ModuleTypes.Register(type, (identifier, resource, moduleType) => new AssetModule(identifier, resource, moduleType) { FactorySideEffectFree = sideEffectFree });
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) =>
        {
            // webpack's getTypes reads the incoming connections: an asset no module imports (an entry) is a file alone.
            compilation.Hooks.Seal.Tap(Name, () =>
            {
                foreach (var module in compilation.Graph.Modules)
                {
                    if (module is not AssetModule asset)
                        continue;
                    var (otherJavaScript, urlJavaScript) = Origins(compilation.Graph, asset);
                    asset.ReadByJavaScript = otherJavaScript || urlJavaScript;
                    // Analyzable ES module output names the file at every `new URL()` call site, so a
                    // wrapper only those read is not written; a data URL has to be a literal there.
                    asset.JavaScriptWrapperUnused = urlJavaScript && !otherJavaScript
                        && compilation.Analyzable.Supports(asset.EmitsFile ? AnalyzableForm.UrlInline : AnalyzableForm.Url, null);
                }
            });
            compilation.Hooks.RenderManifest.Tap(Name, chunk => EmitFiles(compilation, chunk));
        });
    }

    // webpack's getTypes: whether JavaScript reads the asset other than by a `new URL()` that is no
    // relative URL, and whether such a `new URL()` does. A stylesheet's url() or a page's src is
    // neither: it writes the file's URL itself (webpack's asset-url source type).
    private static (bool OtherJavaScript, bool UrlJavaScript) Origins(ModuleGraph graph, Module module)
    {
        var other = false;
        var url = false;
        foreach (var connection in graph.GetIncomingConnections(module))
        {
            if (connection.OriginModule is null || connection.Dependency is IAssetUrlDependency)
                continue;
            if (connection.Dependency is JavaScript.Dependencies.Url.UrlDependency { Relative: false, Resolve: false })
                url = true;
            else
                other = true;
        }
        return (other, url);
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
