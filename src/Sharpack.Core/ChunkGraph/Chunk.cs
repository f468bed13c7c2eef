// A chunk: a set of modules emitted together as one file, with the runtime it needs.

using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Core.ChunkGraph;

/// <summary>A chunk of the chunk graph.</summary>
public sealed class Chunk(string? name)
{
    /// <summary>Index in <see cref="Compilation.Chunks"/> (its handle).</summary>
    public int Key { get; internal set; }

    /// <summary>The chunk's name (the entry's name for an entry chunk), or null; integrating chunks may change it.</summary>
    public string? Name { get; set; } = name;

    /// <summary>webpack's preventIntegration: plugins that merge chunks leave this one alone.</summary>
    public bool PreventIntegration { get; set; }

    /// <summary>The id written into the output.</summary>
    public string Id { get; set; } = "";

    /// <summary>
    /// Ids of other chunks whose modules this chunk holds too (webpack's FlagIncludedChunksPlugin
    /// adds them): loading this chunk installs those as well.
    /// </summary>
    public List<string> IncludedIds { get; } = [];

    /// <summary>webpack's chunk.ids: <see cref="Id"/> and <see cref="IncludedIds"/>, in <see cref="CompareIds"/> order.</summary>
    public IReadOnlyList<string> Ids
    {
        get
        {
            if (IncludedIds.Count == 0)
                return [Id];
            var ids = new List<string>(IncludedIds.Count + 1) { Id };
            ids.AddRange(IncludedIds);
            ids.Sort(CompareIds);
            return ids;
        }
    }

    /// <summary>webpack's compareIds for ids kept as strings: numbers (in numeric order) before other ids (in ordinal order).</summary>
    public static int CompareIds(string a, string b)
    {
        var numberA = long.TryParse(a, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var x);
        var numberB = long.TryParse(b, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y);
        if (numberA != numberB) return numberA ? -1 : 1;
        return numberA ? x.CompareTo(y) : string.CompareOrdinal(a, b);
    }

    /// <summary>Modules in the chunk, ordered by module id; changed only through <see cref="ChunkGraph"/>, which keeps the other direction.</summary>
    public IReadOnlyList<Module> Modules => ModuleList;

    internal List<Module> ModuleList { get; } = [];

    /// <summary>Modules the chunk's startup requires, in entry order.</summary>
    public List<Module> EntryModules { get; } = [];

    /// <summary>The groups the chunk belongs to.</summary>
    public List<ChunkGroup> Groups { get; } = [];

    /// <summary>True for a chunk that starts an entry.</summary>
    public bool IsEntry => EntryModules.Count > 0;

    /// <summary>True when the chunk carries the runtime (bootstrap and runtime modules) of one or more entrypoints.</summary>
    public bool HasRuntime { get; internal set; }

    /// <summary>The runtimes the chunk runs in (webpack's chunk.runtime); null until the chunk graph assigns them.</summary>
    public RuntimeSpec? Runtime { get; set; }

    /// <summary>webpack's canBeInitial: the chunk may be loaded by the page (it belongs to an entrypoint).</summary>
    public bool CanBeInitial => IsInitial;

    /// <summary>Whether the chunk belongs to <paramref name="group"/> (webpack's isInGroup).</summary>
    public bool IsInGroup(ChunkGroup group) => Groups.Contains(group);

    /// <summary>True when the chunk is loaded by the page (it belongs to an entrypoint).</summary>
    public bool IsInitial
    {
        get
        {
            foreach (var group in Groups)
            {
                if (group.IsInitial) return true;
            }
            return false;
        }
    }

    /// <summary>
    /// webpack's getEntryOptions: the options of the first entrypoint the chunk belongs to (its
    /// chunk loading, wasm loading…), or null for a chunk of no entrypoint.
    /// </summary>
    public Options.EntryDescription? GetEntryOptions()
    {
        foreach (var group in Groups)
        {
            if (group.IsEntrypoint) return group.EntryOptions;
        }
        return null;
    }

    /// <summary>Runtime globals this chunk's modules need (all of the runtime tree for a runtime chunk).</summary>
    public RuntimeGlobals RuntimeRequirements { get; internal set; }

    /// <summary>Runtime modules rendered into this chunk, by stage then name.</summary>
    public List<RuntimeModule> RuntimeModules { get; } = [];

    /// <summary>The chunk's hash (webpack's <c>chunk.hash</c>): its modules' hashes, its runtime and what <c>chunkHash</c> taps add; set by the hashing pass.</summary>
    public string? Hash { get; internal set; }

    /// <summary>The chunk's hash as <c>[chunkhash]</c> writes it (webpack's <c>renderedHash</c>).</summary>
    public string? RenderedHash { get; internal set; }

    /// <summary>Hashes of the chunk's content by kind (<c>javascript</c>, <c>css</c>…), set by <c>contentHash</c> taps (webpack's <c>chunk.contentHash</c>).</summary>
    public Dictionary<string, string> ContentHash { get; } = new(StringComparer.Ordinal);

    /// <summary>The files the chunk was written to.</summary>
    public List<string> Files { get; } = [];

