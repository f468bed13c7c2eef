// Follows webpack lib/ChunkGraph.js's API over the compilation's chunks: which modules a chunk
// holds, which chunks hold a module, entry modules. Plugins on optimizeChunks move modules with
// ConnectChunkAndModule / DisconnectChunkAndModule; each module counts its chunks (for
// __webpack_is_included__ and for finding modules no chunk holds).

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.ChunkGraph;

/// <summary>Chunk ↔ module membership both ways and entry modules, with webpack's method names.</summary>
public sealed class ChunkGraph(Compilation compilation)
{
    // The chunks holding each module, by module key: a module is in few chunks, so a short list.
    private List<Chunk>?[] _moduleChunks = [];

    private List<Chunk> ChunksOf(Module module)
    {
        if (module.Key >= _moduleChunks.Length)
            Array.Resize(ref _moduleChunks, Math.Max(module.Key + 1, compilation.Graph.Modules.Count));
        return _moduleChunks[module.Key] ??= new List<Chunk>(1);
    }

    /// <summary>Puts <paramref name="module"/> in <paramref name="chunk"/> (nothing when it is there).</summary>
    public void ConnectChunkAndModule(Chunk chunk, Module module)
    {
        var chunks = ChunksOf(module);
        if (chunks.Contains(chunk))
            return;
        chunks.Add(chunk);
        chunk.ModuleList.Add(module);
        module.ChunkCount++;
    }

    // The chunk graph builder's path: the builder knows the module is not in the chunk yet.
    internal void ConnectNew(Chunk chunk, Module module)
    {
        ChunksOf(module).Add(chunk);
        chunk.ModuleList.Add(module);
        module.ChunkCount++;
    }

    /// <summary>Takes <paramref name="module"/> out of <paramref name="chunk"/>; returns whether it was there.</summary>
    public bool DisconnectChunkAndModule(Chunk chunk, Module module)
    {
        if (!ChunksOf(module).Remove(chunk))
            return false;
        chunk.ModuleList.Remove(module);
        module.ChunkCount--;
        return true;
    }

