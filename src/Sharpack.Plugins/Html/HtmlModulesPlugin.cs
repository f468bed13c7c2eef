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
        // A page's stylesheet entry is a chunk of its own, named as chunks are (output.cssChunkFilename).
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) => compilation.Hooks.AfterChunks.Tap(Name, _ =>
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
        }));
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
