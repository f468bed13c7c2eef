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
public sealed class ChunkRenderContext(CodeGenerationContext generation, CodeGenerationResults results, string fullHash)
{
    /// <summary>The compilation's code generation context.</summary>
    public CodeGenerationContext Generation { get; } = generation;

    /// <summary>Each module's generated code, per runtime (a chunk renders its modules' code for its runtime).</summary>
    public CodeGenerationResults Results { get; } = results;

    /// <summary>The compilation's full hash.</summary>
    public string FullHash { get; } = fullHash;

    /// <summary>A devtool maps the chunks: code the renderer writes itself (runtime modules) maps to its own name too.</summary>
    public bool UseSourceMap { get; init; }

    /// <summary>
    /// The compiler builds again with the code it kept (watch mode, a dev server): a renderer may keep
    /// what it made of each module's code (its wrapper, its bytes) with that code for the next build.
    /// </summary>
    public bool KeepsRenderedModules { get; init; }

    /// <summary>
    /// While a chunk's startup is rendered: its entries written into the runtime's scope as they
    /// were generated, outside an IIFE and without renamed bindings (webpack's inlined and not
    /// inlinedInIIFE), whose top-level bindings the startup may name directly; null otherwise.
    /// </summary>
    public IReadOnlySet<Module>? DirectlyInlinedEntries { get; set; }
}
