// Follows webpack lib/html/HtmlModulesPlugin.js: the `html` module type, on when experiments.html
// is (its "auto" default: unless a rule handles .html files).
//   - finishMake: each page's scripts, module scripts, modulepreloads, stylesheets and preloads
//     become entries named `__html_<hash>_<n>`, written with output.chunkFilename; the classic
//     scripts of a page chain to its first (dependOn, one runtime), and so do its module scripts.
//   - JavaScript chunks holding a page (`import page from "./page.html"`) get its chunk URL
//     sentinels replaced by the chunks' files when rendered.

using Sharpack.Core;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Sources;

namespace Sharpack.Plugins.Html;

/// <summary>HTML modules.</summary>
public static class HtmlModulesPlugin
{
    private const string Name = "HtmlModulesPlugin";

    /// <summary>Registers the <c>html</c> module type, the pages' entries and the resolution of their chunk URLs.</summary>
    public static void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.ModuleTypes.Register(HtmlModule.TypeName, static (identifier, resource, _) => new HtmlModule(identifier, resource));
        compiler.Hooks.FinishMake.Tap(Name, AddPageEntries);
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) =>
        {
            compilation.Hooks.Seal.Tap(Name, () => MarkExtracted(compilation));
            compilation.Hooks.AfterChunks.Tap(Name, _ => NameStylesheetEntries(compilation));
            compilation.Hooks.RenderManifest.Tap(Name, chunk => EmitPages(compilation, chunk));
        });
        JavaScript.JavascriptModulesHooks.For(compiler).Render.Tap(Name, static (source, chunk, context) =>
        {
            if (context.Generation.ChunkGraph is not { } chunkGraph || !HoldsPage(chunk))
                return source;
            var text = source.GetText();
            if (!HtmlSentinels.Any(text))
                return source;
            // Root-relative in JavaScript: the auto public path is nothing.
            var resolved = HtmlSentinels.ResolveChunkUrls(text, chunkGraph, "").Replace(Assets.AssetUrls.PublicPathAuto, "", StringComparison.Ordinal);
            return resolved == text ? source : new RawSource(resolved);
        });
    }

    // webpack's _shouldExtract: extract: true always, false or "inline" never, unset for a page that is an entry.
    private static void MarkExtracted(Compilation compilation)
    {
        foreach (var module in compilation.Graph.Modules)
        {
            if (module is not HtmlModule page)
                continue;
            page.Extracted = page.Extract switch
            {
                "true" => true,
                "false" or "inline" => false,
                _ => IsEntry(compilation.Graph, page),
            };
        }
    }

    private static bool IsEntry(ModuleGraph graph, Module module)
    {
        foreach (var connection in graph.GetIncomingConnections(module))
        {
            if (connection.OriginModule is null)
                return true;
        }
        return false;
    }

    // A page's stylesheet entry is a chunk of its own, named as chunks are (output.cssChunkFilename).
    private static void NameStylesheetEntries(Compilation compilation)
    {
        foreach (var module in compilation.Graph.Modules)
        {
            if (module is not HtmlModule page)
                continue;
            foreach (var request in page.EntryRequests)
            {
                if (request.Css && compilation.ChunkGraph.GetEntrypoint(request.EntryName)?.EntrypointChunk is { } chunk)
                    chunk.CssFilenameTemplate = compilation.Options.Output.CssChunkFilename;
            }
        }
    }

    // webpack's renderManifest for HTML: each extracted page of the chunk, its chunk URLs resolved,
    // named by output.htmlFilename (htmlChunkFilename for a chunk loaded on demand) with [name] the
    // page's own file name, its URLs relative to where it is written.
    private static void EmitPages(Compilation compilation, Core.ChunkGraph.Chunk chunk)
    {
        List<HtmlModule>? pages = null;
        foreach (var module in chunk.Modules)
        {
            if (module is HtmlModule { Extracted: true } page)
                (pages ??= []).Add(page);
        }
        if (pages is null)
            return;
        pages.Sort(static (a, b) => string.CompareOrdinal(a.Identifier, b.Identifier));
        var options = compilation.Options;
        foreach (var page in pages)
        {
            if (!compilation.CodeGenerationResults.TryGet(page, chunk.Runtime, out var result)
                || result.OtherSources?.GetValueOrDefault(HtmlModule.HtmlSourceType) is not { } source)
                continue;
            var content = HtmlSentinels.ResolveChunkUrls(source.GetText(), compilation.ChunkGraph, Assets.AssetUrls.PublicPathAuto);
            var contentHash = Core.Seal.FilenameTemplate.ContentHashOf(System.Text.Encoding.UTF8.GetBytes(content), options.Output);
            var hashes = new List<string>();
            var filename = PageFilename(compilation, chunk, page, contentHash, hashes);
            var undoPath = (page.BaseUrlPrefix ?? "") + Core.Seal.UndoPath.Of(filename, options.Output.Path, false);
            content = content.Replace(Assets.AssetUrls.PublicPathAuto, undoPath, StringComparison.Ordinal);
            compilation.EmitAsset(filename, new RawSource(content), new Core.AssetInfo
            {
                SourceFilename = SourceFilename(compilation, chunk, page),
                ContentHash = hashes,
                Immutable = hashes.Count > 0,
            });
            chunk.AuxiliaryFiles.Add(filename);
        }
    }

    // The page's path relative to the context (webpack's makePathsRelative without "./"); a data: page is named after its chunk.
    private static string SourceFilename(Compilation compilation, Core.ChunkGraph.Chunk chunk, HtmlModule page)
    {
        if (page.Resource.StartsWith("data:text/html", StringComparison.OrdinalIgnoreCase) && chunk.Name is { } name)
            return name;
        var relative = RequestShortener.FullModuleName(page.ResourcePath, compilation.Options.Context);
        return relative.StartsWith("./", StringComparison.Ordinal) ? relative[2..] : relative;
    }

    private static string PageFilename(Compilation compilation, Core.ChunkGraph.Chunk chunk, HtmlModule page, string contentHash, List<string> hashes)
    {
        var output = compilation.Options.Output;
        var template = chunk.CanBeInitial ? output.HtmlFilename : output.HtmlChunkFilename;
        var parts = new Core.Seal.FilePathParts(SourceFilename(compilation, chunk, page), "", "");
        return Core.Seal.PathPlaceholders.Replace(template, (key, argument, hasArgument) =>
        {
            int length = -1;
            if (hasArgument && !int.TryParse(argument, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out length))
                return null;
            string Cut(string value) => length >= 0 && length < value.Length ? value[..length] : value;
            switch (key)
            {
                case "contenthash":
                    var hash = Cut(contentHash);
                    hashes.Add(hash);
                    return hash;
                case "fullhash" or "hash":
                    return Cut(compilation.FullHash);
                case "id":
                    return page.Id;
                default:
                    return hasArgument ? null : parts.Value(key);
            }
        });
    }

    private static bool HoldsPage(Core.ChunkGraph.Chunk chunk)
    {
        foreach (var module in chunk.Modules)
        {
            if (module is HtmlModule)
                return true;
            if (module.MergedModules is { } merged)
            {
                foreach (var inner in merged)
                {
                    if (inner is HtmlModule)
                        return true;
                }
            }
        }
        return false;
    }

    // webpack's finishMake tap: the entries of every page in the graph, then of the pages those entries are.
    private static void AddPageEntries(Compilation compilation)
    {
        var processed = new HashSet<Module>();
        var pages = new List<HtmlModule>();
        foreach (var module in compilation.Graph.Modules)
        {
            if (module is HtmlModule page)
                pages.Add(page);
        }
        foreach (var page in pages)
            AddEntries(compilation, page, processed);
    }

    private static void AddEntries(Compilation compilation, HtmlModule page, HashSet<Module> processed)
    {
        if (!processed.Add(page) || page.EntryRequests.Count == 0)
            return;
        var options = compilation.Options;
        var entries = new List<EntryDescription>();
        // Scripts chain to the page's first script, module scripts to its first module script.
        string? scriptLeader = null, moduleLeader = null;
        foreach (var request in page.EntryRequests)
        {
            IReadOnlyList<string> dependOn = [];
            if (request.Group is HtmlSourceType.Script or HtmlSourceType.ScriptModule)
            {
                ref var leader = ref request.Group == HtmlSourceType.Script ? ref scriptLeader : ref moduleLeader;
                if (leader is null)
                    leader = request.EntryName;
                else
                    dependOn = [leader];
            }
            entries.Add(new EntryDescription
            {
                Name = request.EntryName,
                Imports = [request.Request],
                Filename = options.Output.ChunkFilename,
                DependOn = dependOn,
            });
        }
        compilation.AddEntries(page.Directory, entries);
        // A page an entry is (a linked page) has entries of its own.
        foreach (var entry in entries)
        {
            if (compilation.EntryDependencies.TryGetValue(entry.Name, out var dependencies))
            {
                foreach (var dependency in dependencies)
                {
                    if (compilation.Graph.GetModule(dependency) is HtmlModule linked)
                        AddEntries(compilation, linked, processed);
                }
            }
        }
    }
}
