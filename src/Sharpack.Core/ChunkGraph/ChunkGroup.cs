// Follows webpack lib/ChunkGroup.js and lib/Entrypoint.js: a set of chunks loaded together. An
// entrypoint is loaded by the page (its chunks are initial), or started by a worker's code (an
// async entrypoint); any other group is loaded by an import() or require.ensure of a parent group. Parents and children form the graph along which
// modules already loaded are known to be available.

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.ChunkGraph;

/// <summary>A chunk group (an entrypoint, or an async group).</summary>
public sealed class ChunkGroup(ChunkGroupOptions options, bool isEntrypoint)
{
    /// <summary>Index in <see cref="Compilation.ChunkGroups"/> (its handle), in creation order.</summary>
    public int Key { get; internal set; }

    /// <summary>The group's name (the entry's name for an entrypoint), or null.</summary>
    public string? Name => Options.Name;

    /// <summary>The group's options.</summary>
    public ChunkGroupOptions Options { get; } = options;

    /// <summary>True for an entrypoint: its chunks start a runtime of their own (the page's entries, and workers' async entrypoints).</summary>
    public bool IsEntrypoint { get; } = isEntrypoint;

    /// <summary>
    /// True for an async entrypoint (webpack's <c>new Entrypoint(options, false)</c>): a worker's
    /// entry, started by code in another chunk, whose chunks are not initial.
    /// </summary>
    public bool IsAsyncEntrypoint { get; init; }

    /// <summary>webpack's isInitial: an entrypoint the page loads (not an async one).</summary>
    public bool IsInitial => IsEntrypoint && !IsAsyncEntrypoint;

    /// <summary>The async entrypoints code in this group starts (webpack's asyncEntrypointsIterable): workers.</summary>
    public List<ChunkGroup> AsyncEntrypoints { get; } = [];

    /// <summary>The chunks of the group, in load order (the runtime chunk first).</summary>
    public List<Chunk> Chunks { get; } = [];

    /// <summary>webpack's pushChunk: adds <paramref name="chunk"/> last; false when it is already in the group.</summary>
    public bool PushChunk(Chunk chunk)
    {
        if (Chunks.Contains(chunk))
            return false;
        Chunks.Add(chunk);
        chunk.Groups.Add(this);
        return true;
    }

    /// <summary>
    /// webpack's insertChunk: adds <paramref name="chunk"/> just before <paramref name="before"/>
    /// (chunks of a group load in order, so a split-off chunk goes before the one it came from);
    /// false when it is already in the group.
    /// </summary>
    public bool InsertChunk(Chunk chunk, Chunk before)
    {
        if (Chunks.Contains(chunk))
            return false;
        var index = Chunks.IndexOf(before);
        Chunks.Insert(index < 0 ? Chunks.Count : index, chunk);
        chunk.Groups.Add(this);
        return true;
    }

    /// <summary>
    /// webpack's replaceChunk: <paramref name="newChunk"/> takes <paramref name="oldChunk"/>'s place
    /// (or, when already in the group, <paramref name="oldChunk"/> just leaves), and an entrypoint's
    /// runtime and entry chunk follow. The chunks' own group lists are the caller's to update.
    /// </summary>
    public bool ReplaceChunk(Chunk oldChunk, Chunk newChunk)
    {
        var oldIndex = Chunks.IndexOf(oldChunk);
        if (oldIndex < 0)
            return false;
        var newIndex = Chunks.IndexOf(newChunk);
        if (newIndex < 0)
            Chunks[oldIndex] = newChunk;
        else if (newIndex < oldIndex)
            Chunks.RemoveAt(oldIndex);
        else
        {
            // The merged chunk must load where the earlier of the two did.
            Chunks.RemoveAt(newIndex);
            Chunks[oldIndex] = newChunk;
        }
        if (RuntimeChunk == oldChunk)
        {
            RuntimeChunk = newChunk;
            newChunk.HasRuntime = true;
        }
        if (EntrypointChunk == oldChunk)
            EntrypointChunk = newChunk;
        return true;
    }

    /// <summary>Groups that load this one (or, for an entrypoint, the entrypoints it depends on).</summary>
    public List<ChunkGroup> Parents { get; } = [];

    /// <summary>Groups this one loads.</summary>
    public List<ChunkGroup> Children { get; } = [];

    /// <summary>The blocks that load this group (empty for an entrypoint).</summary>
    public List<(Module Module, AsyncDependenciesBlock Block)> Origins { get; } = [];

    /// <summary>For an entrypoint: the chunk holding the runtime (its own chunk, a runtime chunk, or the runtime of the entry it depends on).</summary>
    public Chunk? RuntimeChunk { get; internal set; }

    /// <summary>For an entrypoint: the entry's options (webpack's Entrypoint.options), or null.</summary>
    public Options.EntryDescription? EntryOptions { get; internal set; }

    /// <summary>For an entrypoint: the chunk holding its entry modules.</summary>
    public Chunk? EntrypointChunk { get; internal set; }

    private Dictionary<Module, int>? _preOrderIndices;
    private Dictionary<Module, int>? _postOrderIndices;

    /// <summary>
    /// <paramref name="module"/>'s place in a pre-order walk of the modules this group's chunk
    /// received when the chunk graph was built (webpack's getModulePreOrderIndex), or null.
    /// </summary>
    public int? GetModulePreOrderIndex(Module module) => _preOrderIndices is { } indices && indices.TryGetValue(module, out var index) ? index : null;

    /// <summary><paramref name="module"/>'s place in the post-order of the same walk (webpack's getModulePostOrderIndex), or null.</summary>
    public int? GetModulePostOrderIndex(Module module) => _postOrderIndices is { } indices && indices.TryGetValue(module, out var index) ? index : null;

    internal void SetModuleOrderIndices(Dictionary<Module, int> preOrder, Dictionary<Module, int> postOrder)
    {
        _preOrderIndices = preOrder;
        _postOrderIndices = postOrder;
    }

    internal void AddChild(ChunkGroup child)
    {
        if (!Children.Contains(child)) Children.Add(child);
        if (!child.Parents.Contains(this)) child.Parents.Add(this);
    }
}