    /// <summary>Files the chunk's modules brought along (asset modules' files), webpack's <c>chunk.auxiliaryFiles</c>.</summary>
    public SortedSet<string> AuxiliaryFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>A filename template overriding output.filename and chunkFilename (an entry's or a cache group's <c>filename</c>).</summary>
    public string? FilenameTemplate { get; set; }

    /// <summary>
    /// webpack's chunk.cssFilenameTemplate: what the chunk's stylesheet is named by, over output.cssFilename
    /// and cssChunkFilename (a page's <c>&lt;link rel=stylesheet&gt;</c> entry is named as a chunk); null for those.
    /// </summary>
    public string? CssFilenameTemplate { get; set; }

    /// <summary>The entry's or cache group's <c>filename</c> as a JavaScript function, asked for the template (see <see cref="FilenameTemplate"/>).</summary>
    public Options.JsFunction? FilenameFunction { get; set; }

    /// <summary>
    /// webpack's idNameHints: words the named chunk ids put before the modules' names
    /// (a split chunk's cache group, <c>vendors</c>), in ordinal order.
    /// </summary>
    public SortedSet<string> IdNameHints { get; } = new(StringComparer.Ordinal);

    /// <summary>webpack's chunkReason: why a plugin made the chunk (<c>split chunk (cache group: default)</c>), or null.</summary>
    public string? ChunkReason { get; set; }

    /// <summary>webpack's isOnlyInitial: the chunk belongs to groups and all of them are entrypoints.</summary>
    public bool IsOnlyInitial
    {
        get
        {
            if (Groups.Count == 0) return false;
            foreach (var group in Groups)
            {
                if (!group.IsInitial) return false;
            }
            return true;
        }
    }

    /// <summary>
    /// webpack's split: <paramref name="newChunk"/> joins every group of this chunk, just before
    /// it, takes its id name hints and runs in its runtimes too. Modules are the caller's to move.
    /// </summary>
    public void Split(Chunk newChunk)
    {
        ArgumentNullException.ThrowIfNull(newChunk);
        foreach (var group in Groups)
        {
            group.InsertChunk(newChunk, this);
            if (!newChunk.Groups.Contains(group))
                newChunk.Groups.Add(group);
        }
        foreach (var hint in IdNameHints)
            newChunk.IdNameHints.Add(hint);
        newChunk.Runtime = RuntimeSpec.Merge(newChunk.Runtime, Runtime);
    }

    /// <summary>
    /// Follows getAllChunks in webpack's StartupHelpers: for an entry chunk, the other chunks of its
    /// entrypoints (and of the entrypoints those depend on) that must be loaded before its entries
    /// run: split-off chunks, a dependOn entry's chunks; never the chunk itself or the runtime chunk.
    /// </summary>
    public List<Chunk> StartupDependencies()
    {
        var result = new List<Chunk>();
        var seen = new HashSet<ChunkGroup>();
        foreach (var group in Groups)
        {
            if (!group.IsEntrypoint)
                continue;
            var runtime = group.RuntimeChunk;
            var queue = new Queue<ChunkGroup>();
            if (seen.Add(group))
                queue.Enqueue(group);
            while (queue.Count > 0)
            {
                var current = queue.Dequeue();
                foreach (var chunk in current.Chunks)
                {
                    if (chunk != this && chunk != runtime && !result.Contains(chunk))
                        result.Add(chunk);
                }
                foreach (var parent in current.Parents)
                {
                    if (parent.IsEntrypoint && seen.Add(parent))
                        queue.Enqueue(parent);
                }
            }
        }
        return result;
    }

    /// <summary>
    /// webpack's getAllReferencedAsyncEntrypoints: the async entrypoints (workers) started by code
    /// in this chunk's groups or in any group they load, transitively.
    /// </summary>
    public List<ChunkGroup> AllReferencedAsyncEntrypoints()
    {
        var result = new List<ChunkGroup>();
        foreach (var group in ReferencedGroups())
        {
            foreach (var entrypoint in group.AsyncEntrypoints)
            {
                if (!result.Contains(entrypoint)) result.Add(entrypoint);
            }
        }
        return result;
    }

    /// <summary>The chunks loaded through any group this chunk belongs to, transitively (for a runtime chunk: everything its runtime may load).</summary>
    public List<Chunk> AllReferencedChunks()
    {
        var chunks = new List<Chunk>();
        var seenChunks = new HashSet<Chunk>();
        foreach (var group in ReferencedGroups())
        {
            foreach (var chunk in group.Chunks)
            {
                if (seenChunks.Add(chunk)) chunks.Add(chunk);
            }
        }
        return chunks;
    }

    // The chunk's groups and every group they load, transitively, breadth first.
    private List<ChunkGroup> ReferencedGroups()
    {
        var groups = new List<ChunkGroup>();
        var seen = new HashSet<ChunkGroup>();
        foreach (var group in Groups)
        {
            if (seen.Add(group)) groups.Add(group);
        }
        for (var i = 0; i < groups.Count; i++)
        {
            foreach (var child in groups[i].Children)
            {
                if (seen.Add(child)) groups.Add(child);
            }
        }
        return groups;
    }
}
