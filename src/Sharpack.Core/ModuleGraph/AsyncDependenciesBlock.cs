// Follows webpack lib/AsyncDependenciesBlock.js: the part of a module that loads on demand
// (an `import()`, a `require.ensure` callback, one element of a lazy context). Its dependencies'
// modules go into the chunk group the block opens, not into the chunk of the module holding it.

using Sharpack.Core.ChunkGraph;

namespace Sharpack.Core.ModuleGraph;

/// <summary>A block of dependencies loaded asynchronously, opening a chunk group.</summary>
public sealed class AsyncDependenciesBlock(ChunkGroupOptions options, string? request, int start)
{
    /// <summary>How the chunk group is named and loaded (webpackChunkName, prefetch, preload).</summary>
    public ChunkGroupOptions GroupOptions { get; } = options;

    /// <summary>The request that opened the block (for stats origins), or null.</summary>
    public string? Request { get; } = request;

    /// <summary>Offset of the expression in the module's source (for origins and ordering).</summary>
    public int Start { get; } = start;

    /// <summary>Offset past the expression (0 when the block has no source range, e.g. a context element).</summary>
    public int End { get; init; }

    /// <summary>The dependencies loaded with the block; each also sits in its module's dependency list.</summary>
    public List<Dependency> Dependencies { get; } = [];

    /// <summary>Blocks nested in this one (an <c>import()</c> inside a <c>require.ensure</c> callback).</summary>
    public List<AsyncDependenciesBlock> Blocks { get; } = [];

    /// <summary>The chunk group the block loads, set by the chunk graph pass; null when it loads nothing.</summary>
    public ChunkGroup? Group { get; internal set; }
}
