// Renders a chunk into its file's text: the main (runtime) chunk with the bootstrap, or a plain
// chunk in the chunk format. Implemented by the JavaScript modules plugin.

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;
using Sharpack.Sources;

namespace Sharpack.Core.CodeGeneration;

/// <summary>Turns chunks into sources.</summary>
public interface IChunkRenderer
{
    /// <summary>Renders <paramref name="chunk"/>.</summary>
    Source Render(Chunk chunk, ChunkRenderContext context);
}

/// <summary>What a renderer needs: generated modules and the runtime.</summary>
public sealed class ChunkRenderContext(CodeGenerationContext generation, IReadOnlyDictionary<Module, CodeGenerationResult> results, string fullHash)
{
    /// <summary>The compilation's code generation context.</summary>
    public CodeGenerationContext Generation { get; } = generation;

    /// <summary>Each module's generated code.</summary>
    public IReadOnlyDictionary<Module, CodeGenerationResult> Results { get; } = results;

    /// <summary>The compilation's full hash.</summary>
    public string FullHash { get; } = fullHash;
}
