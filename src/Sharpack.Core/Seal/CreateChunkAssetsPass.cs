// create chunk assets: render each chunk and name its file from the filename template.

using Sharpack.Core.CodeGeneration;

namespace Sharpack.Core.Seal;

internal static class CreateChunkAssetsPass
{
    public static void Run(Compilation compilation)
    {
        var renderer = compilation.Compiler.ChunkRenderer
            ?? throw new InvalidOperationException("No chunk renderer registered (the JavaScript modules plugin was not applied).");
        var generation = new CodeGenerationContext(compilation.Options, compilation.Graph);
        var renderContext = new ChunkRenderContext(generation, compilation.CodeGenerationResults, compilation.FullHash);
        foreach (var chunk in compilation.Chunks)
        {
            var source = renderer.Render(chunk, renderContext);
            // PERF: stream the UTF-8 straight from the source tree into one array of the asset's size.
            var bytes = source.GetBuffer();
            var template = chunk.FilenameTemplate ?? (chunk.IsEntry ? compilation.Options.Output.Filename : compilation.Options.Output.ChunkFilename);
            var file = FilenameTemplate.Render(template, chunk, bytes, compilation.FullHash);
            chunk.Files.Add(file);
            compilation.Assets[file] = new Asset(bytes, chunk.Name is null ? [] : [chunk.Name]);
        }
    }
}
