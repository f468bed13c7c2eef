// create chunk assets: render each chunk and name its file from the filename template. Async
// chunks render first, so a runtime can list their final (content-hashed) names; then workers'
// runtime chunks (a worker after the workers it starts); then initial
// chunks that start no entry, which entry chunks may require; then runtime chunks, whose names
// the other initial chunks may require; then the entry chunks.

using System.Text.Json.Nodes;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Options;

namespace Sharpack.Core.Seal;

internal static class CreateChunkAssetsPass
{
    public static void Run(Compilation compilation)
    {
        var renderer = compilation.Compiler.ChunkRenderer
            ?? throw new InvalidOperationException("No chunk renderer registered (the JavaScript modules plugin was not applied).");
        var generation = new CodeGenerationContext(compilation.Options, compilation.Graph) { ChunkGraph = compilation.ChunkGraph, Analyzable = compilation.Analyzable };
        var renderContext = new ChunkRenderContext(generation, compilation.CodeGenerationResults, compilation.Hash)
        {
            UseSourceMap = compilation.UseSourceMap,
            KeepsRenderedModules = CodeGeneration.CodeGenerationCache.Applies(compilation),
        };
        var ordered = new List<Chunk>(compilation.Chunks.Count);
        // webpack's JavascriptModulesPlugin renders no script for a chunk without JavaScript (one of
        // stylesheets only; the runtimes' hasJsMatcher does not load one for it), nor for a runtime
        // chunk without runtime modules or JavaScript modules (an entry of an asset only).
        var skipped = new HashSet<Chunk>();
        foreach (var chunk in compilation.Chunks)
        {
            if (chunk.HasRuntime ? HasRuntimeOrJavaScript(chunk) : CodeGeneration.AnalyzableReferences.ChunkHasJavaScript(chunk))
                continue;
            skipped.Add(chunk);
            chunk.Files.Clear();
        }
        foreach (var chunk in compilation.Chunks)
        {
            if (!chunk.IsInitial && !chunk.HasRuntime && !skipped.Contains(chunk))
                ordered.Add(chunk);
        }
        // Workers' runtime chunks (async entrypoints) name their async chunks, and the workers they
        // start: after those, each worker after the workers it starts.
        var workers = new HashSet<Chunk>();
        foreach (var chunk in compilation.Chunks)
        {
            if (!chunk.IsInitial && chunk.HasRuntime) StartedWorkersFirst.Add(chunk, ordered, workers, static started => !started.IsInitial);
        }
        // Initial chunks that start nothing (split off an entrypoint): entry chunks require them by name.
        foreach (var chunk in compilation.Chunks) if (chunk.IsInitial && !chunk.HasRuntime && !chunk.IsEntry && !skipped.Contains(chunk)) ordered.Add(chunk);
        foreach (var chunk in compilation.Chunks) if (chunk.IsInitial && chunk.HasRuntime && !skipped.Contains(chunk)) ordered.Add(chunk);
        // Entry chunks after the entry chunks they require (a dependOn entry's chunk).
        var placed = new HashSet<Chunk>(ordered);
        void Place(Chunk chunk)
        {
            if (skipped.Contains(chunk) || !placed.Add(chunk))
                return;
            foreach (var dependency in chunk.StartupDependencies())
                Place(dependency);
            ordered.Add(chunk);
        }
        foreach (var chunk in compilation.Chunks) if (chunk.IsInitial && !chunk.HasRuntime && chunk.IsEntry) Place(chunk);
        // Every chunk's template, and a provisional name (no content hash yet) for each: the
        // renderer knows where a file will sit, and a runtime can name a chunk rendered after it
        // (a worker's entry that is also an entry, whose runtime chunk names it and is named by it).
        var templates = new Dictionary<Chunk, string>(ordered.Count);
        foreach (var chunk in ordered)
        {
            try
            {
                templates[chunk] = ChunkFilenames.Template(compilation, chunk);
            }
            catch (JsFunctionException e)
            {
                compilation.Errors.Add(new Stats.BuildDiagnostic(e.Describe()));
                continue;
            }
            chunk.Files.Clear();
            chunk.Files.Add(FilenameTemplate.Render(templates[chunk], chunk, [], compilation.FullHash, compilation.Options.Output));
        }
        var owners = new Dictionary<string, Chunk>(StringComparer.Ordinal);
        foreach (var chunk in ordered)
        {
            if (!templates.TryGetValue(chunk, out var template))
                continue;
            Sharpack.Sources.Source source;
            try
            {
                source = renderer.Render(chunk, renderContext);
            }
            catch (JsFunctionException e)
            {
                // A configuration function the runtime asked (output.publicPath) threw.
                compilation.Errors.Add(new Stats.BuildDiagnostic(e.Describe()));
                continue;
            }
            // PERF: stream the UTF-8 straight from the source tree into one array of the asset's size.
            var bytes = source.GetBuffer();
            // A function naming the chunk is asked again now that its content hash is known.
            if (chunk.FilenameTemplate is null && ChunkFilenames.Function(compilation, chunk) is not null)
            {
                try
                {
                    template = ChunkFilenames.TemplateAfterRender(compilation, chunk, FilenameTemplate.ContentHashOf(bytes, compilation.Options.Output));
                }
                catch (JsFunctionException e)
                {
                    compilation.Errors.Add(new Stats.BuildDiagnostic(e.Describe()));
                    continue;
                }
            }
            var contentHashes = new List<(string Hash, string Digest)>();
            var file = FilenameTemplate.Render(template, chunk, bytes, compilation.FullHash, compilation.Options.Output, contentHashes);
            chunk.Files[0] = file;
            if (owners.TryGetValue(file, out var other))
            {
                compilation.Errors.Add(new Stats.BuildDiagnostic(
                    $"Conflict: Multiple chunks emit assets to the same filename {file} (chunks {other.Id} and {chunk.Id})"));
                continue;
            }
            owners[file] = chunk;
            // A devtool maps the asset later: keep the rendered tree (its map) with the bytes already made.
            Sharpack.Sources.Source asset = compilation.UseSourceMap
                ? new Sharpack.Sources.CachedSource(source, bytes)
                : new Sharpack.Sources.RawSource(bytes, convertToString: true);
            CodeGeneration.ClosedFunctionSources.Carry(asset, source);
            compilation.Assets[file] = new Asset(asset, new AssetInfo
            {
                ChunkNames = chunk.Name is null ? [] : [chunk.Name],
                JavascriptModule = compilation.Options.Output.Module,
                Immutable = template.Contains("[contenthash", StringComparison.Ordinal) || template.Contains("[chunkhash", StringComparison.Ordinal),
                ContentHash = contentHashes.ConvertAll(static h => h.Hash),
                ContentHashDigest = DigestsOf(contentHashes, compilation.Options.Output.HashDigest),
            });
        }
        // The other files of each chunk (asset modules'), in chunk order as webpack's renderManifest gives them.
        var hooks = compilation.Hooks;
        if (hooks.RenderManifest.IsUsed)
        {
            foreach (var chunk in compilation.Chunks)
            {
                chunk.AuxiliaryFiles.Clear();
                hooks.RenderManifest.Call(chunk);
            }
        }
    }

    // webpack's chunkHasRuntimeOrJs: a runtime chunk is written when it has modules with JavaScript,
    // or runtime modules and a chunk of its groups with JavaScript (which the runtime serves).
    private static bool HasRuntimeOrJavaScript(Chunk chunk)
    {
        if (CodeGeneration.AnalyzableReferences.ChunkHasJavaScript(chunk))
            return true;
        if (chunk.RuntimeModules.Count == 0)
            return false;
        foreach (var group in chunk.Groups)
        {
            foreach (var other in group.Chunks)
            {
                if (CodeGeneration.AnalyzableReferences.ChunkHasJavaScript(other))
                    return true;
            }
        }
        return false;
    }

    // The content hashes written in another digest than output.hashDigest (RealContentHashPlugin re-encodes them so).
    private static Dictionary<string, string> DigestsOf(List<(string Hash, string Digest)> hashes, string outputDigest)
    {
        var digests = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (hash, digest) in hashes)
        {
            if (digest != outputDigest)
                digests[hash] = digest;
        }
        return digests;
    }
}