    /// <summary>
    /// Takes each of <paramref name="modules"/> but <paramref name="keep"/> out of <paramref name="chunk"/>
    /// in one pass over the chunk's modules (module concatenation takes thousands out of one chunk;
    /// one <see cref="DisconnectChunkAndModule"/> each searched the whole list every time).
    /// </summary>
    public void DisconnectChunkAndModules(Chunk chunk, IReadOnlySet<Module> modules, Module? keep = null)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        ArgumentNullException.ThrowIfNull(modules);
        chunk.ModuleList.RemoveAll(module =>
        {
            if (module == keep || !modules.Contains(module))
                return false;
            ChunksOf(module).Remove(chunk);
            module.ChunkCount--;
            return true;
        });
    }

    /// <summary>
    /// webpack's replaceModule: <paramref name="newModule"/> takes <paramref name="oldModule"/>'s
    /// place in each of its chunks (same position, entry modules too); the old module is in none after.
    /// </summary>
    public void ReplaceModule(Module oldModule, Module newModule)
    {
        var chunks = ChunksOf(oldModule);
        var target = ChunksOf(newModule);
        foreach (var chunk in chunks)
        {
            var index = chunk.ModuleList.IndexOf(oldModule);
            if (target.Contains(chunk))
            {
                chunk.ModuleList.RemoveAt(index);
            }
            else
            {
                chunk.ModuleList[index] = newModule;
                target.Add(chunk);
                newModule.ChunkCount++;
            }
            var entry = chunk.EntryModules.IndexOf(oldModule);
            if (entry >= 0)
            {
                if (chunk.EntryModules.Contains(newModule)) chunk.EntryModules.RemoveAt(entry);
                else chunk.EntryModules[entry] = newModule;
            }
        }
        oldModule.ChunkCount -= chunks.Count;
        chunks.Clear();
    }

    /// <summary>Takes every module out of <paramref name="chunk"/> (webpack's disconnectChunk, modules side).</summary>
    public void DisconnectChunk(Chunk chunk)
    {
        foreach (var module in chunk.Modules)
        {
            ChunksOf(module).Remove(chunk);
            module.ChunkCount--;
        }
        chunk.ModuleList.Clear();
    }

    /// <summary>The compilation whose chunks these are.</summary>
    public Compilation Compilation => compilation;

    /// <summary>The entrypoint named <paramref name="name"/> (webpack's compilation.entrypoints.get), or null.</summary>
    public ChunkGroup? GetEntrypoint(string name)
    {
        foreach (var group in compilation.ChunkGroups)
        {
            if (group.IsEntrypoint && group.Name == name)
                return group;
        }
        return null;
    }

    /// <summary>The chunk whose id is <paramref name="id"/>, or null.</summary>
    public Chunk? GetChunkById(string id)
    {
        foreach (var chunk in compilation.Chunks)
        {
            if (chunk.Id == id)
                return chunk;
        }
        return null;
    }

    /// <summary>Whether <paramref name="chunk"/> holds <paramref name="module"/>.</summary>
    public bool IsModuleInChunk(Module module, Chunk chunk) => ChunksOf(module).Contains(chunk);

    /// <summary>The modules of <paramref name="chunk"/>.</summary>
    public IReadOnlyList<Module> GetChunkModules(Chunk chunk) => chunk.Modules;

    /// <summary>How many modules <paramref name="chunk"/> holds.</summary>
    public int GetNumberOfChunkModules(Chunk chunk) => chunk.Modules.Count;

    /// <summary>The chunks holding <paramref name="module"/>, in the order they were connected.</summary>
    public IReadOnlyList<Chunk> GetModuleChunks(Module module) => ChunksOf(module);

    /// <summary>
    /// webpack's isWorkerEntryThis (without its module-output check): every entrypoint of the
    /// chunks holding <paramref name="module"/> in <paramref name="runtime"/> is a worker's, where a
    /// classic script's top-level <c>this</c> is its global scope.
    /// </summary>
    public bool IsWorkerEntry(Module module, Runtime.RuntimeSpec runtime)
    {
        var worker = false;
        foreach (var chunk in ChunksOf(module))
        {
            if (!ReferenceEquals(chunk.Runtime, runtime)) continue;
            foreach (var group in chunk.Groups)
            {
                if (!group.IsEntrypoint) continue;
                // An entry pinning a worker to another entry's runtime has one code for both: exports.
                if (group.EntryOptions is not { Worker: true }) return false;
                worker = true;
            }
        }
        return worker;
    }

    /// <summary>The id <paramref name="module"/> is written with, or null before the module ids are assigned.</summary>
    public string? GetModuleId(Module module) => module.Id.Length == 0 ? null : module.Id;

    /// <summary>Sets the id <paramref name="module"/> is written with (webpack's setModuleId; the module ids plugins call it).</summary>
    public void SetModuleId(Module module, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        module.Id = id;
    }

    /// <summary>The runtimes <paramref name="module"/> runs in: those of every chunk holding it (webpack's getModuleRuntimes); null when none.</summary>
    public Runtime.RuntimeSpec? GetModuleRuntimes(Module module)
    {
        Runtime.RuntimeSpec? runtime = null;
        foreach (var chunk in ChunksOf(module))
            runtime = Runtime.RuntimeSpec.Merge(runtime, chunk.Runtime);
        return runtime;
    }

    /// <summary>How many chunks hold <paramref name="module"/>.</summary>
    public int GetNumberOfModuleChunks(Module module) => module.ChunkCount;

    /// <summary>The entry modules <paramref name="chunk"/> starts.</summary>
    public IReadOnlyList<Module> GetChunkEntryModules(Chunk chunk) => chunk.EntryModules;

    /// <summary>How many entry modules <paramref name="chunk"/> starts.</summary>
    public int GetNumberOfEntryModules(Chunk chunk) => chunk.EntryModules.Count;

    /// <summary>Whether <paramref name="chunk"/> starts <paramref name="module"/>.</summary>
    public bool IsEntryModuleInChunk(Module module, Chunk chunk) => chunk.EntryModules.Contains(module);

    /// <summary>The runtime modules rendered into <paramref name="chunk"/> (known after runtime requirements).</summary>
    public IReadOnlyList<Runtime.RuntimeModule> GetChunkRuntimeModules(Chunk chunk) => chunk.RuntimeModules;

    /// <summary>
    /// The summed size of <paramref name="chunk"/>'s modules, weighted as webpack's getChunkSize:
    /// <paramref name="chunkOverhead"/> plus the module sizes, times
    /// <paramref name="entryChunkMultiplicator"/> for a chunk that can be initial.
    /// </summary>
    public double GetChunkSize(Chunk chunk, double chunkOverhead = 10000, double entryChunkMultiplicator = 10)
    {
        double size = 0;
        foreach (var module in chunk.Modules)
            size += module.Size;
        return chunkOverhead + (size * (chunk.CanBeInitial ? entryChunkMultiplicator : 1));
    }

    /// <summary>
    /// The size <see cref="GetChunkSize"/> would give the chunk that integrating
    /// <paramref name="chunkB"/> into <paramref name="chunkA"/> makes (a module both hold counts once).
    /// </summary>
    public double GetIntegratedChunksSize(Chunk chunkA, Chunk chunkB, double chunkOverhead = 10000, double entryChunkMultiplicator = 10)
    {
        double size = 0;
        foreach (var module in chunkA.Modules)
            size += module.Size;
        foreach (var module in chunkB.Modules)
        {
            if (!ChunksOf(module).Contains(chunkA))
                size += module.Size;
        }
        return chunkOverhead + (size * (chunkA.CanBeInitial || chunkB.CanBeInitial ? entryChunkMultiplicator : 1));
    }

    /// <summary>
    /// webpack's canChunksBeIntegrated: two chunks can become one unless either prevents it, either
    /// starts entry modules, or only one carries a runtime and the other can be loaded without it.
    /// </summary>
    public static bool CanChunksBeIntegrated(Chunk chunkA, Chunk chunkB)
    {
        if (chunkA.PreventIntegration || chunkB.PreventIntegration)
            return false;
        if (chunkA.HasRuntime != chunkB.HasRuntime)
            return chunkA.HasRuntime ? IsAvailableChunk(chunkA, chunkB) : IsAvailableChunk(chunkB, chunkA);
        return chunkA.EntryModules.Count == 0 && chunkB.EntryModules.Count == 0;
    }

    // Whether `available` is loaded whenever `chunk` is: every way to `chunk`'s groups passes
    // through a group holding `available` before reaching an initial group.
    private static bool IsAvailableChunk(Chunk available, Chunk chunk)
    {
        var queue = new List<ChunkGroup>(chunk.Groups);
        var seen = new HashSet<ChunkGroup>(queue);
        for (var i = 0; i < queue.Count; i++)
        {
            var group = queue[i];
            if (available.Groups.Contains(group))
                continue;
            if (group.IsEntrypoint)
                return false;
            foreach (var parent in group.Parents)
            {
                if (seen.Add(parent))
                    queue.Add(parent);
            }
        }
        return true;
    }

    /// <summary>
    /// webpack's integrateChunks: <paramref name="chunkA"/> takes <paramref name="chunkB"/>'s modules,
    /// entry modules, runtime and groups, and a name (the shorter, then the lower, of two names; the
    /// entry chunk's when only one starts entries). <paramref name="chunkB"/> is left empty; remove it
    /// from the compilation with <see cref="Compilation.RemoveChunk"/>.
    /// </summary>
    public void IntegrateChunks(Chunk chunkA, Chunk chunkB)
    {
        if (chunkA.Name is { } nameA && chunkB.Name is { } nameB)
        {
            var entryA = chunkA.EntryModules.Count > 0;
            var entryB = chunkB.EntryModules.Count > 0;
            if (entryA == entryB)
            {
                chunkA.Name = nameA.Length != nameB.Length
                    ? (nameA.Length < nameB.Length ? nameA : nameB)
                    : (string.CompareOrdinal(nameA, nameB) < 0 ? nameA : nameB);
            }
            else if (entryB)
            {
                chunkA.Name = nameB;
            }
        }
        else if (chunkB.Name is not null)
        {
            chunkA.Name = chunkB.Name;
        }
        chunkA.Runtime = Runtime.RuntimeSpec.Merge(chunkA.Runtime, chunkB.Runtime);
        foreach (var module in chunkB.Modules)
        {
            var chunks = ChunksOf(module);
            chunks.Remove(chunkB);
            module.ChunkCount--;
            if (!chunks.Contains(chunkA))
            {
                chunks.Add(chunkA);
                chunkA.ModuleList.Add(module);
                module.ChunkCount++;
            }
        }
        chunkB.ModuleList.Clear();
        foreach (var module in chunkB.EntryModules)
        {
            if (!chunkA.EntryModules.Contains(module))
                chunkA.EntryModules.Add(module);
        }
        chunkB.EntryModules.Clear();
        if (chunkA.FilenameTemplate is null && chunkA.FilenameFunction is null)
        {
            chunkA.FilenameTemplate = chunkB.FilenameTemplate;
            chunkA.FilenameFunction = chunkB.FilenameFunction;
        }
        foreach (var group in chunkB.Groups)
        {
            group.ReplaceChunk(chunkB, chunkA);
            if (!chunkA.Groups.Contains(group))
                chunkA.Groups.Add(group);
        }
        chunkB.Groups.Clear();
        chunkB.HasRuntime = false;
    }

    /// <summary>
    /// webpack's compareChunks: more modules first, then by the modules' identifiers in order (a
    /// deterministic order for plugins that pair chunks).
    /// </summary>
    public static int CompareChunks(Chunk a, Chunk b)
    {
        if (a.Modules.Count != b.Modules.Count)
            return a.Modules.Count > b.Modules.Count ? -1 : 1;
        var identifiersA = SortedIdentifiers(a);
        var identifiersB = SortedIdentifiers(b);
        for (var i = 0; i < identifiersA.Length; i++)
        {
            var order = string.CompareOrdinal(identifiersA[i], identifiersB[i]);
            if (order != 0)
                return order;
        }
        return 0;
    }

    private static string[] SortedIdentifiers(Chunk chunk)
    {
        var identifiers = new string[chunk.Modules.Count];
        for (var i = 0; i < identifiers.Length; i++)
            identifiers[i] = chunk.Modules[i].Identifier;
        Array.Sort(identifiers, StringComparer.Ordinal);
        return identifiers;
    }

    // Module hashes by module key (0: not hashed yet). A module is generated once for all its
    // runtimes, so one hash serves every runtime.
    private ulong[] _moduleHashes = [];

    // The hashing pass's artifact: <paramref name="hash"/> is the xxhash64 of the module's id and generated code.
    internal void SetModuleHash(Module module, ulong hash)
    {
        if (module.Key >= _moduleHashes.Length)
            Array.Resize(ref _moduleHashes, Math.Max(module.Key + 1, compilation.Graph.Modules.Count));
        _moduleHashes[module.Key] = hash;
    }

    // The hash as the hashing pass set it, 0 when it did not.
    internal ulong ModuleHashValue(Module module) => module.Key < _moduleHashes.Length ? _moduleHashes[module.Key] : 0;

    /// <summary>
    /// <paramref name="module"/>'s hash (its id and generated code) in <paramref name="runtime"/>
    /// (the same in every runtime), known after the hashing pass; throws before, or for a module
    /// that was not hashed (webpack's getModuleHash).
    /// </summary>
    public string GetModuleHash(Module module, Runtime.RuntimeSpec? runtime = null) =>
        ModuleHashValue(module) is var hash and not 0
            ? Hashing.XxHash64.ToHex(hash)
            : throw new InvalidOperationException($"Module {module.ReadableName} has no hash: it is hashed with the chunks, after code generation.");

    /// <summary>Whether <paramref name="module"/> has a hash yet.</summary>
    public bool HasModuleHashes(Module module) => ModuleHashValue(module) != 0;
}
