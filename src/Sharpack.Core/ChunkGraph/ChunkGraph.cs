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

    /// <summary>Whether <paramref name="chunk"/> holds <paramref name="module"/>.</summary>
    public bool IsModuleInChunk(Module module, Chunk chunk) => ChunksOf(module).Contains(chunk);

    /// <summary>The modules of <paramref name="chunk"/>.</summary>
    public IReadOnlyList<Module> GetChunkModules(Chunk chunk) => chunk.Modules;

    /// <summary>How many modules <paramref name="chunk"/> holds.</summary>
    public int GetNumberOfChunkModules(Chunk chunk) => chunk.Modules.Count;

    /// <summary>The chunks holding <paramref name="module"/>, in the order they were connected.</summary>
    public IReadOnlyList<Chunk> GetModuleChunks(Module module) => ChunksOf(module);

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
